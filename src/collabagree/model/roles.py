"""Roles, responsibilities and the work programme (element 2)."""

from __future__ import annotations

from pydantic import Field

from collabagree.model.base import IsoDate, ItemId, PartyRef, Role, ShortText, StrictModel, Text, field


class Responsibility(StrictModel):
    """One thing a party undertakes to do."""

    id: ItemId | None = field("Optional id, unique across the agreement, e.g. C1.")
    owner_role: Role | None = field("The position accountable for it.")
    text: Text | None = field("What the party will do.")


class PartyRoles(StrictModel):
    """The responsibilities of one party."""

    party: PartyRef | None = field("The party (its id).")
    responsibilities: list[Responsibility] | None = field("What this party undertakes.")


class Milestone(StrictModel):
    """A dated milestone of a workstream."""

    name: ShortText | None = field("What is delivered.")
    due: IsoDate | None = field("When it is due (YYYY-MM-DD).")


class WorkItem(StrictModel):
    """One workstream of the shared work programme."""

    id: ItemId = Field(description="Short id, e.g. W1.")
    workstream: Text | None = field("The workstream.")
    owner: PartyRef | None = field("The party that leads it.")
    objective: str | None = field("The objective id it serves.")
    milestones: list[Milestone] | None = field("Its milestones.")
