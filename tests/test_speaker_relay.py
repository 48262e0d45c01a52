"""A quote relayed by an outlet: the person whose speech verb governs the words speaks, and the
outlet that reports the sentence stays an actor (own sentences)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.brief import brief
from generator.model import Article


def _brief(text: str):
    return brief(Article(path=Path("test.txt"), text=text, sha256="0"), nlp.parse(text))


def test_outlet_reporting_a_reply_is_no_speaker() -> None:
    b = _brief(
        "Tom Hale defended his wife after a critic called her lazy. Hale replied to the critic "
        'that he "should learn the facts first", reports the Daily Sentinel.'
    )
    assert [q.speaker for q in b.quotes] == ["Tom Hale"]
    assert "Daily Sentinel" in [a.name for a in b.actors]


def test_website_states_after_a_told_quote() -> None:
    b = _brief(
        "Ana Ruiz is suing her landlord Tom Hale, the Daily Sentinel reports. She says Hale "
        'kept her deposit and told her "you can find another flat in town", the website states.'
    )
    assert [q.speaker for q in b.quotes] == ["Tom Hale"]


def test_person_reporting_cue_still_speaks() -> None:
    b = _brief('Tom Hale spoke to Ana Ruiz on Monday. He told her "the flat is yours", Ruiz said.')
    assert [q.speaker for q in b.quotes] == ["Ana Ruiz"]
