"""Who speaks where the speech sits in a clause of its own: a dash signing a paragraph of
quotes, a participle the parse hung on a relative clause, "what they call" (own sentences)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article

ANA = Actor("Ana Ruiz", "person", None, ("Ruiz",))
LEO = Actor("Leo Marsh", "person", None, ("Marsh",))
GREENS = Actor("Green Party", "organization", None, ())


def speakers(text: str, *actors: Actor) -> list[tuple[str, str | None]]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return [(q.text[:12], q.speaker) for q in quotes(article, nlp.parse(text), actors)]


def test_dash_signature_owns_every_quote_of_its_paragraph() -> None:
    text = (
        "“The plan is a mess and nobody can follow it.” ― Leo Marsh\n"
        "“The town deserves far better than this. Our mayor told us the road would be done by "
        "May.” And that is what we got: “a road to nowhere\u2019.” ― Ana Ruiz.\n"
    )
    got = speakers(text, ANA, LEO)
    assert got[0] == ("The plan is ", "Leo Marsh")
    assert all(name == "Ana Ruiz" for _t, name in got[1:]), got


def test_participle_after_a_relative_clause_is_the_main_subject() -> None:
    text = (
        "Mayor Ana Ruiz faced the council on Monday.\n"
        "Ruiz was equally prickly when pressed to explain not paying a builder who said he "
        "was cheated after he built a school for the town, saying, “Maybe he didn\u2019t finish "
        "the work properly, and I wasn\u2019t pleased with it.”\n"
    )
    assert speakers(text, ANA) == [("Maybe he did", "Ana Ruiz")]


def test_what_they_call_is_the_clause_subject() -> None:
    text = (
        "Ana Ruiz spoke in Leeds on Thursday. Ruiz said the budget was sound.\n"
        "The Green Party says it will publish its own plan on Friday.\n"
        "It is the newest of several such attacks. The Green Party is seeking to contrast its "
        "plan with what they call Ruiz\u2019s “reckless spending spree.”\n"
    )
    got = speakers(text, ANA, GREENS)
    assert got[-1] == ("reckless spe", "Green Party")
