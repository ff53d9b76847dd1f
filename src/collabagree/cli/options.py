"""Small helpers shared by the commands' option parsing."""

from __future__ import annotations

from datetime import date

from collabagree.errors import UsageError


def split_list(values: list[str] | None) -> tuple[str, ...]:
    """Flatten repeated and comma-separated option values: `-s A,B -s C` -> (A, B, C)."""
    items: list[str] = []
    for value in values or []:
        items.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(items)


def parse_today(value: str | None) -> date | None:
    """Read `--today YYYY-MM-DD`."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--today: '{value}' is not a date in the form YYYY-MM-DD") from None
