"""FUN rules on grant arithmetic and default terms (FUN006-FUN009, format 1.1): the cap, the
total and the instalments agree, money is actually committed, and a default can be remedied."""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.domain import sources
from collabagree.domain.sources import cite
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.fun import cash_sum, cents, format_amount
from collabagree.lint.rules.helpers import is_blank
from collabagree.model import Agreement

_CONDITIONS = ("funding", "conditions")


@rule("FUN006", "max-sum-below-total", "E",
      summary="conditions.max_sum is less than funding.total",
      why="The maximum sum caps what the funder will ever pay; a cap below the total promises "
          "the recipient money the same document says it will never get.",
      source=cite(sources.MGFA.at("maximum sum"), sources.GOVS_015_AGREEMENTS),
      fix="Make `conditions.max_sum` at least `funding.total` (usually equal to it), or correct "
          "the total.")
def max_sum_below_total(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`funding.conditions.max_sum` and `funding.total` are both set and the cap is less than
    the total (compared to the cent)."""
    funding = agreement.funding
    conditions = funding.conditions if funding is not None else None
    if funding is None or conditions is None or conditions.max_sum is None or funding.total is None:
        return
    cap, total = cents(conditions.max_sum), cents(funding.total)
    if cap is not None and total is not None and cap < total:
        yield Violation((*_CONDITIONS, "max_sum"),
                        f"the maximum sum ({format_amount(conditions.max_sum)}) is less than the "
                        f"funding total ({format_amount(funding.total)})")


@rule("FUN007", "zero-funding", "E: funding_agreement",
      summary="a funding agreement's total, or every cash contribution, is 0",
      why="A funding agreement that commits no money is either unfinished or not a funding "
          "agreement; its conditions, reporting and recovery then govern nothing.",
      source=cite(sources.GOVS_015_AGREEMENTS, sources.MGFA),
      fix="Enter the amounts the funder commits, or choose another agreement type (an MoU where "
          "each party bears its own costs).")
def zero_funding(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """In a funding agreement, `funding.total` is 0, or there are cash contributions and every
    one of them has an amount of 0."""
    funding = agreement.funding
    if funding is None:
        return
    if funding.total is not None and cents(funding.total) == 0:
        yield Violation(("funding", "total"), "the funding agreement's total is 0")
        return
    cash = [(index, item) for index, item in enumerate(funding.contributions or ())
            if item.type == "cash" and item.amount is not None]
    if cash and all(cents(item.amount or 0) == 0 for _, item in cash):
        index = cash[0][0]
        yield Violation(("funding", "contributions", index, "amount"),
                        "every cash contribution of the funding agreement is 0")


@rule("FUN008", "instalments-do-not-add-up", "E",
      summary="conditions.instalments amounts do not add up to total",
      why="The payment schedule is what the funder pays and when; if its instalments do not add "
          "up to the total, either the schedule or the grant is wrong, and payments will not "
          "match the budget approval.",
      source=cite(sources.MGFA.at("payment of the grant"), sources.GOVS_015_AGREEMENTS),
      fix="Make the instalments' amounts add up to `funding.total`, or correct the total.")
def instalments_do_not_add_up(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`funding.conditions.instalments` lists amounts and `funding.total` is set, and the sum of
    the amounts differs from the total (to the cent)."""
    funding = agreement.funding
    conditions = funding.conditions if funding is not None else None
    if funding is None or funding.total is None or conditions is None or not conditions.instalments:
        return
    amounts = [item.amount for item in conditions.instalments if item.amount is not None]
    if not amounts:
        return
    paid = cash_sum(amounts)
    if cents(paid) != cents(funding.total):
        yield Violation((*_CONDITIONS, "instalments"),
                        f"the instalments add up to {format_amount(paid)}, but the funding total "
                        f"is {format_amount(funding.total)}")


@rule("FUN009", "default-terms-missing", "E: funding_agreement",
      summary="a funding agreement has no events_of_default or no remedy_days",
      why="Recovery and suspension need a trigger: the agreement must say what counts as a "
          "default and how long the recipient has to put it right before the funder acts, or "
          "any action the funder takes can be challenged as arbitrary.",
      source=cite(sources.MGFA.at("events of default and remedies"), sources.GOVS_015_AGREEMENTS),
      fix="Add `funding.conditions.events_of_default` (a list) and `remedy_days` (the days the "
          "recipient has to put a default right).")
def default_terms_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A funding agreement's `funding.conditions` has no `events_of_default` or no
    `remedy_days` (one finding naming what is missing). Not run when `funding` is missing
    (FUN001 reports that)."""
    funding = agreement.funding
    if funding is None:
        return
    conditions = funding.conditions
    missing = ["events_of_default", "remedy_days"] if conditions is None else [
        name for name in ("events_of_default", "remedy_days") if is_blank(getattr(conditions, name))]
    if missing:
        yield Violation(_CONDITIONS if conditions is not None else ("funding",),
                        f"the grant conditions do not state {' or '.join(missing)}: what counts "
                        "as a default, and how long the recipient has to put it right")


RULES: tuple[Rule, ...] = (max_sum_below_total, zero_funding, instalments_do_not_add_up, default_terms_missing)
