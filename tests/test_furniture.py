"""Page furniture: link headlines, tweets, notes and inline captions are found; prose is not."""

from __future__ import annotations

import pytest

from generator.furniture import furniture_spans, runon_boundaries

# A made-up story laid out one paragraph per line, with the furniture a web page leaves behind.
LINES = [
    "Harbour workers in the port city walked out on Monday, halting ferries for a second day.",
    "The union said the strike would go on until the council reopened talks on pay.",
    "What to know about the harbour strike as ferries stay in port",
    "The council said it had offered a rise of four percent and would meet union leaders.",
    "Scroll down for video",
    "Ferry passengers queued at the terminal for hours, a spokesman said.",
    "Striking workers block the gates on Monday. pic.twitter.com/AbCdEf123",
    "\u2014 Dock Watch (@dockwatch) March 3, 2025",
    "This story has been updated with a response from the council.",
    "Follow Jane Roe on Twitter @janeroe.",
    "Click here to read our full coverage of the strike",
    "By Jane Roe",
    "Getty/Instagram.",
    "Union leaders will meet the mayor on Friday.",
]
TEXT = "\n".join(LINES)


def marked_lines(text: str) -> list[str]:
    return [text[s:e] for s, e in furniture_spans(text)]


def test_each_furniture_line_is_marked_whole():
    assert marked_lines(TEXT) == [
        "What to know about the harbour strike as ferries stay in port",
        "Scroll down for video",
        "Striking workers block the gates on Monday. pic.twitter.com/AbCdEf123",
        "\u2014 Dock Watch (@dockwatch) March 3, 2025",
        "This story has been updated with a response from the council.",
        "Follow Jane Roe on Twitter @janeroe.",
        "Click here to read our full coverage of the strike",
        "By Jane Roe",
        "Getty/Instagram.",
    ]


def test_prose_lines_are_not_furniture():
    marked = set(marked_lines(TEXT))
    for line in [*LINES[:2], LINES[3], LINES[5], LINES[-1]]:
        assert line not in marked


def test_headline_on_the_first_line_is_article_text():
    text = "Harbour Strike Halts Ferries\n\n" + "\n\n".join(LINES[:2])
    assert furniture_spans(text) == ()


def test_list_items_after_a_colon_are_content():
    text = "\n".join(
        [
            "The union listed three demands on Monday, its leader said.",
            "It wants the council to do the following:",
            "Reopen talks on pay",
            "Restore the night shift",
            "The council has not replied.",
        ]
    )
    assert furniture_spans(text) == ()


def test_spans_are_offsets_into_the_text():
    for start, end in furniture_spans(TEXT):
        assert TEXT[start:end].strip() == TEXT[start:end]
        assert TEXT[start:end] in LINES


# One paragraph holding a whole story, with captions run in (no full stop after them).
WALL = (
    "A council worker has been praised for pulling a boy from a canal in the city centre on "
    "Sunday. The 34-year-old dived into the water after hearing shouts from the towpath. "
    "Scroll down for video Quick thinking: Tom Baker, 34, dived into the water after hearing "
    "shouts from the towpath Safe: The boy (pictured) was taken to hospital as a precaution "
    "The boy was later released to his parents, police said. Mr Baker said he had only done "
    "what anyone would do. His employer said it would honour him at a ceremony next month. "
    "Friends of the family said they would thank Mr Baker in person. The canal trust said it "
    "would review the fencing along the towpath near the lock. "
    "Local councillors praised the quick response of the emergency services on Sunday. "
    "The boy's school said he was expected back at his desk within a few days."
)


def test_inline_captions_and_video_prompt_are_marked():
    spans = [WALL[s:e] for s, e in furniture_spans(WALL)]
    assert spans == [
        "Scroll down for video Quick thinking: Tom Baker, 34, dived into the water after hearing "
        "shouts from the towpath Safe: The boy (pictured) was taken to hospital as a precaution ",
    ]


def test_inline_captions_leave_real_sentences_alone():
    start, end = furniture_spans(WALL)[0]
    assert "The boy was later released" not in WALL[start:end]
    assert "A council worker" not in WALL[start:end]


@pytest.mark.parametrize(
    ("segment", "cut_at"),
    [
        ("Tom Baker dived into the canal on Sunday The boy was safe.", "The boy"),
        ("Rescue: The boy was pulled out by a passer-by He was unhurt.", "He was"),
        ("He told The Times he would do it again.", None),  # a newspaper name, not a new sentence
        ("Police then questioned Mr Baker about the rescue.", None),
        ("A caption of the pier at dusk Each year some 600 people visit the pier.", "Each year"),
        ("Among the changes on what he calls \u2018fair play Friday\u2019, are: Other measures "
         "begin.", None),  # a colon that opens a list, not a caption's label
    ],
)
def test_runon_boundaries(segment: str, cut_at: str | None):
    cuts = runon_boundaries(segment)
    if cut_at is None:
        assert cuts == []
    else:
        assert segment[cuts[-1] :].startswith(cut_at)


