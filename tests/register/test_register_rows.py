"""The register over a generated folder, with today pinned: rows, highlights, order, skips."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from collabagree.check.settings import Settings
from collabagree.register.collect import Register, collect_register
from collabagree.register.row import ExpiryAlert, RegisterRow
from support.register import TODAY, agreement_yaml, days, write_folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_folder(tmp_path_factory.mktemp("register") / "agreements")


@pytest.fixture(scope="module")
def register(folder: Path) -> Register:
    return collect_register([str(folder)], Settings(today=TODAY))


def by_name(register: Register) -> dict[str, RegisterRow]:
    return {Path(row.path).name: row for row in register.rows}


def test_non_agreement_yaml_is_skipped_silently(register: Register) -> None:
    assert "notes.yaml" not in by_name(register)
    assert len(register.rows) == 8


def test_a_named_non_agreement_is_skipped_too(folder: Path) -> None:
    named = collect_register([str(folder / "notes.yaml"), str(folder / "overdue.yaml")],
                             Settings(today=TODAY))
    assert [Path(row.path).name for row in named.rows] == ["overdue.yaml"]


def test_overdue_review_is_highlighted_with_the_missed_date(register: Register) -> None:
    row = by_name(register)["overdue.yaml"]
    assert row.review_overdue and row.next_review == date(2026, 6, 30)
    assert row.expiry_alert is None


def test_a_recorded_review_moves_the_next_review_on(register: Register) -> None:
    row = by_name(register)["reviewed.yaml"]
    assert not row.review_overdue and row.next_review == date(2027, 6, 30)


@pytest.mark.parametrize(("name", "days_left", "alert"), [
    ("expiring-90.yaml", 60, ExpiryAlert.WITHIN_90_DAYS),
    ("expiring-30.yaml", 20, ExpiryAlert.WITHIN_30_DAYS),
    ("expired.yaml", -10, ExpiryAlert.EXPIRED),
    ("reviewed.yaml", (date(2029, 3, 31) - TODAY).days, None),
    ("open-ended.yaml", None, None),
])
def test_expiry_highlights(register: Register, name: str, days_left: int | None,
                           alert: ExpiryAlert | None) -> None:
    row = by_name(register)[name]
    assert row.days_to_expiry == days_left
    assert row.expiry_alert is alert


def test_rows_carry_the_agreement_identity(register: Register) -> None:
    row = by_name(register)["open-ended.yaml"]
    assert (row.reference, row.title, row.type, row.jurisdiction, row.status) == (
        "OPEN-1", "Agreement OPEN-1", "mou", "UK-ENG", "final")
    assert row.parties == ("the Council", "Kestrel Vale Food Bank")  # short name, else name
    assert (row.start, row.end, row.valid) == (date(2025, 4, 1), None, True)


def test_invalid_agreements_get_a_row_with_what_can_be_read(register: Register) -> None:
    invalid = by_name(register)["invalid.yaml"]
    assert not invalid.valid and invalid.errors == 1
    assert (invalid.reference, invalid.title, invalid.type) == ("INVALID-1", "Half-written Plan", "memo")
    assert invalid.next_review is None and invalid.end == date(2029, 3, 31)
    broken = by_name(register)["broken.yaml"]
    assert not broken.valid and broken.errors == 1 and broken.title is None


def test_sorted_by_next_review_then_rows_without_one_by_path(register: Register) -> None:
    names = [Path(row.path).name for row in register.rows]
    assert names == ["overdue.yaml", "expiring-30.yaml", "expiring-90.yaml", "open-ended.yaml",
                     "reviewed.yaml", "broken.yaml", "expired.yaml", "invalid.yaml"]
    reviews = [row.next_review for row in register.rows if row.next_review]
    assert reviews == sorted(reviews)


def test_equal_review_dates_are_ordered_by_path(tmp_path: Path) -> None:
    text = agreement_yaml("SAME", first_review=date(2027, 3, 1))
    write_folder(tmp_path, {"b.yaml": text, "a.yaml": text, "c/a.yaml": text})
    rows = collect_register([str(tmp_path)], Settings(today=TODAY)).rows
    assert [Path(row.path).relative_to(tmp_path).as_posix() for row in rows] == [
        "a.yaml", "b.yaml", "c/a.yaml"]


def test_counts_are_those_of_check(folder: Path, register: Register) -> None:
    check = subprocess.run(
        [sys.executable, "-m", "collabagree", "check", str(folder), "--today", TODAY.isoformat(),
         "--output-format", "json"], capture_output=True, text=True, check=False)
    findings = json.loads(check.stdout)["findings"]
    for row in register.rows:
        mine = [finding["severity"] for finding in findings if finding["path"] == row.path]
        assert (row.errors, row.warnings) == (mine.count("error"), mine.count("warning")), row.path


def test_today_decides_the_highlights(folder: Path) -> None:
    later = collect_register([str(folder)], Settings(today=days(30)))
    row = by_name(later)["expiring-30.yaml"]
    assert row.days_to_expiry == -10 and row.expiry_alert is ExpiryAlert.EXPIRED


def test_parallel_batches_give_the_same_rows(tmp_path: Path) -> None:
    scenarios = {f"a{index:02d}.yaml": agreement_yaml(f"A{index}", first_review=days(index))
                 for index in range(12)}
    write_folder(tmp_path, scenarios)
    serial = collect_register([str(tmp_path)], Settings(today=TODAY, jobs=1))
    parallel = collect_register([str(tmp_path)], Settings(today=TODAY, jobs=2))
    assert serial == parallel and len(serial.rows) == 12


def test_overdue_is_lif011s_verdict_so_a_suppression_is_respected(tmp_path: Path) -> None:
    text = agreement_yaml("POSTPONED-1", first_review=date(2026, 6, 30)).replace(
        "  first_review: 2026-06-30\n", "  first_review: 2026-06-30  # collabagree: ignore[LIF011]\n")
    write_folder(tmp_path, {"postponed.yaml": text})
    (row,) = collect_register([str(tmp_path)], Settings(today=TODAY)).rows
    assert not row.review_overdue
    assert row.next_review == date(2027, 6, 30)  # the next scheduled review instead
