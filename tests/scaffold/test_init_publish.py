"""`init --publish` / `--no-publish`: the answer to "will it be published" as a flag, and the
redaction list scaffolded only when it will be."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.check import run

PARTIES = ("--party", "council=Kestrel Vale Borough Council:local_government",
           "--party", "foodbank=Kestrel Vale Food Bank:charity")


@pytest.mark.parametrize(("flag", "intended"), [("--publish", "true"), ("--no-publish", "false")])
def test_the_flag_answers_the_question(tmp_path: Path, flag: str, intended: str) -> None:
    target = tmp_path / "a.yaml"
    result = run("init", "--no-input", "--type", "funding", "--jurisdiction", "UK-ENG", *PARTIES, flag, str(target))
    assert result.code == 0, result.out + result.err
    text = target.read_text(encoding="utf-8")
    section = text[text.index("\npublication:"):]
    assert f"  intended: {intended}\n" in section  # answered: no '# TODO confirm'
    assert ("redactions:" in section.split("\nschedules:")[0]) is (intended == "true")


def test_the_flag_cannot_go_with_an_example(tmp_path: Path) -> None:
    result = run("init", "--example", "uk-food-bank-funding", "--no-publish", str(tmp_path / "a.yaml"))
    assert result.code == 2 and "--no-publish" in result.err
