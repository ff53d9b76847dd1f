"""Funding and resources (element 4)."""

from __future__ import annotations

from collabagree.model.base import Amount, IsoDate, PartyRef, ShortText, StrictModel, Text, field
from collabagree.model.enums import ContributionType


class Contribution(StrictModel):
    """Cash or in-kind resources one party contributes."""

    party: PartyRef | None = field("The contributing party (its id).")
    type: ContributionType | None = field("cash or in_kind.")
    amount: Amount | None = field("Amount in the agreement's currency (a plain number).")
    period: ShortText | None = field("The period covered, e.g. 2026/27-2028/29.")
    description: Text | None = field("What the contribution is.")


class Instalment(StrictModel):
    """One payment of the grant."""

    due: IsoDate | None = field("When it is paid (YYYY-MM-DD).")
    amount: Amount | None = field("How much (a plain number).")
    condition: Text | None = field("What must happen first, e.g. the previous Monitoring Return.")


class FundingConditions(StrictModel):
    """Grant conditions, for funding agreements."""

    max_sum: Amount | None = field("The most that will be paid.")
    payment_schedule: Text | None = field("When and how payments are made.")
    reporting: Text | None = field("What the recipient reports, and when.")
    recovery: Text | None = field("When money is repaid.")
    audit_access: Text | None = field("Access for audit, and how long records are kept.")
    eligible_expenditure: Text | None = field("What the grant may be spent on.")
    instalments: list[Instalment] | None = field("The payment schedule as data.")
    events_of_default: list[Text] | None = field("What counts as a default by the recipient.")
    remedy_days: int | None = field("Days the recipient has to put a default right.", ge=0)
    suspension: Text | None = field("When and how the funder may suspend or withhold payment.")
    assets: Text | None = field("What happens to assets bought with the grant.")
    vat: Text | None = field("How VAT (GST) is treated.")
    insurance: Text | None = field("The insurance the recipient must hold.")


class Funding(StrictModel):
    """Who pays for what."""

    currency: str | None = field("ISO 4217 code, e.g. GBP, NZD, AUD.", pattern=r"^[A-Z]{3}$")
    own_costs: bool | None = field("true: each party bears its own costs.")
    total: Amount | None = field("The total of the cash contributions.")
    contributions: list[Contribution] | None = field("Each party's contributions.")
    subject_to_appropriation: bool | None = field("Whether funding depends on future budgets.")
    mechanism_note: Text | None = field("How different funding mechanisms fit together.")
    conditions: FundingConditions | None = field("Grant conditions.")
