"""`list --output-format ics`: an iCalendar file of reviews, milestones and expiries.

One all-day event per upcoming review (the next review, overdue or not, and every later one
within the term), per milestone due today or later, and per term end. UIDs are derived from the
agreement (its reference, or its path when it has none or shares it with another file), the
event kind, the date and, for milestones, the work item and milestone name, so importing the
file again updates the same events instead of adding copies. DTSTAMP is `today`, so the same
register on the same day gives byte-identical output.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import PurePath

from collabagree import __version__
from collabagree.register.collect import Register
from collabagree.register.ics_text import (
    content_line,
    escape_text,
    format_date,
    format_utc_midnight,
)
from collabagree.register.row import RegisterRow
from collabagree.register.schedule import upcoming_reviews

PRODID = f"-//collabagree//collabagree {__version__}//EN"
CALENDAR_NAME = "Collaboration agreements"
UID_DOMAIN = "collabagree"


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One all-day event."""

    kind: str  # review | milestone | expiry
    day: date
    uid: str
    summary: str
    description: str


def agreement_keys(register: Register) -> dict[str, str]:
    """Path -> the stable key of its agreement: the reference when it names only that file,
    else the path (as given, with forward slashes)."""
    counts = Counter(row.reference for row in register.rows if row.reference)
    return {
        row.path: (f"ref:{row.reference}" if row.reference and counts[row.reference] == 1
                   else f"path:{PurePath(row.path).as_posix()}")
        for row in register.rows
    }


def make_uid(key: str, kind: str, day: date, detail: str = "") -> str:
    """`<kind>-<YYYYMMDD>-<digest>@collabagree`; the digest covers key, kind, date and detail."""
    digest = hashlib.sha256("\x1f".join((key, kind, day.isoformat(), detail)).encode("utf-8"))
    return f"{kind}-{format_date(day)}-{digest.hexdigest()[:20]}@{UID_DOMAIN}"


def row_events(row: RegisterRow, key: str, today: date) -> list[CalendarEvent]:
    """The events of one agreement; none for a file that failed validation."""
    if not row.valid:
        return []
    about = _about(row)
    events: list[CalendarEvent] = []
    reviews = upcoming_reviews(row.first_review, row.interval_months, today,
                               overdue=row.review_overdue, end=row.end)
    for day in reviews:
        overdue = row.review_overdue and day < today
        summary = f"{'Review overdue' if overdue else 'Review due'}: {row.label}"
        events.append(CalendarEvent("review", day, make_uid(key, "review", day), summary, about))
    for milestone in row.milestones:
        if milestone.due < today:
            continue
        detail = f"{milestone.work_item}\x1f{milestone.name}"
        events.append(CalendarEvent(
            "milestone", milestone.due, make_uid(key, "milestone", milestone.due, detail),
            f"Milestone due: {milestone.name} ({row.label})",
            f"Work item {milestone.work_item}.\n{about}"))
    if row.end is not None:
        events.append(CalendarEvent("expiry", row.end, make_uid(key, "expiry", row.end),
                                    f"Agreement ends: {row.label}", about))
    return events


def _about(row: RegisterRow) -> str:
    lines = [row.title or row.label]
    if row.reference:
        lines.append(f"Reference: {row.reference}")
    if row.parties:
        lines.append(f"Parties: {'; '.join(row.parties)}")
    if row.status:
        lines.append(f"Status: {row.status}")
    lines.append(f"File: {row.path}")
    return "\n".join(lines)


def calendar_events(register: Register) -> list[CalendarEvent]:
    """Every event of the register, by date then UID, without repeats."""
    keys = agreement_keys(register)
    unique: dict[str, CalendarEvent] = {}
    for row in register.rows:
        for event in row_events(row, keys[row.path], register.today):
            unique.setdefault(event.uid, event)
    return sorted(unique.values(), key=lambda event: (event.day, event.uid))


def render_ics(register: Register) -> str:
    """The register as an iCalendar document (CRLF line ends, lines folded at 75 octets)."""
    stamp = format_utc_midnight(register.today)
    lines = [
        content_line("BEGIN", "VCALENDAR"),
        content_line("VERSION", "2.0"),
        content_line("PRODID", PRODID),
        content_line("CALSCALE", "GREGORIAN"),
        content_line("METHOD", "PUBLISH"),
        content_line("X-WR-CALNAME", escape_text(CALENDAR_NAME)),
    ]
    for event in calendar_events(register):
        lines += [
            content_line("BEGIN", "VEVENT"),
            content_line("UID", event.uid),
            content_line("DTSTAMP", stamp),
            content_line("DTSTART", format_date(event.day), value="DATE"),
            content_line("DTEND", format_date(event.day + timedelta(days=1)), value="DATE"),
            content_line("SUMMARY", escape_text(event.summary)),
            content_line("DESCRIPTION", escape_text(event.description)),
            content_line("CATEGORIES", f"collabagree,{event.kind}"),
            content_line("TRANSP", "TRANSPARENT"),
            content_line("END", "VEVENT"),
        ]
    lines.append(content_line("END", "VCALENDAR"))
    return "".join(lines)
