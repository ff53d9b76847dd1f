"""One register row: what the register knows about one agreement file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

# The same windows as LIF012 (expiring-soon), so the register and `check` agree.
from collabagree.lint.rules.lif_dates import EXPIRY_NOTICE_DAYS, EXPIRY_WARNING_DAYS
from collabagree.register.duty import Duty, RecurringDuty


class ExpiryAlert(str, Enum):
    """How close the end of the term is; the value is what CSV and JSON show."""

    EXPIRED = "expired"
    WITHIN_30_DAYS = "within_30_days"
    WITHIN_90_DAYS = "within_90_days"


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One agreement in the register.

    A file that fails schema validation (`valid` False) still gets a row: the fields that
    could be read from its YAML, None for the rest, and its error count.

    `duties` and `recurring` are the agreement's obligations (see `duty.py`).
    """

    path: str
    valid: bool
    reference: str | None = None
    title: str | None = None
    short_title: str | None = None
    type: str | None = None
    jurisdiction: str | None = None
    parties: tuple[str, ...] = ()
    status: str | None = None
    start: date | None = None
    end: date | None = None
    next_review: date | None = None
    review_overdue: bool = False
    days_to_expiry: int | None = None
    errors: int = 0
    warnings: int = 0
    first_review: date | None = None
    interval_months: int | None = None
    duties: tuple[Duty, ...] = ()
    recurring: tuple[RecurringDuty, ...] = ()

    @property
    def expiry_alert(self) -> ExpiryAlert | None:
        """Expired, or ending within 30 or 90 days (today counts as within); None otherwise."""
        return expiry_alert(self.days_to_expiry)

    @property
    def label(self) -> str:
        """A short human name: reference and short title, falling back to the path."""
        name = self.short_title or self.title
        parts = [part for part in (self.reference, name) if part]
        return " ".join(parts) if parts else self.path


def expiry_alert(days_to_expiry: int | None) -> ExpiryAlert | None:
    """The alert for an agreement whose term ends in `days_to_expiry` days (negative: ended)."""
    if days_to_expiry is None or days_to_expiry > EXPIRY_NOTICE_DAYS:
        return None
    if days_to_expiry < 0:
        return ExpiryAlert.EXPIRED
    if days_to_expiry <= EXPIRY_WARNING_DAYS:
        return ExpiryAlert.WITHIN_30_DAYS
    return ExpiryAlert.WITHIN_90_DAYS


def sort_key(row: RegisterRow) -> tuple[bool, date, str]:
    """Next review date first (earliest, so overdue ones lead); rows without one last; then path."""
    return (row.next_review is None, row.next_review or date.min, row.path)
