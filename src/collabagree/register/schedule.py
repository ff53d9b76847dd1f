"""Review dates for the register and the calendar.

The arithmetic (months added with the day clamped to the month's end, each review counted
from `first_review` so month-end dates do not drift) is LIF011's own, imported from
`lif_dates`, so the register and `check` always name the same review date.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from collabagree.core.dates import add_months
from collabagree.lint.rules.lif_dates import last_review_due

# How far ahead the calendar lists reviews of an agreement with no end date.
OPEN_ENDED_HORIZON_MONTHS = 36


def scheduled_reviews(first_review: date, interval_months: int | None) -> Iterator[date]:
    """`first_review`, then every `interval_months` after it (forever, or once without one)."""
    yield first_review
    if not interval_months:
        return
    step = 1
    while True:
        yield add_months(first_review, step * interval_months)
        step += 1


def next_review(first_review: date | None, interval_months: int | None, today: date, *,
                overdue: bool, end: date | None = None) -> date | None:
    """The review date the register shows.

    When the review is overdue (LIF011 reported it) this is the date LIF011 names: the latest
    scheduled review before today. Otherwise it is the first scheduled review on or after
    today, provided it falls within the term (a review after `end` will not happen).
    """
    if first_review is None:
        return None
    if overdue:
        due = last_review_due(first_review, interval_months, today, end)
        if due is not None:
            return due
    for scheduled in scheduled_reviews(first_review, interval_months):
        if end is not None and scheduled > end:
            return None
        if scheduled >= today:
            return scheduled
    return None


def upcoming_reviews(first_review: date | None, interval_months: int | None, today: date, *,
                     overdue: bool, end: date | None = None) -> list[date]:
    """The next review (overdue or not) and every later scheduled one up to the end of the
    term; for an open-ended agreement, up to OPEN_ENDED_HORIZON_MONTHS after today."""
    first = next_review(first_review, interval_months, today, overdue=overdue, end=end)
    if first is None or first_review is None:
        return []
    until = end if end is not None else add_months(today, OPEN_ENDED_HORIZON_MONTHS)
    dates = [first]
    for scheduled in scheduled_reviews(first_review, interval_months):
        if scheduled > until:
            break
        if scheduled > first and scheduled >= today:
            dates.append(scheduled)
    return dates


def period_due_dates(start: date, months: int, end: date | None, since: date,
                     until: date) -> Iterator[date]:
    """The due dates of an obligation reported every `months` months, from `since` to `until`.

    The term is cut into periods of `months` calendar months counted from `start` (each from
    `start` itself, so month-end days do not drift); each period's report is due on its last
    day, the day before the next period begins. A last period cut short by `end` is due on
    `end`. Nothing is due after `end`, nor before `start`.
    """
    if end is not None and end < start:
        return
    # Skip whole periods that end before `since` (a long term and a late window).
    elapsed = (since.year - start.year) * 12 + since.month - start.month
    step = max(1, elapsed // months)
    while True:
        due = add_months(start, step * months) - timedelta(days=1)
        if end is not None and due >= end:
            if since <= end <= until:
                yield end
            return
        if due > until:
            return
        if due >= since:
            yield due
        step += 1