def test_a_labelled_caption_stops_where_the_story_resumes() -> None:
    lead = "The council met for a long session and argued about the budget for hours. " * 12
    caption = ("Crowds gathered outside the hall SPLIT DECISION: The mayor holds many votes but "
               "few of them come from the harbour district")
    story = " Reuters reported that at least 12 members voted against the plan."
    text = lead + caption + story + " The vote ends the session." * 20
    spans = furniture_spans(text)
    assert any(text[s:e].endswith("harbour district") for s, e in spans)
    assert all("Reuters reported" not in text[s:e] for s, e in spans)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Headline here\n\nWASHINGTON -- President Ruiz spoke.\n", ["WASHINGTON -- "]),
        ("X\n\nNEW YORK, N.Y. (AP) \u2014 The mayor spoke.\n", ["NEW YORK, N.Y. (AP) \u2014 "]),
        ("X\n\nBEIRUT, Lebanon - Fighting resumed.\n", ["BEIRUT, Lebanon - "]),
        ("X\n\nNATO - the alliance - met again.\n", []),
    ],
)
def test_a_capitals_dateline_is_furniture_up_to_its_dash(text: str, marked: list[str]) -> None:
    assert [text[s:e] for s, e in furniture_spans(text)] == marked


def test_a_caption_ends_where_a_name_and_a_verb_or_a_quote_resume_the_story() -> None:
    body = " ".join(["The council met again on Monday to discuss the plans in full."] * 14)
    text = (
        "Alia Peters trains hard every morning at her local gym Impressive results: Alia "
        "Peters, 22, started exercising in 2013, left; she has lost "
        "weight and gained muscle Alia wasn't always keen on working out, she said. She lives "
        "alone in a quiet street Quiet: "
        "Ms Jay and Mr Roy were neighbours in this cul-de-sac in Selby 'I got this torrent "
        "of abuse,' she remembers. " + body + "\n"
    )
    spans = furniture_spans(text)

    def inside(phrase: str) -> bool:
        at = text.index(phrase)
        return any(s <= at < e for s, e in spans)

    assert inside("Impressive results")
    assert not inside("Alia wasn't always keen")
    assert not inside("'I got this torrent of abuse,' she remembers")


def test_a_photo_gallery_counter_caption_and_title_are_furniture() -> None:
    story = [
        "Harbour workers in the port city walked out on Monday, halting ferries for a day.",
        "The union said the strike would go on until the council reopened talks on pay.",
        "View photos from the picket line below:",
        "Faces of the Harbour Strike.",
        "Faces of the Harbour Strike.",
        "1.", "of.", "6.",
        "Name: Ana Ruiz Age: 41 Job: deckhand. Why she strikes: pay has not moved in years.",
    ]
    text = "\n\n".join(story)
    assert marked_lines(text) == story[2:]


def test_numbered_lines_without_a_gallery_counter_are_content() -> None:
    story = ["The council listed its offers to the union on Monday.", "1.",
             "A rise of four percent for every worker in the port.", "2.",
             "A new shift pattern agreed with the union."]
    assert marked_lines("\n\n".join(story)) == []


def test_a_second_caption_line_ending_the_page_after_a_gallery_is_furniture() -> None:
    story = [
        "Harbour workers in the port city walked out on Monday, halting ferries for a day.",
        "The union said the strike would go on until the council reopened talks on pay.",
        "Faces of the Harbour Strike.",
        "Faces of the Harbour Strike.",
        "1.", "of.", "6.",
        "Deckhand Ana Ruiz (Port Velt) \u2014 Joined May 3, 2011",
        "Ruiz left the union on June 9, 2015.",
    ]
    text = "\n\n".join(story)
    assert marked_lines(text) == story[2:]


def test_story_lines_well_after_a_gallery_stay_content() -> None:
    story = [
        "Harbour workers in the port city walked out on Monday, halting ferries for a day.",
        "Faces of the Harbour Strike.",
        "Faces of the Harbour Strike.",
        "1.", "of.", "6.",
        "Deckhand Ana Ruiz (Port Velt) \u2014 Joined May 3, 2011",
        "The union said the strike would go on until the council reopened talks on pay.",
        "The council said it would meet the union on Friday to talk about pay.",
        "Ferries are expected to run as normal from Saturday morning.",
    ]
    text = "\n\n".join(story)
    assert marked_lines(text) == story[1:7]
