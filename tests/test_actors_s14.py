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


def test_goods_in_a_makers_list_are_no_actors() -> None:
    text = (
        "Velco plans to lay off 190 staff next month as the company that makes Zorbos, "
        "Crisp Ahoys and Nella Wafers moves work to a plant in Narvia.\n\n"
        "Jo Dee, who once advertised the Zorbo on television, has vowed to boycott the product. "
        "Velco said the move would save money."
    )
    found = names(run(text))
    assert "Velco" in found and "Jo Dee" in found, found
    assert not {"Zorbo", "Zorbos", "Crisp Ahoys", "Nella Wafers"} & set(found), found


def test_a_party_word_before_a_surname_is_the_person_not_a_body() -> None:
    text = (
        "Donald Trump and Hillary Clinton spoke in Velt on Monday about the plant.\n\n"
        "Republican Trump and Democrat Clinton both attacked Velco over the decision.\n\n"
        "The Democratic Party said it would hold a vote, Clinton said."
    )
    found = names(run(text))
    assert "Republican Trump" not in found and "Democrat Clinton" not in found, found
    assert "Democratic Party" in found, found


def test_a_knight_styled_by_his_given_name_is_the_knight_named_in_full() -> None:
    text = (
        "Sir Alan Drew said the schools in Velt had improved.\n\n"
        'Sir Alan said "real progress" had been made since 2001, the report said. Mr Hale '
        "disagreed."
    )
    found = run(text)
    assert [a.name for a in found if "Alan" in a.name] == ["Alan Drew"], found
