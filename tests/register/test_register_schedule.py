"""Review dates: the register's next review, the calendar's upcoming reviews, expiry alerts."""

from __future__ import annotations

from datetime import date
from itertools import islice

import pytest

from collabagree.lint.rules.lif_dates import last_review_due
from collabagree.register.row import ExpiryAlert, expiry_alert
from collabagree.register.schedule import (
    OPEN_ENDED_HORIZON_MONTHS,
    next_review,
    scheduled_reviews,
    upcoming_reviews,
)


def test_reviews_are_counted_from_the_first_and_clamped_to_month_end() -> None:
    dates = scheduled_reviews(date(2027, 1, 31), 1)
    # 31 Jan + 1 month is 28 Feb; the next is 31 Mar again, not 28 Mar (no drift).
    assert [next(dates) for _ in range(4)] == [date(2027, 1, 31), date(2027, 2, 28),
                                               date(2027, 3, 31), date(2027, 4, 30)]


def test_leap_year_end_of_february() -> None:
    assert list(islice(scheduled_reviews(date(2027, 8, 31), 6), 3)) == [
        date(2027, 8, 31), date(2028, 2, 29), date(2028, 8, 31)]


def test_without_an_interval_there_is_one_review() -> None:
    assert list(scheduled_reviews(date(2027, 1, 31), None)) == [date(2027, 1, 31)]


@pytest.mark.parametrize(("first", "interval", "today", "end", "expected"), [
    (date(2027, 1, 31), 12, date(2026, 11, 23), None, date(2027, 1, 31)),   # not yet due
    (date(2026, 1, 31), 12, date(2026, 11, 23), None, date(2027, 1, 31)),   # the next one
    (date(2026, 11, 23), 12, date(2026, 11, 23), None, date(2026, 11, 23)),  # due today
    (date(2026, 1, 31), None, date(2026, 11, 23), None, None),               # the only one passed
    (date(2026, 1, 31), 12, date(2026, 11, 23), date(2026, 12, 31), None),   # next after the end
    (None, 12, date(2026, 11, 23), None, None),
])
def test_next_review_when_not_overdue(first: date | None, interval: int | None, today: date,
                                      end: date | None, expected: date | None) -> None:
    assert next_review(first, interval, today, overdue=False, end=end) == expected


def test_an_overdue_review_shows_the_date_lif011_names() -> None:
    first, today = date(2025, 3, 31), date(2026, 11, 23)
    shown = next_review(first, 6, today, overdue=True)
    assert shown == last_review_due(first, 6, today) == date(2026, 9, 30)


def test_upcoming_reviews_run_to_the_end_of_the_term() -> None:
    reviews = upcoming_reviews(date(2026, 6, 30), 6, date(2026, 11, 23), overdue=True,
                               end=date(2028, 3, 31))
    assert reviews == [date(2026, 6, 30), date(2026, 12, 30), date(2027, 6, 30),
                       date(2027, 12, 30)]


def test_upcoming_reviews_of_an_open_ended_agreement_stop_at_the_horizon() -> None:
    today = date(2026, 11, 23)
    reviews = upcoming_reviews(date(2027, 1, 15), 12, today, overdue=False)
    assert reviews == [date(2027, 1, 15), date(2028, 1, 15), date(2029, 1, 15)]
    assert OPEN_ENDED_HORIZON_MONTHS == 36


@pytest.mark.parametrize(("days", "alert"), [
    (None, None), (91, None), (90, ExpiryAlert.WITHIN_90_DAYS), (31, ExpiryAlert.WITHIN_90_DAYS),
    (30, ExpiryAlert.WITHIN_30_DAYS), (0, ExpiryAlert.WITHIN_30_DAYS), (-1, ExpiryAlert.EXPIRED),
])
def test_expiry_alert_windows_match_lif012(days: int | None, alert: ExpiryAlert | None) -> None:
    assert expiry_alert(days) is alert
