"""The pipeline: paragraphs never share a sentence; zero-width spaces never join a name."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.actors import actors
from generator.read import read_article


def test_a_line_break_always_starts_a_sentence() -> None:
    doc = nlp.parse("Talks resumed in Geneva\nThe minister said nothing new.\n")
    assert [s.text.strip() for s in doc.sents] == [
        "Talks resumed in Geneva", "The minister said nothing new."]


def test_zero_width_space_is_kept_in_text_but_never_joins_a_name(tmp_path: Path) -> None:
    seed = tmp_path / "a.txt"
    seed.write_text("The minister, \u200bAli Rezaei, said the talks would go on. "
                    "Rezaei spoke to reporters.\n", encoding="utf-8")
    article = read_article(seed)
    assert "\u200bAli" in article.text  # verbatim: quotes keep what the article has
    found = actors(article, nlp.parse(article.text))
    assert [(a.name, a.aliases) for a in found if a.kind == "person"] == [
        ("Ali Rezaei", ("Rezaei",))]


def test_worker_processes_parse_exactly_like_one() -> None:
    texts = [f"Officials in Town {i} said on Monday that {i} people were hurt.\n" for i in range(8)]
    one = [d.to_json() for d in nlp.parse_many(texts, processes=1)]
    two = [d.to_json() for d in nlp.parse_many(texts, processes=2, batch_size=2)]
    assert one == two


def test_small_runs_parse_in_one_process() -> None:
    assert nlp.worker_count(3) == 1


def test_a_unit_glued_to_a_figure_ends_its_sentence() -> None:
    doc = nlp.parse("Losses were put at $640m. Acme, a German insurer, said it was calm.")
    assert [s.text for s in doc.sents] == [
        "Losses were put at $640m.",
        "Acme, a German insurer, said it was calm.",
    ]
    assert doc.text == "Losses were put at $640m. Acme, a German insurer, said it was calm."


def test_a_figure_run_into_a_caption_word_is_split_from_it() -> None:
    doc = nlp.parse("The total rose to nearly 1,000.Watch the video. It cost 3.5 million.")
    words = [t.text for t in doc]
    assert words[5:8] == ["1,000", ".", "Watch"], words
    assert "3.5" in words


def test_curly_apostrophes_are_parsed_as_straight_but_kept_as_written() -> None:
    text = "The Unity Party\u2019s presumed leader isn\u2019t here. \u2018Fine,\u2019 she said."
    doc = nlp.parse(text)
    assert doc.text == text
    assert [t.text for t in doc][:4] == ["The", "Unity", "Party", "\u2019s"]
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)
    straight = nlp.load()(text.replace("y\u2019s", "y's").replace("n\u2019t", "n't"))
    assert [(t.tag_, t.dep_) for t in doc] == [(t.tag_, t.dep_) for t in straight]


def test_a_pipeline_without_a_parser_keeps_its_sentences_when_rewritten() -> None:
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    text = "Ruiz\u2019s plan failed. Hale\u2019s won."
    doc = nlp._as_written(blank(nlp._straightened(text)), text)
    assert doc.text == text
    assert [s.text for s in doc.sents] == ["Ruiz\u2019s plan failed.", "Hale\u2019s won."]
