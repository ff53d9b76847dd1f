"""FUN rules: funding and resources (element 4 of a collaboration agreement)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator

from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.model import Agreement
from collabagree.model.funding import Contribution

CONDITION_KEYS: tuple[str, ...] = ("max_sum", "payment_schedule", "reporting", "recovery", "audit_access")
# "2026/27": a financial year written with a two-digit second year.
_SHORT_YEAR = re.compile(r"(?<!\d)(\d{4})/(\d{2})(?!\d)")
_FULL_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")

_OAG_SOURCE = ("NZ Office of the Auditor-General, *Local authorities working together* (2004), "
               "Part 4 (agree at the outset how costs are shared), "
               "https://oag.parliament.nz/2004/working-together/part4.htm")
_GRANTS_SOURCE = ("UK Government Functional Standard GovS 015 Grants, minimum requirement 6 (grant "
                  "agreements), "
                  "https://gov.uk/government/publications/grants-standards/6-grant-agreements-html; "
                  "Model Grant Funding Agreement, https://www.gov.uk/government/publications/"
                  "model-grant-funding-agreement-mgfa/model-grant-funding-agreement-mgfa-html")


def cents(amount: float) -> int | None:
    """An amount in whole cents, so float sums compare exactly (None when it is too large
    for a float: 1e308 passes the schema, but not multiplied by 100)."""
    cents = amount * 100
    return round(cents) if math.isfinite(cents) else None


def cash_sum(amounts: Iterable[float]) -> float:
    """The exact sum of the amounts, or infinity when it is too large for a float."""
    try:
        return math.fsum(amounts)
    except OverflowError:
        return math.inf


def format_amount(amount: float) -> str:
    """12500 -> '12,500'; 12500.5 -> '12,500.50'."""
    return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"


def period_years(period: str | None) -> set[int]:
    """The calendar years a contribution period names: '2026/27-2028/29' -> {2026, ..., 2029}."""
    if not period:
        return set()
    years: set[int] = set()
    for match in _SHORT_YEAR.finditer(period):
        first = int(match.group(1))
        second = first // 100 * 100 + int(match.group(2))
        if second < first:
            second += 100
        years.update((first, second))
    years.update(int(match.group(1)) for match in _FULL_YEAR.finditer(_SHORT_YEAR.sub(" ", period)))
    return years


def _is_cash(contribution: Contribution) -> bool:
    return contribution.type == "cash"


@rule("FUN001", "funding-missing", "E",
      summary="no funding, or neither contributions nor own_costs: true",
      why="Every collaboration costs something; an agreement that does not say who pays for what, "
          "or that each party bears its own costs, leaves the cost of the work to argument later.",
      source=_OAG_SOURCE,
      fix="Add `funding` with each party's `contributions`, or `own_costs: true` when each party "
          "bears its own costs.")
def funding_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """There is no `funding` section, or it lists no contributions and does not say
    `own_costs: true`."""
    funding = agreement.funding
    if funding is None:
        yield Violation(("funding",), "the agreement does not say who pays for what (funding); "
                                      "list contributions or state own_costs: true")
    elif is_blank(funding.contributions) and funding.own_costs is not True:
        yield Violation(("funding", "contributions"),
                        "funding lists no contributions and does not say that each party bears "
                        "its own costs (own_costs: true)")


@rule("FUN002", "total-mismatch", "E",
      summary="total differs from the sum of cash contributions",
      why="When the stated total and the contributions disagree, nobody can tell how much money "
          "has actually been committed, and budgets are approved against the wrong figure.",
      source=_OAG_SOURCE,
      fix="Make `funding.total` equal the sum of the cash contributions' amounts, or correct the "
          "contributions.")
def total_mismatch(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`funding.total` is set and differs (to the cent) from the sum of the amounts of the cash
    contributions."""
    funding = agreement.funding
    if funding is None or funding.total is None:
        return
    cash = cash_sum(item.amount or 0 for item in funding.contributions or () if _is_cash(item))
    if cents(cash) != cents(funding.total):
        yield Violation(("funding", "total"),
                        f"the funding total is {format_amount(funding.total)} but the cash "
                        f"contributions add up to {format_amount(cash)}")


