"""Risk, safeguarding and integrity."""

from __future__ import annotations

from pydantic import Field

from collabagree.model.base import ItemId, PartyRef, StrictModel, Text, field
from collabagree.model.enums import RiskLevel


class Risk(StrictModel):
    """One risk to the collaboration."""

    id: ItemId = Field(description="Short id, e.g. R1.")
    description: Text | None = field("The risk.")
    owner: PartyRef | None = field("The party that manages it.")
    likelihood: RiskLevel | None = field("low, medium or high.")
    impact: RiskLevel | None = field("low, medium or high.")
    mitigation: Text | None = field("What is done about it.")


class Safeguarding(StrictModel):
    """Safeguarding of children and adults at risk."""

    policy_ref: Text | None = field("The safeguarding policy.")
    vetting: Text | None = field("Staff and volunteer vetting.")
    children: bool | None = field("Whether the work involves children.")
    adults_at_risk: bool | None = field("Whether the work involves adults at risk (vulnerable adults).")
