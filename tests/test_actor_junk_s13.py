"""No actor from a name's shape: a place noun in capitals, a headline word opening a
description, a prefixed modifier, a platform something is posted on, an event's name, a title
before its work noun, a character a show follows, an owned word in a headline; the bodies,
places and people with like shapes still count."""

from __future__ import annotations

import pytest

from tests.test_actors import names, run


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("Jo Dee said there was fraud in States like Ohio and Utah, Trackway reported.", "States"),
        ("Underdog Conservative Jo Dee Beats Establishment in Narvia Primary.\n\nUnderdog "
         "conservative Assemblywoman Jo Dee defeated a well-funded Republican effort in her "
         "Tuesday primary in Narvia.", "Underdog"),
        ("Ex-Trackway chat show host Jo Dee said she would stand in Narvia.", "Ex-Trackway"),
        ("Jo Dee, the Narvia striker, wrote on Snapgram that her knee was better.", "Snapgram"),
        ("Jo Dee and Ann Lee met at the Great Pillow Fight in Narvia, Trackway said.",
         "Great Pillow Fight"),
        ("Finance Minister Jo Dee said on Trackway's Morning Desk programme that taxes would "
         "fall.", "Morning Desk"),
        ("Ann Lee named Capitol Days as her favourite show. The drama follows Senator Jo Dee, a "
         "former spy.", "Jo Dee"),
        ("Why Jo Dee\u2019s Attacks On Ann Lee\u2019s Economic Policy Could Backfire.\n\nJo Dee "
         "said the tax was wrong, Trackway reported.", "Attacks"),
        ("The Narvia Primary Is A Fight Over Taxes And Ann Lee\u2019s Legacy.\n\nJo Dee said the "
         "party was wrong, Trackway reported.", "Legacy"),
        ("Weak Exports Hold Narvia Shares in Check.\n\nJo Dee said stocks fell, Trackway "
         "reported.", "Check"),
    ],
)
def test_a_shape_names_no_actor(text: str, junk: str) -> None:
    found = names(run(text))
    assert junk not in found, found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Snapgram said it would remove the posts. Jo Dee wrote on Snapgram that she was sad.",
         "Snapgram"),
        ("Jo Dee moved to the States in 2010, her brother said.", "States"),
        ("Republicans in Narvia said the tax was unfair, and Democrats agreed.", "Republicans"),
        ("Jo Dee told the BBC that taxes would rise.", "BBC"),
        ("The new film also stars Narvian actor Jo Dee, the studio said.", "Jo Dee"),
        ("Jo Dee wrote to the Commission on Presidential Debates, which set the rules.",
         "Commission on Presidential Debates"),
        ("Jo Dee is a regular guest on the Narvia World Service programme Tech Talk.",
         "Narvia World Service"),
    ],
)
def test_a_like_shape_still_counts(text: str, actor: str) -> None:
    found = names(run(text))
    assert actor in found, found
