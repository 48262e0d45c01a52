"""Works, products, schemes and coined terms are no actors: a name that only modifies a thing
noun ("the Hollow Gate scandal"), a name held by an owner before a thing noun ("Monet's Lilies
painting"), a name described as a work ("Quiet Borders, a film biography of …"), an acronym of
lowercase words ("radio tag reader (RTR)"), a product in a list of products."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from generator import nlp
from generator.extract.actor_things import common_acronym, thing_noun_after
from generator.extract.actor_works import made_work, work_cue
from tests.test_actors import names, run


def _at(doc: Doc, name: str) -> tuple[int, int]:
    span = doc.char_span(doc.text.index(name), doc.text.index(name) + len(name))
    assert span is not None
    return span.start, span.end


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Critics praised Renoir's Golden Meadow painting at the show.", "Golden Meadow"),
        ("Zorba, whose Northern Skies album won a prize, said he was pleased.", "Northern Skies"),
        ("Vextron said its Spindle video recorder could be used at home.", "Spindle"),
        ("The Quiet Borders, a film biography of a sailor, took $9m.", "Quiet Borders"),
        ("Ministers plan an overhaul of Elder Care, the pensions programme on which many rely.",
         "Elder Care"),
        ("Shoppers fear radio tag reader (RTR) chips will track them.", "RTR"),
        ("Pirates sold copies of Glasspane at markets.", "Glasspane"),
        ("Leaks described new products, including the Pod Mini.", "Pod Mini"),
    ],
)
def test_a_thing_is_a_made_work(text: str, name: str) -> None:
    doc = nlp.parse(text)
    assert made_work(doc, *_at(doc, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Hale, a film director, said the cut was long.", "Tom Hale"),
        ("Acmeco, the film studio, said it was pleased.", "Acmeco"),
        ("He won a nomination for his recent BBC show.", "BBC"),
        ("The World Health Organization (WHO) said the risk was low.", "WHO"),
        ("Britain's Labour party said it would vote no.", "Labour"),
    ],
)
def test_a_maker_or_body_is_no_made_work(text: str, name: str) -> None:
    doc = nlp.parse(text)
    assert not made_work(doc, *_at(doc, name))


def test_a_name_before_a_scandal_is_a_thing_but_not_a_person() -> None:
    doc = nlp.parse("Teachers were banned after the Hollow Gate scandal last year.")
    s, e = _at(doc, "Hollow Gate")
    assert thing_noun_after(doc, doc[s:e])
    doc = nlp.parse("Reporters covered the Lena Morris affair for weeks.")
    s, e = _at(doc, "Lena Morris")
    assert not thing_noun_after(doc, doc[s:e])


def test_only_a_lowercase_expansion_makes_a_common_acronym() -> None:
    doc = nlp.parse("Doctors measured vascular growth factor (VGF) in the blood.")
    assert common_acronym(doc, *_at(doc, "VGF"))
    doc = nlp.parse("The Pacific Trade Council (PTC) said exports rose.")
    assert not common_acronym(doc, *_at(doc, "PTC"))


def test_products_and_works_leave_the_actor_list() -> None:
    text = (
        "Vextron chief Jana Holt said demand was strong. Vextron said its Spindle video "
        "recorder had sold well, and copies of Glasspane sold out. The Spindle was cheap, "
        "Holt said."
    )
    found = names(run(text))
    assert "Jana Holt" in found and "Vextron" in found
    assert "Spindle" not in found and "Glasspane" not in found


@pytest.mark.parametrize(
    ("text", "name", "work"),
    [
        ("Freeman will play the role of Jim Smith, who travels far.", "Jim Smith", True),
        ("Critics praised the role of Jim Smith in the talks.", "Jim Smith", False),
        ("During an interview on CNBC's Money Hour, Trump said he won.", "Money Hour", True),
        ("CNN's Jake Tapper said it was over.", "Jake Tapper", False),
        ("CNN's Tapper said it was over.", "Tapper", False),
    ],
)
def test_a_played_part_or_a_network_show_is_a_work(text: str, name: str, work: bool) -> None:
    doc = nlp.parse(text)
    assert work_cue(doc, *_at(doc, name)) is work


@pytest.mark.parametrize(
    ("text", "name", "work"),
    [
        ("New episodes of Lost, Silver Lanes and Night Shift appear online.", "Silver Lanes", True),
        ("Ann Lee's Red Sky, about a girl sold as a servant, won.", "Red Sky", True),
        ("The mayor visited Paris, about 30 miles away, on Monday.", "Paris", False),
        ("The file, nicknamed Grinner, spreads fast.", "Grinner", True),
        ("Lee will read Winter Stories from the likes of Poe.", "Winter Stories", True),
        ("He closed with the James Bond theme he recorded.", "James Bond", True),
        ("Reporters covered the Lena Morris affair for weeks.", "Lena Morris", False),
    ],
)
def test_parts_nicknames_and_readings_are_works(text: str, name: str, work: bool) -> None:
    doc = nlp.parse(text)
    assert made_work(doc, *_at(doc, name)) is work


def test_a_sum_before_a_name_makes_a_fund() -> None:
    found = names(run("Ed Vale announced a £5 billion Future Farms Fund. Vale said it was fair."))
    assert "Ed Vale" in found and "Future Farms Fund" not in found


@pytest.mark.parametrize(
    ("text", "name", "law"),
    [
        ("Hale has demanded the full repeal of Careplan.", "Careplan", True),
        ("Mexico should sue under the provisions of Tafta and the WTO.", "Tafta", True),
        ("He vowed to renegotiate Tafta within a year.", "Tafta", True),
        ("Critics urged a reform of the United Nations.", "United Nations", False),
    ],
)
def test_what_is_repealed_or_ratified_is_a_law(text: str, name: str, law: bool) -> None:
    doc = nlp.parse(text)
    assert made_work(doc, *_at(doc, name)) is law


def test_a_channel_before_an_owned_show_is_no_work() -> None:
    doc = nlp.parse("Fans await Mary Blake's upcoming Vexo Music show on Friday.")
    assert not made_work(doc, *_at(doc, "Vexo Music"))
