"""Funding and resources (element 4)."""

from __future__ import annotations

from collabagree.model.base import Amount, PartyRef, ShortText, StrictModel, Text, field
from collabagree.model.enums import ContributionType


class Contribution(StrictModel):
    """Cash or in-kind resources one party contributes."""

    party: PartyRef | None = field("The contributing party (its id).")
    type: ContributionType | None = field("cash or in_kind.")
    amount: Amount | None = field("Amount in the agreement's currency (a plain number).")
    period: ShortText | None = field("The period covered, e.g. 2026/27-2028/29.")
    description: Text | None = field("What the contribution is.")


class FundingConditions(StrictModel):
    """Grant conditions, for funding agreements."""

    max_sum: Amount | None = field("The most that will be paid.")
    payment_schedule: Text | None = field("When and how payments are made.")
    reporting: Text | None = field("What the recipient reports, and when.")
    recovery: Text | None = field("When money is repaid.")
    audit_access: Text | None = field("Access for audit, and how long records are kept.")


class Funding(StrictModel):
    """Who pays for what."""

    currency: str | None = field("ISO 4217 code, e.g. GBP, NZD, AUD.", pattern=r"^[A-Z]{3}$")
    own_costs: bool | None = field("true: each party bears its own costs.")
    total: Amount | None = field("The total of the cash contributions.")
    contributions: list[Contribution] | None = field("Each party's contributions.")
    subject_to_appropriation: bool | None = field("Whether funding depends on future budgets.")
    mechanism_note: Text | None = field("How different funding mechanisms fit together.")
    conditions: FundingConditions | None = field("Grant conditions.")
