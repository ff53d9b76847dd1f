"""The register's columns, in one stable order shared by CSV and JSON."""

from __future__ import annotations

from typing import Any

from collabagree.register.row import RegisterRow

# Stable: add new columns at the end, never rename or reorder (scripts read these).
COLUMNS: tuple[str, ...] = (
    "reference", "title", "short_title", "type", "jurisdiction", "parties", "status",
    "start", "end", "next_review", "review_overdue", "days_to_expiry", "expiry_alert",
    "errors", "warnings", "valid", "path",
)


def record(row: RegisterRow) -> dict[str, Any]:
    """The row as JSON-ready values: ISO dates, None for what is not known, parties as a list."""
    alert = row.expiry_alert
    return {
        "reference": row.reference,
        "title": row.title,
        "short_title": row.short_title,
        "type": row.type,
        "jurisdiction": row.jurisdiction,
        "parties": list(row.parties),
        "status": row.status,
        "start": row.start.isoformat() if row.start else None,
        "end": row.end.isoformat() if row.end else None,
        "next_review": row.next_review.isoformat() if row.next_review else None,
        "review_overdue": row.review_overdue,
        "days_to_expiry": row.days_to_expiry,
        "expiry_alert": alert.value if alert else None,
        "errors": row.errors,
        "warnings": row.warnings,
        "valid": row.valid,
        "path": row.path,
    }
