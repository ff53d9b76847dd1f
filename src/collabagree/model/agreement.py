"""The whole agreement file (FORMAT.md version 1)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from collabagree.model.base import PartyRef, StrictModel, Text, field
from collabagree.model.communication import (
    CoLocation,
    Communication,
    JointTraining,
    ServiceIntegration,
)
from collabagree.model.enums import VOLUNTARY_KINDS
from collabagree.model.execution import DocumentControl, Publication, Schedule, Signatory
from collabagree.model.funding import Funding
from collabagree.model.governance import AuthorisingEnvironment, Governance
from collabagree.model.information import Information, IntellectualProperty
from collabagree.model.lifecycle import (
    DisputeResolution,
    Exit,
    RelatedInstrument,
    Review,
    Term,
    Termination,
    Variation,
)
from collabagree.model.meta import AgreementMeta
from collabagree.model.parties import Party
from collabagree.model.performance import Evaluation, Kpi, Reporting
from collabagree.model.purpose import Engagement, Facilitator, Objective, Purpose, Scope
from collabagree.model.risk import Risk, Safeguarding
from collabagree.model.roles import PartyRoles, WorkItem


class Agreement(StrictModel):
    """A collaboration agreement, as one YAML file."""

    collabagree: Literal[1] = Field(description="The format version; this format is 1.")
    agreement: AgreementMeta = Field(description="What the agreement is.")
    parties: list[Party] = Field(description="The organisations that are party to it.")
    lead_agency: PartyRef | None = field("The party that leads and coordinates.")
    facilitator: Facilitator | None = field("An independent facilitator.")
    background: list[Text] | None = field("Recitals: the background, one paragraph each.")
    purpose: Purpose = Field(description="Why the parties collaborate.")
    rationale: Text | None = field("The case for collaborating: benefits and likely challenges.")
    scope: Scope | None = field("What is in and out of scope.")
    objectives: list[Objective] | None = field("Objectives, each with an id.")
    principles: list[Text] | None = field("Principles of working together.")
    engagement: Engagement | None = field("People and communities beyond the parties.")
    roles: list[PartyRoles] | None = field("Responsibilities, by party.")
    work_programme: list[WorkItem] | None = field("The shared work programme.")
    governance: Governance | None = field("Governance bodies and decision making.")
    authorising_environment: AuthorisingEnvironment | None = field("Sponsors, approvals and resources.")
    funding: Funding | None = field("Funding and resources.")
    kpis: list[Kpi] | None = field("Key performance indicators.")
    reporting: list[Reporting] | None = field("Reporting lines.")
    evaluation: Evaluation | None = field("Evaluation of the collaboration.")
    communication: Communication | None = field("Meetings, channels and media.")
    service_integration: ServiceIntegration | None = field("Screening, referral and case documentation.")
    co_location: CoLocation | None = field("Co-located staff.")
    joint_training: JointTraining | None = field("Training the parties' staff take together.")
    information: Information | None = field("Confidentiality, data, official information and records.")
    intellectual_property: IntellectualProperty | None = field("Intellectual property.")
    risks: list[Risk] | None = field("Risks, each with an owner and mitigation.")
    safeguarding: Safeguarding | None = field("Safeguarding arrangements.")
    treaty_partnership: Text | None = field("NZ: the Te Tiriti o Waitangi statement.")
    term: Term = Field(description="When the agreement runs.")
    review: Review | None = field("Review dates and triggers.")
    variation: Variation | None = field("How the agreement is varied.")
    dispute_resolution: DisputeResolution | None = field("The dispute escalation ladder.")
    termination: Termination | None = field("Notice and grounds for ending early.")
    exit: Exit | None = field("What happens at the end.")
    related_instruments: list[RelatedInstrument] | None = field("Related agreements and instruments.")
    definitions: dict[str, Text] | None = field("Defined term -> its meaning.")
    signatories: list[Signatory] | None = field("Who signs, for which party, on what authority.")
    document_control: DocumentControl | None = field("Version, date and history.")
    publication: Publication | None = field("Whether it will be published.")
    schedules: list[Schedule] | None = field("Annexes, after the signature blocks.")

    @model_validator(mode="after")
    def _party_jurisdiction(self) -> Agreement:
        for party in self.parties:
            if party.jurisdiction is None:
                party.jurisdiction = self.agreement.jurisdiction
        return self

    @property
    def type(self) -> str:
        """The agreement type (mou, partnering_agreement, ...)."""
        return self.agreement.type

    @property
    def party_ids(self) -> set[str]:
        """The ids of the declared parties."""
        return {party.id for party in self.parties}

    @property
    def public_parties(self) -> list[Party]:
        """Parties that are public authorities."""
        return [party for party in self.parties if party.public_authority]

    @property
    def voluntary_parties(self) -> list[Party]:
        """Charities, NGOs, social enterprises and community groups."""
        return [party for party in self.parties if party.kind in VOLUNTARY_KINDS]
