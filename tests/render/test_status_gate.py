"""A final or signed agreement with errors is not rendered (issue 15, part 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from collabagree.render.document import RenderOptions, render_file
from support.bounded import run_bounded
from support.render import EXAMPLES

SOURCE = EXAMPLES / "uk-food-bank-funding.yaml"
TITLE = "title: Kestrel Vale Food Security Grant Funding Agreement"


def _copy(tmp_path: Path, status: str) -> Path:
    """The UK example with a placeholder in its title (an error once final) and `status`."""
    text = SOURCE.read_text(encoding="utf-8")
    assert TITLE in text and "  status: signed\n" in text
    text = text.replace(TITLE, TITLE + " [insert year]", 1).replace("  status: signed\n", f"  status: {status}\n", 1)
    path = tmp_path / "food.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("status", ["final", "signed"])
def test_final_or_signed_with_errors_is_refused_and_writes_nothing(tmp_path: Path, status: str) -> None:
    path = _copy(tmp_path, status)
    outcome = run_bounded("render", str(path), "--to", "md", "-o", str(tmp_path / "out"))
    assert outcome.returncode == 1, outcome.stderr
    assert f"status is {status} but check reports" in outcome.stderr and "--allow-errors" in outcome.stderr
    assert not (tmp_path / "out").exists()


def test_allow_errors_renders_it_and_counts_what_remains(tmp_path: Path) -> None:
    path = _copy(tmp_path, "signed")
    outcome = run_bounded("render", str(path), "--to", "md", "-o", str(tmp_path / "out"), "--allow-errors")
    assert outcome.returncode == 0, outcome.stderr
    assert (tmp_path / "out" / "food.md").exists()
    (line,) = [line for line in outcome.stderr.splitlines() if "remain" in line]
    assert line.startswith("collabagree: note: ") and "error" in line


def test_a_draft_with_findings_renders_with_a_count(tmp_path: Path) -> None:
    path = _copy(tmp_path, "draft")
    outcome = render_file(str(path), RenderOptions(formats=("md",), output_dir=tmp_path / "out"))
    assert outcome.status == "rendered"
    assert outcome.note is not None and "remain (see collabagree check)" in outcome.note


def test_the_clean_examples_still_render(tmp_path: Path) -> None:
    outcome = render_file(str(SOURCE), RenderOptions(formats=("md",), output_dir=tmp_path))
    assert outcome.status == "rendered" and not outcome.warnings and outcome.note is None
