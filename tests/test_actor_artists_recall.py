"""Music acts the tagger misses or mislabels are found by the words around them: an act noun
before the name, one untagged name in a list of singers, an act holding a record in a chart
sentence, the winner of a "best ..." category; and a name like a person's that only a band
can be ("Larks frontman Jo Dee", "picked up best band")."""

from __future__ import annotations

from generator import nlp
from generator.extract.actor_artists_recall import artist_runs, music_story
from generator.extract.actor_kind_artists import band_cue

_MUSIC = " Her album and her single topped the chart, and the band is touring."


def _runs(text: str) -> list[tuple[str, str]]:
    doc = nlp.parse(text)
    return [(doc[s:e].text, label) for s, e, label in artist_runs(doc)]


def _span(doc, name: str) -> tuple[int, int]:
    at = doc.text.index(name)
    span = doc.char_span(at, at + len(name), alignment_mode="expand")
    assert span is not None
    return span.start, span.end


def test_a_number_led_name_after_an_act_noun() -> None:
    assert ("20 Pence", "PERSON") in _runs("Rapper 20 Pence has scored three hits this year.")


def test_a_band_after_an_act_noun_is_a_body() -> None:
    found = _runs("The prize went to pop rock act Maroon 9 on Sunday night.")
    assert ("Maroon 9", "ORG") in found  # read as a place by the tagger


def test_an_untagged_singer_in_a_list_of_singers() -> None:
    text = "Adele Brown, Usher, Norah Quinn and Kanye Hart won two each." + _MUSIC
    assert ("Usher", "PERSON") in _runs(text)


def test_a_list_outside_a_music_story_is_left_alone() -> None:
    text = "Adele Brown, Usher, Norah Quinn and Kanye Hart won two each."
    assert not music_story(nlp.parse(text))
    assert ("Usher", "PERSON") not in _runs(text)


def test_a_team_sheet_is_no_list_of_acts() -> None:
    text = "Rovers: Jo Hale, Pistone, Weir, Ann Lee, Carsley." + _MUSIC
    assert not [n for n, _ in _runs(text) if n in ("Pistone", "Weir", "Carsley")]


def test_the_winner_of_a_category_for_acts() -> None:
    text = "Zorbo won the prize for best Welsh rock act, beating Jo Hale." + _MUSIC
    assert ("Zorbo", "ORG") in _runs(text)


def test_no_pronoun_wins_a_category() -> None:
    text = "They won the prize for best Welsh rock act, beating Jo Hale." + _MUSIC
    assert not _runs(text)


def test_a_band_post_after_the_name() -> None:
    doc = nlp.parse("Franz Kappel frontman Alex Moss has called for more help for musicians.")
    assert band_cue(doc, *_span(doc, "Franz Kappel"))


def test_a_category_only_a_band_wins() -> None:
    doc = nlp.parse("Franz Kappel picked up best international band while Jo Hale won best male.")
    assert band_cue(doc, *_span(doc, "Franz Kappel"))
    assert not band_cue(doc, *_span(doc, "Jo Hale"))


def test_a_singer_with_a_band_behind_her_is_no_band() -> None:
    doc = nlp.parse("Jo Hale picked up best female and her band played on.")
    assert not band_cue(doc, *_span(doc, "Jo Hale"))


def test_an_act_credited_for_a_record_in_a_prize_sentence() -> None:
    from generator.extract.actor_kind_artists import music_act

    doc = nlp.parse("She shared the award for best duo with Jo Hale for Silver Morning.")
    assert music_act(doc, *_span(doc, "Jo Hale"))
    doc = nlp.parse("Ann Lee won gold for Jamaica in the best race of the year.")
    assert not music_act(doc, *_span(doc, "Ann Lee"))
