"""Build one register row from one file: check it in full, then read the register fields.

`build_row` is the per-file work that `runner.map_targets` runs (in worker processes for big
batches), so it takes a `Target` and a `Selection` and returns a small, picklable row.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from collabagree.check.discovery import Target
from collabagree.check.pipeline import check_and_model, unreadable_result
from collabagree.core.findings import FileResult, Severity
from collabagree.lint.engine import Selection
from collabagree.load.reader import FileReadError, read_limited
from collabagree.model import Agreement
from collabagree.register.extract import extract_duties
from collabagree.register.row import RegisterRow
from collabagree.register.schedule import next_review

# The register's "overdue" is exactly LIF011's verdict (including a suppression of it), so the
# register never disagrees with `check`; the code is stable (RULES.md: codes are never reused).
REVIEW_OVERDUE_CODE = "LIF011"


def build_row(target: Target, selection: Selection) -> RegisterRow | None:
    """The row for one file, or None when the file is not an agreement (skipped silently).

    A file that cannot be read (a broken link, a FIFO) gets a row with its one error, as
    `check` reports it, and the rest of the register is still built."""
    today = selection.settings.effective_today
    try:
        raw = read_limited(target.path)
    except FileReadError as error:
        return row_from_result(unreadable_result(target.path, error), today)
    result, agreement = check_and_model(target.path, raw, selection, named=target.named)
    if not result.is_agreement:
        return None
    if agreement is None:
        return row_from_result(result, today)
    return row_from_model(result, agreement, today)


def _count(result: FileResult, severity: Severity) -> int:
    return sum(1 for finding in result.findings if finding.severity is severity)


def _days_to(end: date | None, today: date) -> int | None:
    return None if end is None else (end - today).days


def row_from_model(result: FileResult, agreement: Agreement, today: date) -> RegisterRow:
    """The full row of a schema-valid agreement."""
    meta = agreement.agreement
    review = agreement.review
    first_review = review.first_review if review else None
    interval = review.interval_months if review else None
    overdue = any(finding.code == REVIEW_OVERDUE_CODE for finding in result.findings)
    end = agreement.term.end
    duties, recurring = extract_duties(agreement)
    return RegisterRow(
        path=result.path,
        valid=True,
        reference=meta.id,
        title=meta.title,
        short_title=meta.short_title,
        type=meta.type,
        jurisdiction=meta.jurisdiction,
        parties=tuple(party.label for party in agreement.parties),
        status=meta.status,
        start=agreement.term.start,
        end=end,
        next_review=next_review(first_review, interval, today, overdue=overdue, end=end),
        review_overdue=overdue,
        days_to_expiry=_days_to(end, today),
        first_review=first_review,
        interval_months=interval,
        duties=duties,
        recurring=recurring,
        errors=_count(result, Severity.ERROR),
        warnings=_count(result, Severity.WARNING),
    )


def row_from_result(result: FileResult, today: date) -> RegisterRow:
    """A best-effort row for a file with schema findings: whatever identity fields and term
    dates can be read from its YAML, None for the rest. It has no review date, since LIF011
    does not run on an invalid file, and gives no calendar events."""
    data = result.data if isinstance(result.data, dict) else {}
    meta = _mapping(data.get("agreement"))
    term = _mapping(data.get("term"))
    end = _date(term.get("end"))
    parties = data.get("parties")
    labels = tuple(
        label for party in (parties if isinstance(parties, list) else [])
        if (label := _text(_mapping(party).get("short_name")) or _text(_mapping(party).get("name")))
    )
    return RegisterRow(
        path=result.path,
        valid=False,
        reference=_text(meta.get("id")),
        title=_text(meta.get("title")),
        short_title=_text(meta.get("short_title")),
        type=_text(meta.get("type")),
        jurisdiction=_text(meta.get("jurisdiction")),
        parties=labels,
        status=_text(meta.get("status")),
        start=_date(term.get("start")),
        end=end,
        days_to_expiry=_days_to(end, today),
        errors=_count(result, Severity.ERROR),
        warnings=_count(result, Severity.WARNING),
    )


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    # Only scalars a person would recognise; a list or mapping in a text slot is unreadable.
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int, float)):
        text = " ".join(str(value).split())
        return text or None
    return None


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
