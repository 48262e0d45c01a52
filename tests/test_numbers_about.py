"""A figure's ``about`` is one readable stretch of its sentence, in the sentence's order."""

from generator import nlp
from generator.extract.number_context import about


def _about(text: str, figure: str, noun: str | None = None) -> str:
    doc = nlp.parse(text)
    i = next(t.i for t in doc if t.text == figure)
    n = next((t.i for t in doc if t.text == noun), None) if noun else None
    return about(doc, i, i + 1, n)


def test_duration_inside_a_noun_phrase_says_what_it_runs_up_to() -> None:
    assert _about("Heading into the final vote in 12 days, Mr Hale told reporters he would win.",
                  "12", "days") == "until the final vote"


def test_words_between_kept_parts_are_kept() -> None:
    text = "Officials want to repeal the water law, which protects 40 lakes in this region."
    assert _about(text, "40", "lakes") == "water law, which protects lakes in this region"
