"""The language server's pure parts: UTF-16 columns and the suppression edits."""

from __future__ import annotations

import pytest

from collabagree.core.findings import Finding, Severity, Span
from collabagree.lsp.checking import is_yaml_document
from collabagree.lsp.positions import code_point_column, utf16_column
from collabagree.lsp.suppress import apply, file_suppression, line_suppression
from support import VALID, check_text


@pytest.mark.parametrize(("line", "column", "offset"), [
    ("abc", 1, 0), ("abc", 3, 2), ("abc", 4, 3), ("ab", 5, 4),
    ("a🍞b", 3, 3), ("a🍞b", 4, 4), ("ōx", 2, 1),
])
def test_utf16_columns_both_ways(line: str, column: int, offset: int) -> None:
    assert utf16_column(line, column) == offset
    assert code_point_column(line, offset) == column


def test_yaml_documents_by_language_or_name() -> None:
    assert is_yaml_document("file:///a.txt", "yaml")
    assert is_yaml_document("file:///a.yml", None)
    assert not is_yaml_document("file:///a.json", "json")


def _finding(code: str, line: int, column: int = 1) -> Finding:
    return Finding(code, "name", Severity.WARNING, "message", "a.yaml", Span(line, column, line, column + 1))


TEXT = VALID.replace("    contact: {role: Partnership Officer}\n",
                     "    contact: {role: Partnership Officer}  # agreed in May\n")
TEXT += "rationale: |\n  Text with # no comment inside\n  second line\n"


def test_line_suppression_appends_or_extends() -> None:
    line = TEXT.split("\n").index("  statement: To work together on food.") + 1
    insert = line_suppression(TEXT, _finding("PUR005", line))
    assert insert is not None and insert.text == "  # collabagree: ignore[PUR005]"
    once = apply(TEXT, insert)
    again = line_suppression(once, _finding("TXT002", line))
    assert again is not None and again.text == ", TXT002"
    assert "# collabagree: ignore[PUR005, TXT002]" in apply(once, again)


def test_line_suppression_after_another_comment() -> None:
    line = TEXT.split("\n").index("    contact: {role: Partnership Officer}  # agreed in May") + 1
    insert = line_suppression(TEXT, _finding("PTY004", line))
    assert insert is not None
    assert apply(TEXT, insert).split("\n")[line - 1].endswith("# agreed in May  # collabagree: ignore[PTY004]")


def test_no_comment_is_put_inside_a_block_scalar() -> None:
    lines = TEXT.split("\n")
    inside = lines.index("  Text with # no comment inside") + 1
    assert line_suppression(TEXT, _finding("TXT001", inside)) is None
    key_line = lines.index("rationale: |") + 1
    insert = line_suppression(TEXT, _finding("TXT001", key_line))
    # After a block scalar's `|` the loader sees no comment, so the line above is used.
    assert insert is not None
    assert apply(TEXT, insert).split("\n")[key_line - 1: key_line + 1] == [
        "# collabagree: ignore[TXT001]", "rationale: |"]


def test_file_suppression_and_schema_findings() -> None:
    insert = file_suppression(TEXT, _finding("GOV006", 1))
    assert insert is not None
    edited = apply(TEXT, insert)
    assert edited.endswith("second line\n# collabagree: file-ignore[GOV006]\n")
    more = file_suppression(edited, _finding("PRF005", 1))
    assert more is not None and "file-ignore[GOV006, PRF005]" in apply(edited, more)
    assert file_suppression(TEXT, _finding("SCH003", 3)) is None
    assert line_suppression(TEXT, _finding("SCH003", 3)) is None


def test_an_applied_suppression_silences_the_finding() -> None:
    result = check_text(TEXT)
    target = next(f for f in result.findings if not f.code.startswith("SCH") and f.span.line > 1)
    insert = line_suppression(TEXT, target)
    assert insert is not None
    after = check_text(apply(TEXT, insert))
    assert target.code not in [f.code for f in after.findings if f.span.line == target.span.line]
