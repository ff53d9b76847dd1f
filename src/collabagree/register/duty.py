"""What an agreement obliges its parties to do, and when: the seeds of the obligations list.

`build_row` reads these from the model (in a worker process) and keeps them on the row, small
and picklable; `obligations.py` turns them into dated obligations for a window of dates. Names
are resolved here, so the row needs no model later: `responsible` holds the short names (or
names) of the parties or governance bodies that must act.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class Kind(str, Enum):
    """The kinds of obligation; the value is what CSV, JSON and the calendar's CATEGORIES say.

    The order here is the order of obligations that fall on the same day.
    """

    REVIEW = "review"
    MILESTONE = "milestone"
    REPORTING = "reporting"
    KPI = "kpi"
    INSTALMENT = "instalment"
    EVALUATION = "evaluation"
    NOTICE = "notice"
    EXPIRY = "expiry"


KIND_ORDER: dict[Kind, int] = {kind: index for index, kind in enumerate(Kind)}

# The words a person reads for each kind (table column, legend, HTML).
KIND_WORDS: dict[Kind, str] = {
    Kind.REVIEW: "Review",
    Kind.MILESTONE: "Milestone",
    Kind.REPORTING: "Report",
    Kind.KPI: "KPI report",
    Kind.INSTALMENT: "Instalment",
    Kind.EVALUATION: "Evaluation",
    Kind.NOTICE: "Notice deadline",
    Kind.EXPIRY: "End of term",
}

# `reporting[].frequency` and `kpis[].frequency` (model.base.Frequency) as months per period.
FREQUENCY_MONTHS: dict[str, int] = {"monthly": 1, "quarterly": 3, "six_monthly": 6, "annual": 12}
FREQUENCY_WORDS: dict[str, str] = {"monthly": "monthly", "quarterly": "quarterly",
                                   "six_monthly": "six-monthly", "annual": "annual"}


@dataclass(frozen=True, slots=True)
class Duty:
    """An obligation on one date: a milestone, an instalment, the evaluation, the notice
    deadline.

    `head` and `name` make the text (`Milestone due: Pilot live`); `details` are the extra
    lines of the calendar description; `key` tells apart duties of the same kind on the same
    day, for the calendar UID (ids, never display text, so a renamed party keeps its UIDs).
    """

    kind: Kind
    day: date
    head: str
    name: str
    responsible: tuple[str, ...]
    details: tuple[str, ...] = ()
    key: str = ""


@dataclass(frozen=True, slots=True)
class RecurringDuty:
    """An obligation due at the end of every period of the term: a reporting line, or KPIs
    reported by one party at one frequency."""

    kind: Kind
    months: int
    frequency: str
    head: str
    name: str
    responsible: tuple[str, ...]
    details: tuple[str, ...] = ()
    key: str = ""
