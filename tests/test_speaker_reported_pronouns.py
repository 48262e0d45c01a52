"""A he/she after reported speech, and after a person the actor step missed; on sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article


def _speakers(text: str, actors: tuple[Actor, ...]) -> list[tuple[str | None, str]]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return [(q.speaker, q.text[:12]) for q in quotes(article, nlp.parse(text), actors)]


RUIZ = Actor(name="Ana Ruiz", kind="person", role="Mayor", aliases=("Ruiz",))


def test_she_after_a_nurse_reports_on_ruiz_is_not_ruiz() -> None:
    text = (
        "Mayor Ana Ruiz opened the new bridge on Monday.\n\n"
        "The nurse said Ruiz never listens to the staff at the clinic.\n\n"
        "\"We have asked her many times for more beds,\" she said.\n"
    )
    assert _speakers(text, (RUIZ,)) == [(None, "We have aske")]


def test_she_after_an_unknown_name_reports_on_ruiz_is_not_ruiz() -> None:
    text = (
        "Mayor Ana Ruiz spoke at a rally in the harbour district on Monday.\n\n"
        "McKinnon said Ruiz doesn't show real concern for the dock workers.\n\n"
        "\"It is only when the cameras are there that she cares about us,\" she said.\n"
    )
    assert _speakers(text, (RUIZ,)) == [(None, "It is only w")]


def test_she_in_the_reported_clause_itself_still_refers_to_its_subject() -> None:
    text = (
        "Mayor Ana Ruiz opened the new bridge on Monday.\n\n"
        "The nurse said Ruiz was wrong when she said: \"The clinic has all the beds it needs.\"\n"
    )
    assert _speakers(text, (RUIZ,)) == [("Ana Ruiz", "The clinic h")]


def test_he_after_a_name_introduced_with_is_goes_to_that_name() -> None:
    hale = Actor(name="Tom Hale", kind="person", role="Union spokesman", aliases=("Hale",))
    text = (
        "Union spokesman Tom Hale said: \"We have no choice. \"The cuts go too far. "
        "\"Our members will stay out.\" The minister has said the cuts are needed. "
        "Torquil Penhale is a senior nurse at the clinic in Leeds. He said: \"Most of us "
        "stayed at home today. \"We cannot afford to lose our jobs.\"\n"
    )
    assert [s for s, _ in _speakers(text, (hale,))] == [
        "Tom Hale",
        "Tom Hale",
        "Tom Hale",
        "Torquil Penhale",
        "Torquil Penhale",
    ]


def test_she_after_a_song_owned_by_a_singer_is_not_the_singer() -> None:
    moon = Actor(name="Lena Moon", kind="person", aliases=("Moon",))
    mae = Actor(name="Daisy Mae", kind="person")
    text = (
        "Lena Moon moved to Manila in 2012 to become an actress. The newcomer sang on stage "
        "in front of the judges, singing Daisy Mae's Wild Horses Run.\n\n"
        "'Singing is what I love most of all,' she told the paper.\n"
    )
    assert _speakers(text, (moon, mae)) == [("Lena Moon", "Singing is w")]


def test_who_wrote_a_book_is_no_speech_verb() -> None:
    vera = Actor(name="Vera Lind", kind="person", aliases=("Lind",))
    ines = Actor(name="Ines Roth", kind="person", aliases=("Roth",))
    kahn = Actor(name="Frieda Kahn", kind="person", aliases=("Kahn",))
    text = (
        "Vera Lind took the photographs of the painter Frieda Kahn in 1951. The book quotes "
        "Lind's memories of Kahn, which she had told to Ines Roth, who wrote a book about "
        "the painter. She said: 'She was a strong woman, but she was often in great pain.'\n"
    )
    assert _speakers(text, (vera, ines, kahn)) == [("Vera Lind", "She was a st")]


def test_he_after_an_unknown_name_as_subject_is_not_the_speaker_before() -> None:
    diaz = Actor(name="Luis Diaz", kind="person", role="coach", aliases=("Diaz",))
    city = Actor(name="Port Wade Rangers", kind="person")
    text = (
        "\"We want him to stay with us,\" said coach Luis Diaz. Castellano made it clear that "
        "a move abroad was still possible, with Port Wade Rangers, who also showed some "
        "interest. \"It was an idea at one point,\" he said.\n"
    )
    assert _speakers(text, (diaz, city)) == [
        ("Luis Diaz", "We want him "),
        (None, "It was an id"),
    ]


def test_a_woman_named_as_subject_does_not_stop_he_from_finding_the_man() -> None:
    hale = Actor(name="Tom Hale", kind="person", role="party chairman", aliases=("Hale",))
    lee = Actor(name="Ana Lee", kind="person", aliases=("Lee",))
    text = (
        "Tom Hale said Ana Lee would recover soon. \"She is strong,\" he said on Monday. "
        "Ana Lee left the hospital on Sunday.\n\n"
        "\"She had better rest before she comes back,\" he said.\n"
    )
    assert [s for s, _ in _speakers(text, (hale, lee))] == ["Tom Hale", "Tom Hale"]
