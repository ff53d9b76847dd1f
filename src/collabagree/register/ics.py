"""`list --output-format ics`: an iCalendar file with one all-day event per obligation.

The events are exactly the obligations of `obligations.collect_obligations` for the window
asked for (by default from today to the end of each term): reviews, milestones, reports,
instalments, the evaluation, the last day to give notice and the end of the term. Each has
CATEGORIES `collabagree,<kind>` and a DESCRIPTION that starts with the responsible party.

UIDs are derived from the agreement (its reference, or its path when it has none or shares it
with another file), the kind, the date and what tells apart obligations of one kind on one day
(ids, not display text), so importing the file again updates the same events. DTSTAMP is
SOURCE_DATE_EPOCH when it is set, else the start of `today` (UTC): the same register gives
the same bytes.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

from collabagree import __version__
from collabagree.register.collect import Register
from collabagree.register.ics_text import (
    content_line,
    escape_text,
    format_date,
    format_utc_midnight,
)
from collabagree.register.obligations import Obligation, Window, collect_obligations, default_window
from collabagree.register.text import one_line

PRODID = f"-//collabagree//collabagree {__version__}//EN"
CALENDAR_NAME = "Collaboration agreements"


def dtstamp(register: Register) -> str:
    """SOURCE_DATE_EPOCH (seconds, UTC) when set to a number, else midnight UTC of today."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if raw.isdigit():
        try:
            moment = datetime.fromtimestamp(int(raw), tz=UTC)
        except (OverflowError, OSError, ValueError):
            return format_utc_midnight(register.today)
        return moment.strftime("%Y%m%dT%H%M%SZ")
    return format_utc_midnight(register.today)


def description(obligation: Obligation) -> str:
    """Who must act first, then the details, then which agreement."""
    row = obligation.row
    lines = [f"Responsible: {', '.join(obligation.responsible) or '(not named in the agreement)'}."]
    lines += obligation.details
    lines.append("")
    lines.append(row.title or row.label)
    if row.reference:
        lines.append(f"Reference: {row.reference}")
    if row.parties:
        lines.append(f"Parties: {'; '.join(row.parties)}")
    if row.status:
        lines.append(f"Status: {row.status}")
    lines.append(f"File: {row.path}")
    # Each line on its own line: a newline or control character inside a name stays inside.
    return "\n".join(one_line(line) for line in lines)


def calendar_obligations(register: Register, window: Window | None = None) -> list[Obligation]:
    """The obligations the calendar holds: `window`, or from today to the end of each term."""
    return collect_obligations(register, window or default_window(register.today, calendar=True))


def render_ics(register: Register, window: Window | None = None) -> str:
    """The register as an iCalendar document (CRLF line ends, lines folded at 75 octets)."""
    stamp = dtstamp(register)
    lines = [
        content_line("BEGIN", "VCALENDAR"),
        content_line("VERSION", "2.0"),
        content_line("PRODID", PRODID),
        content_line("CALSCALE", "GREGORIAN"),
        content_line("METHOD", "PUBLISH"),
        content_line("X-WR-CALNAME", escape_text(CALENDAR_NAME)),
    ]
    for obligation in calendar_obligations(register, window):
        lines += [
            content_line("BEGIN", "VEVENT"),
            content_line("UID", obligation.uid),
            content_line("DTSTAMP", stamp),
            content_line("DTSTART", format_date(obligation.day), value="DATE"),
            content_line("DTEND", format_date(obligation.day + timedelta(days=1)), value="DATE"),
            content_line("SUMMARY", escape_text(one_line(obligation.summary))),
            content_line("DESCRIPTION", escape_text(description(obligation))),
            content_line("CATEGORIES", f"collabagree,{obligation.kind.value}"),
            content_line("TRANSP", "TRANSPARENT"),
            content_line("END", "VEVENT"),
        ]
    lines.append(content_line("END", "VCALENDAR"))
    return "".join(lines)
