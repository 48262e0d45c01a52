"""Which actors the focused list keeps."""

from __future__ import annotations

from tests.test_actors import names, run


def test_countries_whose_leaders_are_named_once_are_kept() -> None:
    text = (
        "Jo Dee met Ann Lee in Velt on Monday to talk about trade. They spoke for an hour.\n\n"
        'Dee said Narvia would not pay. "We will not pay for it," Dee said.\n\n'
        "The leaders of Narvia, Chile and Norway took turns rebutting the plan on trade.\n\n"
        "Narvia has long opposed the plan, Lee said."
    )
    found = names(run(text))
    assert "Chile" in found and "Norway" in found, found


def test_a_country_named_once_as_a_product_label_is_not_kept() -> None:
    text = (
        "Jo Dee met Ann Lee in Velt on Monday to talk about trade. They spoke for an hour.\n\n"
        'Dee said Narvia would not pay. "We will not pay for it," Dee said.\n\n'
        "The talks ended over a plate of Norway salmon.\n\n"
        "Narvia has long opposed the plan, Lee said."
    )
    assert "Norway" not in names(run(text))
