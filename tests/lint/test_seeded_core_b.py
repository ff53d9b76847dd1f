"""Seeded defects for the FUN, PRF, LIF, DSP and SIG rules.

Each test copies a shipped example, plants one defect with a small textual edit, and checks
that the right rule reports it at the line (and column) where the edit landed. The expected
position is computed from the edited text, never hard-coded.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.core.findings import Finding
from collabagree.lint.engine import Selection

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
EXAMPLES = sorted(EXAMPLES_DIR.glob("*.yaml"))
TODAY = date(2026, 11, 23)


def check_text(text: str, tmp_path: Path, name: str = "seeded.yaml") -> list[Finding]:
    """Write the edited agreement to tmp_path and check it with today pinned."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = check_bytes(str(path), path.read_bytes(), Selection(Settings(today=TODAY)))
    assert not [f for f in result.findings if f.code.startswith("SCH")], result.findings
    return result.findings


def seed(example: str, old: str, new: str) -> str:
    """The example's text with the one occurrence of `old` replaced by `new`."""
    text = (EXAMPLES_DIR / example).read_text(encoding="utf-8")
    assert text.count(old) == 1, f"snippet not unique in {example}: {old!r}"
    return text.replace(old, new)


def position_of(text: str, marker: str, within: str | None = None) -> tuple[int, int]:
    """1-based line and column of `marker`, searched inside the unique snippet `within`."""
    start = text.index(within) if within is not None else 0
    offset = text.index(marker, start)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def positions(findings: list[Finding], code: str) -> list[tuple[int, int]]:
    """Where the findings of one rule are."""
    return [(f.span.line, f.span.column) for f in findings if f.code == code]


def remove_section(text: str, key: str) -> str:
    """The text without the top-level section `key` (its line and its indented block)."""
    lines = text.splitlines(keepends=True)
    start = next(index for index, line in enumerate(lines) if line.startswith(f"{key}:"))
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t"):
        end += 1
    return "".join(lines[:start] + lines[end:])


def test_examples_are_clean_for_these_groups(tmp_path: Path) -> None:
    for example in EXAMPLES:
        findings = check_text(example.read_text(encoding="utf-8"), tmp_path, example.name)
        mine = [f for f in findings if f.code[:3] in {"FUN", "PRF", "LIF", "DSP", "SIG"}]
        assert not mine, (example.name, [(f.code, f.span.line, f.message) for f in mine])


def test_dispute_level_missing_a_party(tmp_path: Path) -> None:
    old = "- {roles: {council: Head of Communities, foodbank: Chief Officer}, timeframe_days: 15}"
    new = "- {roles: {council: Head of Communities}, timeframe_days: 15}"
    text = seed("uk-food-bank-funding.yaml", old, new)
    findings = check_text(text, tmp_path)
    assert positions(findings, "DSP003") == [position_of(text, "{council", within=new)]
    assert "'foodbank'" in next(f.message for f in findings if f.code == "DSP003")


def test_first_review_after_the_end(tmp_path: Path) -> None:
    text = seed("uk-food-bank-funding.yaml", "first_review: 2027-01-31", "first_review: 2029-06-30")
    findings = check_text(text, tmp_path)
    assert positions(findings, "LIF004") == [position_of(text, "2029-06-30", within="first_review:")]


def test_total_that_does_not_add_up(tmp_path: Path) -> None:
    text = seed("uk-food-bank-funding.yaml", "  total: 135000\n", "  total: 145000\n")
    findings = check_text(text, tmp_path)
    assert positions(findings, "FUN002") == [position_of(text, "145000")]
    assert "135,000" in next(f.message for f in findings if f.code == "FUN002")


def test_signatory_without_authority_ref(tmp_path: Path) -> None:
    old = ("{party: council, name: Amira Okafor, position: Director of Communities, authority_ref: "
           "Scheme of Delegation Part 3 para 4.2 and Cabinet decision CAB/2026/014, date: 2026-03-24}")
    new = "{party: council, name: Amira Okafor, position: Director of Communities, date: 2026-03-24}"
    text = seed("uk-food-bank-funding.yaml", old, new)
    findings = check_text(text, tmp_path)
    assert positions(findings, "SIG002") == [position_of(text, new)]


