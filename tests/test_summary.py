"""Title, description and summary: verbatim sentences, no furniture, a short headline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import nlp
from generator.extract.summary import description, sentences, summary, title
from generator.furniture import furniture_spans
from generator.model import Article

# A made-up story, one paragraph per line, with a pasted link headline and a bare quote.
STORY = "\n".join(
    [
        "Harbour workers in the port city of Newhaven walked out on Monday, halting ferries for a "
        "second day after the council froze their pay for a third year.",
        "The union said the strike would go on until the council reopened talks on pay and "
        "restored the night shift it cut last spring.",
        "What to know about the harbour strike as ferries stay in port",
        "\u201cWe are not going back.",
        "The council said it had offered a rise of four percent and would meet union leaders on "
        "Friday to discuss the offer.",
        "It was not enough, they said.",
        "About 3,000 passengers were stranded at the ferry terminal overnight, the port "
        "authority said.",
        "Scroll down for video",
        "Shops near the harbour reported a sharp fall in trade during the strike.",
    ]
)


def make(text: str, **meta: object) -> tuple[Article, object]:
    article = Article(
        path=Path("story.txt"), text=text, sha256="", furniture=furniture_spans(text), **meta
    )
    return article, nlp.parse(text)


def split_sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?\u201d])\s+(?=[A-Z\u201c])", text)


def test_summary_is_two_to_four_verbatim_sentences_in_order():
    article, doc = make(STORY)
    got = split_sentences(summary(article, doc))
    assert 2 <= len(got) <= 4
    positions = [STORY.index(s) for s in got]
    assert positions == sorted(positions)
    assert got[0].startswith("Harbour workers in the port city of Newhaven walked out")


def test_summary_leaves_out_furniture_quotes_and_orphan_pronouns():
    article, doc = make(STORY)
    got = summary(article, doc)
    assert "What to know" not in got
    assert "Scroll down" not in got
    assert "We are not going back" not in got
    assert "It was not enough" not in got


def test_description_is_the_lede():
    article, doc = make(STORY)
    assert description(article, doc) == STORY.split("\n")[0]


def test_seed_title_wins():
    article, doc = make(STORY, title="Ferries halted as harbour workers strike")
    assert title(article, doc) == "Ferries halted as harbour workers strike"


def test_title_from_the_lede_is_short_and_cut_at_a_word():
    article, doc = make(STORY)
    got = title(article, doc)
    assert got == "Harbour workers in the port city of Newhaven walked out on Monday"
    assert len(got.split()) <= 12
    assert not got.endswith(".")
    assert STORY.startswith(got) and STORY[len(got)] in " ,"


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "A 26-year-old swimming instructor from the coastal town has been charged with "
            "fraud over missing club funds.",
            "A 26-year-old swimming instructor from the coastal town has been charged",
        ),
        (
            "The mayor, who took office in May, resigned on Tuesday.",
            "The mayor resigned on Tuesday",
        ),
        (
            "Officials in the northern province closed every school on Wednesday as floodwater "
            "rose.",
            "Officials in the northern province closed every school on Wednesday",
        ),
    ],
)
def test_headline_never_stops_inside_a_word_or_on_a_small_word(lede: str, expected: str):
    article, doc = make(lede + "\nA second paragraph follows with more detail on the story.")
    got = title(article, doc)
    assert got == expected
    assert got.split()[-1].lower() not in {"the", "a", "of", "to", "and", "has", "been"}


def test_headline_line_at_the_top_is_the_title_not_the_summary():
    text = "Ferries Halted as Harbour Workers Strike\n\n" + STORY
    article, doc = make(text)
    assert title(article, doc) == "Ferries Halted as Harbour Workers Strike"
    assert not summary(article, doc).startswith("Ferries Halted")
    assert description(article, doc).startswith("Harbour workers")


def test_dateline_is_trimmed_and_text_stays_verbatim():
    text = (
        "(CNN)Rescuers pulled a hiker from a ravine in the national park on Sunday after a "
        "two-day search. The hiker, 41, had fallen while walking alone. Park officials said "
        "she was in a stable condition in hospital. Volunteers had joined the search at dawn."
    )
    article, doc = make(text)
    assert description(article, doc).startswith("Rescuers pulled a hiker")
    for sent in sentences(article, doc):
        assert text[sent.start : sent.end] == sent.text


def test_inline_captions_never_reach_the_summary():
    text = (
        "A council worker has been praised for pulling a boy from a canal in the city centre on "
        "Sunday. The 34-year-old dived into the water after hearing shouts from the towpath. "
        "Scroll down for video Quick thinking: Tom Baker, 34, dived into the water after "
        "hearing shouts Safe: The boy (pictured) was taken to hospital as a precaution "
        "The boy was later released to his parents, police said. Mr Baker said he had only "
        "done what anyone would do. His employer said it would honour him at a ceremony."
    )
    article, doc = make(text)
    got = summary(article, doc)
    assert "Quick thinking" not in got and "(pictured)" not in got
    assert got.startswith("A council worker has been praised")


def test_empty_article_gives_empty_fields():
    article, doc = make("")
    assert summary(article, doc) == ""
    assert description(article, doc) == ""
    assert title(article, doc) == "story"


def test_headline_line_with_a_full_stop_set_apart_by_a_blank_line():
    text = "Council offers harbour workers a pay rise.\n\n" + STORY.replace("\n", "\n\n")
    article, doc = make(text)
    assert title(article, doc) == "Council offers harbour workers a pay rise"
    assert description(article, doc).startswith("Harbour workers")


def test_a_long_first_line_is_the_lede_not_a_headline():
    article, doc = make(STORY)
    assert description(article, doc).startswith("Harbour workers")
    assert summary(article, doc).startswith("Harbour workers")


def test_title_from_a_dated_lede_drops_the_dateline():
    text = (
        "Boston (CNN)Jurors found the former mayor guilty of bribery on Wednesday after two "
        "days of talks. He will be sentenced in June, the judge said."
    )
    article, doc = make(text)
    got = title(article, doc)
    assert got.startswith("Jurors found the former mayor guilty of bribery")
    assert "CNN" not in got
