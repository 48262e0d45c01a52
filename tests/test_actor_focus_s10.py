"""Bare plurals on the focused list (sentences written here): people named by their job or
stance are sources, not key actors; people acting together are."""

from __future__ import annotations

from generator.extract.actor_focus import background_plural
from tests.test_actors import names, run


def test_job_and_stance_plurals_are_no_key_actors() -> None:
    found = run(
        "Prices fell again in March, economists said. The Halden Building Society said "
        "demand was weak. Economists expect a further fall, and analysts said buyers were "
        "cautious. Analysts at Merrow Bank agreed."
    )
    assert not {"economists", "analysts", "buyers"} & {n.lower() for n in names(found)}
    assert "Halden Building Society" in names(found)


def test_people_acting_together_stay() -> None:
    found = run(
        "Thousands of protesters marched on the parliament in Valdoria on Sunday. The "
        "protesters demanded new elections. Police fired tear gas as protesters reached the "
        "square. Minister Ana Corvel said the protesters would be heard."
    )
    assert "protesters" in {n.lower() for n in names(found)}


def test_background_plural_shapes() -> None:
    assert background_plural("officials") and background_plural("prosecutors")
    assert not background_plural("strikers")
    assert not background_plural("Iranians")  # a named people
    assert not background_plural("Tory MPs")
