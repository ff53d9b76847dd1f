"""Governance bodies and the authorising environment (element 3)."""

from __future__ import annotations

from pydantic import Field

from collabagree.model.base import IsoDate, ItemId, PartyKey, PartyRef, Role, ShortText, StrictModel, Text, field
from collabagree.model.enums import DecisionRule


class Member(StrictModel):
    """A party's seat on a governance body."""

    party: PartyRef | None = field("The party (its id).")
    role: Role | None = field("The position that sits on the body.")


class Body(StrictModel):
    """A governance body; the first one listed is the main body."""

    id: ItemId = Field(description="Short id, e.g. fspg.")
    name: ShortText | None = field("The body's name.")
    members: list[Member] | None = field("Who sits on it.")
    chair: ShortText | None = field("The chair's role, or 'rotating'.")
    frequency_months: int | None = field("Months between meetings.", ge=1)
    quorum: Text | None = field("How many members make a quorum.")
    decision_rule: DecisionRule | None = field("consensus, majority, lead_decides, chair_decides or other.")
    decision_note: Text | None = field("How decisions are made when decision_rule is other.")
    terms_of_reference: Text | None = field("Inline terms of reference, or a reference such as Schedule 1.")


class Governance(StrictModel):
    """How the collaboration is governed."""

    bodies: list[Body] | None = field("Governance bodies, main body first.")
    decision_making: Text | None = field("How decisions are made across the collaboration.")
    reserved_matters: Text | None = field("Decisions each party keeps for itself.")


class Approval(StrictModel):
    """A party's internal approval to enter the agreement."""

    party: PartyRef | None = field("The party (its id).")
    body: ShortText | None = field("Who approved, e.g. Cabinet.")
    reference: ShortText | None = field("The decision reference.")
    date: IsoDate | None = field("When (YYYY-MM-DD).")


class AuthorisingEnvironment(StrictModel):
    """Leadership backing, approvals and resources."""

    executive_sponsors: dict[PartyKey, Role] | None = field("Party id -> the executive sponsor's role.")
    approvals: list[Approval] | None = field("Internal approvals by party.")
    resources: Text | None = field("Resources committed until the collaboration is standard practice.")
