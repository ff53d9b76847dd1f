"""Suppression comments: same line, line above, whole file, SCH never, SUP001 for unused ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.lint.engine import Selection
from support.check import CLEAN, WARNS, make_repo, run, write

STATEMENT = "  statement: To work together on food.\n"
assert STATEMENT in WARNS  # PUR001 points at line 7, column 14


def found(text: str, **settings: object) -> list[tuple[str, int, int]]:
    """(code, line, column) of each finding, with only PUR and SUP rules selected."""
    settings.setdefault("select", ("PUR", "SUP"))
    result = check_bytes("a.yaml", text.encode("utf-8"),
                         Selection(Settings(today=date(2026, 11, 23), **settings)))  # type: ignore[arg-type]
    return [(f.code, f.span.line, f.span.column) for f in result.findings]


def with_statement(replacement: str) -> str:
    return WARNS.replace(STATEMENT, replacement)


def test_unsuppressed_baseline() -> None:
    assert found(WARNS) == [("PUR001", 7, 14)]


def test_same_line_suppression() -> None:
    text = with_statement("  statement: To work together on food.  # collabagree: ignore[PUR001]\n")
    assert found(text) == []


def test_line_above_suppression_and_stacking() -> None:
    above = "  # collabagree: ignore[PUR001]\n" + STATEMENT
    assert found(with_statement(above)) == []
    stacked = "  # collabagree: ignore[PUR001]\n  # a note for readers\n" + STATEMENT
    assert found(with_statement(stacked)) == []


def test_line_above_does_not_reach_past_a_blank_line() -> None:
    text = with_statement("  # collabagree: ignore[PUR001]\n\n" + STATEMENT)
    assert found(text) == [("SUP001", 7, 3), ("PUR001", 9, 14)]


def test_names_and_prefixes_are_accepted() -> None:
    for selector in ("purpose-too-short", "PUR", "pur0", "PUR001, PUR003"):
        text = with_statement(f"  statement: To work together on food.  # collabagree: ignore[{selector}]\n")
        extra = [("SUP001", 7, 41)] if "PUR003" in selector else []
        assert found(text) == extra, selector


def test_file_ignore_anywhere() -> None:
    assert found(WARNS + "# collabagree: file-ignore[PUR001]\n") == []
    assert found("# collabagree: file-ignore[purpose-too-short]\n" + WARNS) == []


def test_schema_findings_cannot_be_suppressed() -> None:
    bad = CLEAN.replace("type: mou", "type: memo")
    text = "# collabagree: file-ignore[SCH005, SCH]\n" + bad.replace(
        "agreement: {", "agreement: {  # collabagree: ignore[SCH005]\n  ", 1)
    codes = [code for code, _, _ in found(text)]
    assert "SCH005" in codes


def test_suppressing_a_schema_code_in_a_valid_file_is_sup001() -> None:
    result = check_bytes("a.yaml", (WARNS + "# collabagree: file-ignore[SCH003]\n").encode(),
                         Selection(Settings(select=("PUR", "SUP"), today=date(2026, 11, 23))))
    sup = [f for f in result.findings if f.code == "SUP001"]
    assert len(sup) == 1 and "cannot be suppressed" in sup[0].message


def test_unused_suppression_is_sup001_at_the_comment() -> None:
    text = WARNS.replace(
        "  in: [Emergency food parcels]\n", "  in: [Emergency food parcels]  # collabagree: ignore[PUR003]\n")
    result = check_bytes("a.yaml", text.encode(), Selection(Settings(select=("PUR", "SUP"))))
    sup = [f for f in result.findings if f.code == "SUP001"]
    assert [(f.span.line, f.span.column, f.severity.value, f.name) for f in sup] == [
        (10, 33, "warning", "unused-suppression")]
    assert "no PUR003 finding on its line" in sup[0].message


def test_unknown_code_and_empty_list_are_sup001() -> None:
    text = with_statement("  statement: To work together on food.  # collabagree: ignore[PUR001, XYZ9]\n")
    assert found(text) == [("SUP001", 7, 41)]
    assert found(WARNS + "# collabagree: ignore[]\n") == [("PUR001", 7, 14), ("SUP001", 15, 1)]
    assert found(WARNS + "# collabagree: ignore PUR001\n") == [("PUR001", 7, 14), ("SUP001", 15, 1)]


def test_sup001_can_be_ignored_or_left_unselected() -> None:
    text = WARNS + "# collabagree: file-ignore[PUR003]\n"
    assert ("SUP001", 15, 1) in found(text)
    assert found(text, ignore=("SUP001",)) == [("PUR001", 7, 14)]
    assert found(text, ignore=("unused-suppression",)) == [("PUR001", 7, 14)]
    assert found(text, select=("PUR",)) == [("PUR001", 7, 14)]
    assert found(text + "# collabagree: file-ignore[SUP001]\n") == [("PUR001", 7, 14)]


def test_no_sup001_for_a_rule_that_is_turned_off() -> None:
    text = with_statement("  statement: To work together on food.  # collabagree: ignore[PUR001]\n")
    assert found(text, ignore=("PUR001",)) == []


def test_sup001_through_the_cli_and_ignored_by_config(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / "a.yaml", WARNS + "# collabagree: file-ignore[PUR003]\n")
    result = run("check", "a.yaml", "-f", "concise", "--fail-on", "warning", cwd=repo)
    assert "a.yaml:15:1: SUP001 [warning] unused suppression: no PUR003 finding in this file" in result.out
    write(repo / ".collabagree.yaml", "ignore: [SUP001]\n")
    result = run("check", "a.yaml", "-f", "concise", cwd=repo)
    assert "SUP001" not in result.out


def test_apply_suppressions_never_drops_a_schema_finding() -> None:
    from collabagree.core.findings import Finding, Severity, Span
    from collabagree.lint.suppress import apply_suppressions
    from collabagree.load.reader import load_bytes

    loaded = load_bytes("a.yaml", (WARNS + "# collabagree: file-ignore[SCH003, PUR001]\n").encode())
    schema = Finding("SCH003", "unknown-key", Severity.ERROR, "unknown key", "a.yaml", Span(7, 3, 7, 12))
    lint = Finding("PUR001", "purpose-too-short", Severity.WARNING, "short", "a.yaml", Span(7, 14, 7, 39))
    settings = Settings(select=("PUR",), per_file_ignores=(("a.yaml", ("SCH",)),))
    assert apply_suppressions(loaded, [schema, lint], Selection(settings)) == [schema]
