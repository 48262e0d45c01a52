"""Quote ends, session 17 (own sentences): a quote left open and cut short by the next
opening mark ends before a long sentence in the reporter's voice."""

from __future__ import annotations

from tests.test_quote_nesting import inside


def test_an_open_quote_ends_before_a_long_narrative_sentence() -> None:
    text = (
        "'We all live in a shop window now,' he said. 'So I wondered if a camera could be made "
        "to dance. The robots will be dancing for the remaining four days of the show, along "
        "with talks from leading figures in the industry. 'Could this pile of old parts become "
        "art?' he asked."
    )
    assert inside(text)[1] == "So I wondered if a camera could be made to dance."


def test_a_short_aside_in_the_third_person_stays_in_the_quote() -> None:
    text = "Vega said: 'We won the cup at last. He was great all day. 'Then we went home.'"
    assert inside(text) == ["We won the cup at last. He was great all day.", "Then we went home."]
