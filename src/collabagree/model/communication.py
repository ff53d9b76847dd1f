"""Communication, coordination and service integration (element 6)."""

from __future__ import annotations

from collabagree.model.base import PartyKey, PartyRef, ShortText, StrictModel, Text, field
from collabagree.model.enums import MeetingLevel


class Meeting(StrictModel):
    """A recurring meeting between parties."""

    name: ShortText | None = field("The meeting's name.")
    level: MeetingLevel | None = field("practitioner, operational, management or executive.")
    parties: list[PartyRef] | None = field("The parties that attend.")
    frequency_months: int | None = field("Months between meetings.", ge=1)


class Communication(StrictModel):
    """How the parties keep each other informed."""

    meetings: list[Meeting] | None = field("Recurring meetings.")
    channels: list[Text] | None = field("Corporate channels used between the parties.")
    media_protocol: Text | None = field("How public statements and media enquiries are handled.")
    no_surprises: Text | None = field("The no-surprises commitment.")


class ReferralPathway(StrictModel):
    """How clients are referred between services."""

    steps: list[Text] | None = field("The referral steps, in order.")
    response_days: int | None = field("Working days to respond to a referral.", ge=0)


class ServiceIntegration(StrictModel):
    """Shared tools and pathways for clients (cross-sector collaborations)."""

    screening_tool: Text | None = field("The shared screening tool.")
    referral_pathway: ReferralPathway | None = field("The referral pathway.")
    care_coordination: Text | None = field("How care is coordinated, with consent.")
    case_documentation: dict[PartyKey, Text] | None = field("Party id -> the case documentation system.")


class CoLocation(StrictModel):
    """Staff of one party working on another's site."""

    host: PartyRef | None = field("The host party.")
    site: Text | None = field("Where.")
    schedule: Text | None = field("When.")
    supervision: PartyRef | None = field("The party that supervises the co-located staff.")


class JointTraining(StrictModel):
    """Training the parties' staff take together."""

    frequency: ShortText | None = field("How often.")
    audience: Text | None = field("Who attends.")
    topics: list[Text] | None = field("What is covered.")
    induction_within_months: int | None = field("Months within which new staff are inducted.", ge=0)