@rule("FUN003", "funding-conditions-incomplete", "E: funding; else not run",
      summary="a funding agreement lacks any of conditions.max_sum, payment_schedule, reporting, "
              "recovery, audit_access",
      why="Grant conditions are what make public money accountable: how much at most, when it is "
          "paid, what is reported, when it is recovered and who may audit it.",
      source=_GRANTS_SOURCE,
      fix="Add `funding.conditions` with `max_sum`, `payment_schedule`, `reporting`, `recovery` "
          "and `audit_access`.")
def funding_conditions_incomplete(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A funding agreement whose `funding.conditions` is missing, or lacks `max_sum`,
    `payment_schedule`, `reporting`, `recovery` or `audit_access` (one finding per missing key).
    Not run when `funding` itself is missing (FUN001 reports that)."""
    funding = agreement.funding
    if funding is None:
        return
    conditions = funding.conditions
    if conditions is None:
        yield Violation(("funding", "conditions"),
                        "the funding agreement has no grant conditions (funding.conditions: "
                        f"{', '.join(CONDITION_KEYS)})")
        return
    for key in CONDITION_KEYS:
        if is_blank(getattr(conditions, key)):
            yield Violation(("funding", "conditions", key),
                            f"the grant conditions do not state {key} (funding.conditions.{key})")


@rule("FUN004", "appropriation-caveat-missing", "I",
      summary="a public party has more than one cash contribution, or one whose period names two "
              "different years, and subject_to_appropriation is unset",
      why="Public bodies budget a year at a time; a commitment that runs over several years "
          "usually depends on future budgets, and the agreement should say so.",
      source="DPMC (NZ), *Guide for central government engagement with local government* (2019) "
             "on the tension between funding mechanisms, "
             "https://dpmc.govt.nz/publications/guidance-central-government-engagement-local-government",
      fix="Set `funding.subject_to_appropriation` to true (funding depends on future budgets) or "
          "false (it is already appropriated).")
def appropriation_caveat_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`funding.subject_to_appropriation` is unset although a public party makes more than one
    cash contribution, or one whose `period` names two different years (2026/27 counts as 2026
    and 2027)."""
    funding = agreement.funding
    if funding is None or funding.subject_to_appropriation is not None:
        return
    # Cash by party, in one pass (not the contributions again for every public party).
    cash_by_party: dict[str, list[Contribution]] = {}
    for item in funding.contributions or ():
        if _is_cash(item) and item.party is not None:
            cash_by_party.setdefault(item.party, []).append(item)
    multi_year: list[str] = []
    for party in agreement.public_parties:
        cash = cash_by_party.get(party.id, [])
        if len(cash) > 1 or any(len(period_years(item.period)) > 1 for item in cash):
            multi_year.append(party.id)
    if multi_year:
        yield Violation(("funding", "subject_to_appropriation"),
                        f"cash from {quote_list(multi_year)} spans more than one budget year; say "
                        "whether it is subject to appropriation (funding.subject_to_appropriation)")


@rule("FUN005", "currency-missing", "E",
      summary="contributions have amounts but no currency",
      why="An amount without a currency is ambiguous, especially across borders or when parties "
          "report in different currencies.",
      source=_OAG_SOURCE,
      fix="Add `funding.currency` with its ISO 4217 code, e.g. GBP, NZD or AUD.")
def currency_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Some contribution has an `amount` but `funding.currency` is missing."""
    funding = agreement.funding
    if funding is None or not is_blank(funding.currency):
        return
    if any(item.amount is not None for item in funding.contributions or ()):
        yield Violation(("funding", "currency"),
                        "contributions give amounts but funding.currency does not say in which "
                        "currency (e.g. GBP, NZD, AUD)")


RULES: tuple[Rule, ...] = (
    funding_missing, total_mismatch, funding_conditions_incomplete, appropriation_caveat_missing,
    currency_missing,
)
