"""The command line teaches: help with examples, documented commands, safe messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main, shown

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"briefings {command}" in result.output


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"briefings {command}" in README.read_text(encoding="utf-8")


def test_paths_are_shown_without_terminal_control_characters() -> None:
    assert shown(Path("seeds/evil\x1b[31m\nname.txt")) == "seeds/evil\\x1b[31m\\nname.txt"
    assert shown("seeds/ایران.txt") == "seeds/ایران.txt"


def test_missing_seeds_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["generate", str(tmp_path / "nope"), "--out",
                                       str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "nope: no such folder of seeds" in result.output
    assert not (tmp_path / "out").exists()


def test_refused_file_is_named_and_others_are_briefed(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(
        "The city council approved the new budget on Monday, officials said.\n", encoding="utf-8")
    (seeds / "empty.txt").write_text("  \n", encoding="utf-8")
    result = CliRunner().invoke(main, ["generate", str(seeds), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    refused = [line for line in result.output.splitlines() if ": refused:" in line]
    assert len(refused) == 1 and "empty.txt" in refused[0]
    assert (tmp_path / "out" / "good.md").exists()


def test_an_extractor_bug_refuses_only_that_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.pipeline as pipeline

    real = pipeline.brief

    def flaky(article, doc):  # type: ignore[no-untyped-def]
        if article.path.name == "bad.txt":
            raise ValueError("boom")
        return real(article, doc)

    monkeypatch.setattr(pipeline, "brief", flaky)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("bad.txt", "good.txt"):
        (seeds / name).write_text("The mayor opened the new bridge on Friday.\n", encoding="utf-8")
    report = pipeline.generate(seeds, tmp_path / "out")
    assert [(p.name, "ValueError: boom" in why) for p, why in report.refused] == [("bad.txt", True)]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.md")) == ["good.md"]


def test_an_article_stuck_in_a_rule_is_stopped_and_the_rest_briefed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.budget as budget
    import generator.pipeline as pipeline

    real = pipeline.brief

    def stuck(article, doc):  # type: ignore[no-untyped-def]
        while article.path.name == "stuck.txt":
            pass
        return real(article, doc)

    monkeypatch.setattr(pipeline, "brief", stuck)
    monkeypatch.setattr(budget, "ARTICLE_SECONDS", 0.3)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("stuck.txt", "good.txt"):
        (seeds / name).write_text("The mayor opened the new bridge on Friday.\n", encoding="utf-8")
    report = pipeline.generate(seeds, tmp_path / "out")
    assert [(p.name, "over 0.3 s" in why) for p, why in report.refused] == [("stuck.txt", True)]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.md")) == ["good.md"]
