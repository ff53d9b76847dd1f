"""Every obligation of the register between two dates, shared by the obligations table, its
CSV and JSON, the calendar and the HTML page (so they can never disagree).

An obligation is one thing someone must do on one day: a review, a milestone, a report (a
reporting line, or KPIs), an instalment, the evaluation, the last day to give notice, or the
end of the term. Recurring reports are due on the last day of each period counted from
`term.start` (`schedule.period_due_dates`). Agreements that fail validation give none.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from collabagree.core.dates import add_months
from collabagree.register.collect import Register
from collabagree.register.duty import KIND_ORDER, Duty, Kind
from collabagree.register.row import RegisterRow
from collabagree.register.schedule import (
    OPEN_ENDED_HORIZON_MONTHS,
    period_due_dates,
    scheduled_reviews,
)

UID_DOMAIN = "collabagree"
# The obligations table, its CSV and JSON look this far ahead unless --to says otherwise.
DEFAULT_WINDOW_MONTHS = 12


@dataclass(frozen=True, slots=True)
class Window:
    """The dates asked for, both ends included. `end` None: up to the end of each term (for
    an open-ended agreement, OPEN_ENDED_HORIZON_MONTHS after today)."""

    start: date
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Obligation:
    """One obligation of one agreement on one day."""

    day: date
    kind: Kind
    head: str  # Review due, Report due, ...
    name: str  # what in particular ("quarterly report to the Council"), or ""
    responsible: tuple[str, ...]
    details: tuple[str, ...]
    uid: str
    row: RegisterRow
    overdue: bool = False

    @property
    def what(self) -> str:
        """`Milestone due: Pilot live`, or the head alone."""
        return f"{self.head}: {self.name}" if self.name else self.head

    @property
    def summary(self) -> str:
        """The calendar SUMMARY: what, and which agreement."""
        if self.name:
            return f"{self.what} ({self.row.label})"
        return f"{self.head}: {self.row.label}"


def default_window(today: date, *, calendar: bool) -> Window:
    """From today; a year ahead for tables, to the end of every term for the calendar."""
    return Window(today, None if calendar else add_months(today, DEFAULT_WINDOW_MONTHS))


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
    return f"{kind}-{day.strftime('%Y%m%d')}-{digest.hexdigest()[:20]}@{UID_DOMAIN}"


def _last_day(row: RegisterRow, window: Window, today: date) -> date:
    """The last date to list for `row`: the window's end, never after the term's end."""
    limits = [day for day in (window.end, row.end) if day is not None]
    if window.end is None and row.end is None:
        limits.append(add_months(today, OPEN_ENDED_HORIZON_MONTHS))
    return min(limits)


def row_obligations(row: RegisterRow, key: str, window: Window, today: date) -> list[Obligation]:
    """The obligations of one agreement that fall in `window`.

    An overdue review (LIF011) is listed on the date that was missed whenever the window
    starts on or before today, since it is still owed; every other obligation only when its
    date is inside the window (the register cannot know whether a report was sent).
    """
    if not row.valid:
        return []
    until = _last_day(row, window, today)

    def inside(day: date) -> bool:
        return window.start <= day <= until

    found = [*_reviews(row, key, window, today, until)]
    for duty in row.duties:
        if inside(duty.day):
            found.append(_dated(row, key, duty))
    if row.start is not None:
        for recurring in row.recurring:
            for day in period_due_dates(row.start, recurring.months, row.end, window.start, until):
                found.append(Obligation(
                    day, recurring.kind, recurring.head, recurring.name, recurring.responsible,
                    recurring.details, make_uid(key, recurring.kind.value, day, recurring.key), row))
    if row.end is not None and inside(row.end):
        found.append(Obligation(row.end, Kind.EXPIRY, "Agreement ends", "", row.parties, (),
                                make_uid(key, Kind.EXPIRY.value, row.end), row))
    return found


def _reviews(row: RegisterRow, key: str, window: Window, today: date,
             until: date) -> list[Obligation]:
    if row.first_review is None:
        return []
    missed = row.next_review if row.review_overdue else None
    found = []
    for day in scheduled_reviews(row.first_review, row.interval_months):
        if day > until:
            break
        overdue = day == missed
        if window.start <= day or (overdue and window.start <= today):
            found.append(Obligation(
                day, Kind.REVIEW, "Review overdue" if overdue else "Review due", "",
                row.parties, (),
                make_uid(key, Kind.REVIEW.value, day), row, overdue=overdue))
    return found


def _dated(row: RegisterRow, key: str, duty: Duty) -> Obligation:
    return Obligation(duty.day, duty.kind, duty.head, duty.name, duty.responsible, duty.details,
                      make_uid(key, duty.kind.value, duty.day, duty.key), row)


def sort_key(obligation: Obligation) -> tuple[date, str, str, int, str]:
    """By date; on one day by agreement (reference, then file), then kind (reviews first,
    ends last), then UID."""
    row = obligation.row
    return (obligation.day, row.reference or "", row.path, KIND_ORDER[obligation.kind],
            obligation.uid)


def collect_obligations(register: Register, window: Window) -> list[Obligation]:
    """Every obligation of the register in `window`, sorted by date, without repeats."""
    keys = agreement_keys(register)
    unique: dict[str, Obligation] = {}
    for row in register.rows:
        for obligation in row_obligations(row, keys[row.path], window, register.today):
            unique.setdefault(obligation.uid, obligation)
    return sorted(unique.values(), key=sort_key)
