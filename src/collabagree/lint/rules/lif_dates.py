"""LIF rules that depend on today's date: overdue reviews, expiring and expired agreements.

Part of the LIF group: `lif.RULES` includes these rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from collabagree.core.dates import add_months
from collabagree.core.findings import Severity
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.model import Agreement

EXPIRY_NOTICE_DAYS = 90
EXPIRY_WARNING_DAYS = 30

_REVIEW_SOURCE = ("HMRC Information Disclosure Guide IDG42400 (MoUs are reviewed on a regular basis), "
                  "http://www.hmrc.gov.uk/manuals/idgmanual/idg42400.htm")
_TERM_SOURCE = ("Treasury NZ, *Guidelines for Contracting with NGOs*, 3.2 Contents Checklist "
                "(duration), http://www.treasury.govt.nz/publications/guidance/mgmt/ngo/24.htm; "
                "Cheshire West and Chester partnership toolkit (period of the agreement, exit "
                "strategies), https://inside.cheshirewestandchester.gov.uk/"
                "policies_plans_and_strategies/partnerships_policy_and_toolkit/accountability_and_governance")


def last_review_due(first_review: date, interval_months: int | None, today: date,
                    term_end: date | None = None) -> date | None:
    """The latest scheduled review date before `today`: `first_review`, then every
    `interval_months` after it (each counted from `first_review`, so month-end days do not
    drift), and never after `term_end` (no review falls due once the agreement has ended);
    None when no scheduled review is past yet."""
    horizon = today if term_end is None else min(today, term_end + timedelta(days=1))
    if first_review >= horizon:
        return None
    if not interval_months:
        return first_review
    latest = first_review
    step = 1
    while (candidate := add_months(first_review, step * interval_months)) < horizon:
        latest = candidate
        step += 1
    return latest


def _document_dates(agreement: Agreement) -> list[date]:
    """Every date in document control: the current version's and each history entry's."""
    control = agreement.document_control
    if control is None:
        return []
    dates = [entry.date for entry in control.history or () if entry.date is not None]
    if control.date is not None:
        dates.append(control.date)
    return dates


@rule("LIF011", "review-overdue", "W",
      summary="the next review date (first_review, then every interval_months) is before today "
              "and no later document_control.history entry is dated after it",
      why="A review that was scheduled but never recorded usually means it did not happen, and "
          "the agreement may no longer match how the parties work.",
      source=_REVIEW_SOURCE,
      fix="Hold the review and record it: add a `document_control.history` entry (or update "
          "`document_control.date`) dated on or after the review date.")
def review_overdue(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The most recent scheduled review date before today (`review.first_review`, then every
    `review.interval_months` after it) has no `document_control` date or history entry on or
    after it."""
    review = agreement.review
    if review is None or review.first_review is None:
        return
    due = last_review_due(review.first_review, review.interval_months, context.today,
                          agreement.term.end)
    if due is None:
        return
    if any(recorded >= due for recorded in _document_dates(agreement)):
        return
    yield Violation(("review", "first_review"),
                    f"the review due on {due.isoformat()} is overdue: document control records "
                    "no version or history entry dated on or after it")


@rule("LIF012", "expiring-soon", "I",
      summary="term.end falls within the next 90 days (W within 30 days)",
      why="Renewing, replacing or winding up an agreement takes time: approvals, a new version, "
          "exit arrangements for data and clients.",
      source=_TERM_SOURCE,
      fix="Decide whether to renew, extend (a written variation of `term.end`) or end the "
          "agreement, and start the exit arrangements if it ends.")
def expiring_soon(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`term.end` is today or within the next 90 days; a warning within 30 days."""
    end = agreement.term.end
    if end is None:
        return
    days = (end - context.today).days
    if 0 <= days <= EXPIRY_NOTICE_DAYS:
        severity = Severity.WARNING if days <= EXPIRY_WARNING_DAYS else None
        when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
        yield Violation(("term", "end"),
                        f"the agreement ends {when} ({end.isoformat()}); decide whether to renew, "
                        "extend or end it", severity=severity)


@rule("LIF013", "expired", "W",
      summary="term.end is before today and status is not draft",
      why="An agreement past its end date no longer covers what the parties are doing; any "
          "continuing work or data sharing lacks an agreed basis.",
      source=_TERM_SOURCE,
      fix="Renew or replace the agreement, or record that it has ended and archive it.")
def expired(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`term.end` is before today and `agreement.status` is final or signed."""
    end = agreement.term.end
    if end is None or agreement.agreement.status == "draft":
        return
    if end < context.today:
        yield Violation(("term", "end"),
                        f"the agreement expired on {end.isoformat()}; renew it, replace it or "
                        "archive it")


RULES: tuple[Rule, ...] = (review_overdue, expiring_soon, expired)
