"""Quotes beside captions run into one long paragraph (own sentences)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quote_ends import trimmed
from generator.extract.quote_marks import regions
from generator.extract.quotes import quotes
from generator.furniture import furniture_spans
from generator.model import Actor, Article

PIKE = Actor("Jane Pike", "person", "mother", ("Pike", "Mrs Pike"))

STORY = (
    "Tom Pike, nine, has a rare skin condition that makes sunlight painful for him. His "
    "parents have fitted special tinted windows at their home in Leeds to block the sun. "
    "'His class got new lights in October,' Mrs Pike said. 'Straight away his hands began to "
    "itch and blister. He was in pain and I was very anxious. 'It seems he was sensitive "
    "to the new lamps. The teachers fitted a film over them and now he is far better. Family: "
    "Tom with his mother Jane and younger brother Sam, who does not have the condition The "
    "disorder stems from a lack of a protein in the skin. At present it cannot be cured. "
    "'Even after all he has been through Tom is brilliant,' Mrs Pike said. 'He is your "
    "typical nine-year-old. Even when it stings, he just grins. I look up to him. 'He always "
    "wears a visor too He never moans though. He is so tough and does not let it bother "
    "him. Even though his friends can run around outdoors.' Mrs Pike went on: 'The doctors "
    "told us it was genetic. We were told to keep him covered.'"
)


def _quotes(text: str) -> list[str]:
    article = Article(Path("t.txt"), text, "0", furniture=furniture_spans(text))
    return [q.text for q in quotes(article, nlp.parse(text), (PIKE,))]


def test_quote_whose_opening_words_look_like_a_caption_is_kept() -> None:
    got = _quotes(STORY)
    assert (
        "He always wears a visor too He never moans though. He is so tough and does not let "
        "it bother him. Even though his friends can run around outdoors."
    ) in got


def test_open_quote_ends_before_a_caption_run_into_it() -> None:
    got = _quotes(STORY)
    assert (
        "It seems he was sensitive to the new lamps. The teachers fitted a film over them "
        "and now he is far better."
    ) in got
    assert not any("Family:" in q for q in got)


def test_open_quote_cut_by_a_new_mark_ends_before_a_caption_label() -> None:
    text = (
        "'It got worse in the spring. Now he is much better. Family: Tom with his mother "
        "Jane at their home The condition has no cure. 'We manage,' she said."
    )
    first = trimmed(text, regions(text))[0]
    assert text[first.start : first.end] == "It got worse in the spring. Now he is much better."


def test_a_label_with_first_person_words_stays_in_the_quote() -> None:
    text = "'It got worse in the spring. Bottom line: I worry about him. 'We manage,' she said."
    first = trimmed(text, regions(text))[0]
    assert text[first.start : first.end].endswith("I worry about him.")


def test_open_quote_cut_by_a_new_mark_ends_before_a_pictured_caption() -> None:
    text = (
        "He said: 'I rang her that Monday morning. Ella pictured at her school in Leeds. "
        "'She said everything was fine,' he added."
    )
    first = trimmed(text, regions(text))[0]
    assert text[first.start : first.end] == "I rang her that Monday morning."


def test_open_quote_cut_by_a_new_mark_ends_before_a_left_right_caption() -> None:
    text = (
        "He said: 'I rang her that Monday morning. Ella, left, with her friend Mia at the "
        "airport. 'She said everything was fine,' he added."
    )
    first = trimmed(text, regions(text))[0]
    assert text[first.start : first.end] == "I rang her that Monday morning."
