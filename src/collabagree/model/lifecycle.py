"""Term, review, variation, disputes, termination and exit."""

from __future__ import annotations

from pydantic import Field

from collabagree.model.base import IsoDate, PartyKey, Role, ShortText, StrictModel, Text, field
from collabagree.model.enums import FinalStep, Precedence


class Term(StrictModel):
    """When the agreement runs."""

    start: IsoDate = Field(description="The first day of the agreement (YYYY-MM-DD).")
    end: IsoDate | None = field("The last day; leave out for an open-ended agreement.")


class Review(StrictModel):
    """When and why the agreement is reviewed."""

    interval_months: int | None = field("Months between reviews (12 or fewer).", ge=1, le=1200)
    first_review: IsoDate | None = field("The first review date (YYYY-MM-DD).")
    triggers: list[Text] | None = field("Events that trigger an early review.")


class Variation(StrictModel):
    """How the agreement is changed."""

    in_writing: bool | None = field("true: changes only in writing, signed by all parties.")
    approvers: dict[PartyKey, Role] | None = field("Party id -> the role that approves variations.")


class DisputeLevel(StrictModel):
    """One level of the dispute escalation ladder."""

    roles: dict[PartyKey, Role] | None = field("Party id -> the role that handles the dispute at this level.")
    timeframe_days: int | None = field("Working days to resolve at this level.", ge=1)


class DisputeResolution(StrictModel):
    """How disagreements are resolved."""

    levels: list[DisputeLevel] | None = field("Escalation levels, lowest first.")
    final_step: FinalStep | None = field("What happens when the last level fails.")
    note: Text | None = field("Anything else about resolving disputes.")


class Termination(StrictModel):
    """How the agreement ends early."""

    notice_days: int | None = field("Days of written notice to withdraw.", ge=0)
    immediate_grounds: list[Text] | None = field("Grounds for ending it at once.")


class Exit(StrictModel):
    """What happens at the end."""

    data: Text | None = field("What happens to shared data.")
    records: Text | None = field("What happens to records.")
    assets: Text | None = field("What happens to shared assets.")
    clients: Text | None = field("What happens to clients in service.")


class RelatedInstrument(StrictModel):
    """Another instrument this agreement relates to."""

    title: ShortText | None = field("Its title.")
    relationship: Text | None = field("How it relates.")
    precedence: Precedence | None = field("Which prevails where the two conflict: this or that.")
    binding: bool | None = field("Whether that instrument is legally binding.")