def test_notice_longer_than_the_term(tmp_path: Path) -> None:
    text = seed("uk-food-bank-funding.yaml", "notice_days: 90", "notice_days: 1200")
    findings = check_text(text, tmp_path)
    assert positions(findings, "LIF009") == [position_of(text, "1200", within="notice_days:")]


def test_review_every_36_months(tmp_path: Path) -> None:
    text = seed("nz-catchment-partnering.yaml", "interval_months: 12", "interval_months: 36")
    findings = check_text(text, tmp_path)
    assert positions(findings, "LIF005") == [position_of(text, "36", within="interval_months:")]


def test_a_24_month_review_cycle_passes(tmp_path: Path) -> None:
    text = seed("nz-catchment-partnering.yaml", "interval_months: 12", "interval_months: 24")
    assert positions(check_text(text, tmp_path), "LIF005") == []


def test_commonwealth_mou_ending_in_court(tmp_path: Path) -> None:
    text = seed("au-cth-data-mou.yaml", "final_step: referral_to_ministers", "final_step: courts")
    findings = check_text(text, tmp_path)
    assert positions(findings, "DSP006") == [position_of(text, "courts", within="final_step:")]


def test_grant_conditions_without_recovery(tmp_path: Path) -> None:
    text = (EXAMPLES_DIR / "uk-food-bank-funding.yaml").read_text(encoding="utf-8")
    # The key and its folded continuation lines (indented deeper than the key).
    edited = re.sub(r"(?m)^    recovery: .*\n(?:      .*\n)*", "", text, count=1)
    assert "recovery:" not in edited
    findings = check_text(edited, tmp_path)
    assert positions(findings, "FUN003") == [position_of(edited, "conditions:", within="funding:")]


def test_signature_after_the_start(tmp_path: Path) -> None:
    after = "}\n  - {party: foodbank, name: Priya Shah, position: Chief Officer"
    old = "authority_ref: Trustee resolution 2026/05, date: 2026-03-25" + after
    new = "authority_ref: Trustee resolution 2026/05, date: 2026-04-20" + after
    text = seed("uk-food-bank-funding.yaml", old, new)
    findings = check_text(text, tmp_path)
    assert positions(findings, "SIG004") == [position_of(text, "2026-04-20")]


def test_review_overdue(tmp_path: Path) -> None:
    text = seed("uk-food-bank-funding.yaml", "first_review: 2027-01-31", "first_review: 2026-10-31")
    findings = check_text(text, tmp_path)
    assert positions(findings, "LIF011") == [position_of(text, "2026-10-31", within="first_review:")]
    assert "2026-10-31" in next(f.message for f in findings if f.code == "LIF011")


def test_expiring_soon_and_expired(tmp_path: Path) -> None:
    soon = seed("uk-food-bank-funding.yaml", "  end: 2029-03-31", "  end: 2026-12-31")
    assert positions(check_text(soon, tmp_path), "LIF012") == [
        position_of(soon, "2026-12-31", within="  end:")]
    past = seed("uk-food-bank-funding.yaml", "  end: 2029-03-31", "  end: 2026-10-31")
    assert positions(check_text(past, tmp_path), "LIF013") == [
        position_of(past, "2026-10-31", within="  end:")]


SECTION_CODES: dict[str, str] = {
    "funding": "FUN001",
    "kpis": "PRF001",
    "reporting": "PRF004",
    "evaluation": "PRF005",
    "review": "LIF003",
    "variation": "LIF007",
    "termination": "LIF008",
    "exit": "LIF010",
    "dispute_resolution": "DSP001",
    "signatories": "SIG001",
    "document_control": "SIG005",
    "publication": "SIG006",
}


@pytest.mark.parametrize("example", EXAMPLES, ids=[path.stem for path in EXAMPLES])
@pytest.mark.parametrize("section", sorted(SECTION_CODES))
def test_example_without_a_section(example: Path, section: str, tmp_path: Path) -> None:
    text = example.read_text(encoding="utf-8")
    if f"\n{section}:" not in text:
        pytest.skip(f"{example.name} has no {section}")
    findings = check_text(remove_section(text, section), tmp_path, example.name)
    assert (1, 1) in positions(findings, SECTION_CODES[section]), (
        [(f.code, f.span.line, f.message) for f in findings])
