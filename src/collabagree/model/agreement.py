"""The whole agreement file (FORMAT.md version 1)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from collabagree.domain.jurisdictions import derived_legal_person
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
from collabagree.model.kinds import CoverageArea
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

# The coverage areas of `check --coverage` (report/coverage.py), marked on each section.
PURPOSE_SCOPE = CoverageArea("purpose_scope")
ROLES = CoverageArea("roles")
GOVERNANCE = CoverageArea("governance")
FUNDING = CoverageArea("funding")
PERFORMANCE = CoverageArea("performance")
COMMUNICATION = CoverageArea("communication")
IP_CONFIDENTIALITY = CoverageArea("ip_confidentiality")
LIFECYCLE = CoverageArea("lifecycle")
INFORMATION = CoverageArea("information")
EXECUTION = CoverageArea("execution")


class Agreement(StrictModel):
    """A collaboration agreement, as one YAML file."""

    collabagree: Literal[1] = Field(description="The format version; this format is 1.")
    agreement: Annotated[AgreementMeta, EXECUTION] = Field(description="What the agreement is.")
    parties: Annotated[list[Party], ROLES] = Field(description="The organisations that are party to it.")
    lead_agency: Annotated[PartyRef | None, ROLES] = field("The party that leads and coordinates.")
    facilitator: Annotated[Facilitator | None, ROLES] = field("An independent facilitator.")
    background: Annotated[list[Text] | None, PURPOSE_SCOPE] = field("Recitals: the background, one paragraph each.")
    purpose: Annotated[Purpose, PURPOSE_SCOPE] = Field(description="Why the parties collaborate.")
    rationale: Annotated[Text | None, PURPOSE_SCOPE] = field("The case for collaborating: benefits and likely challenges.")
    scope: Annotated[Scope | None, PURPOSE_SCOPE] = field("What is in and out of scope.")
    objectives: Annotated[list[Objective] | None, PURPOSE_SCOPE] = field("Objectives, each with an id.")
    principles: Annotated[list[Text] | None, PURPOSE_SCOPE] = field("Principles of working together.")
    engagement: Annotated[Engagement | None, PURPOSE_SCOPE] = field("People and communities beyond the parties.")
    roles: Annotated[list[PartyRoles] | None, ROLES] = field("Responsibilities, by party.")
    work_programme: Annotated[list[WorkItem] | None, ROLES] = field("The shared work programme.")
    governance: Annotated[Governance | None, GOVERNANCE] = field("Governance bodies and decision making.")
    authorising_environment: Annotated[AuthorisingEnvironment | None, GOVERNANCE] = field("Sponsors, approvals and resources.")
    funding: Annotated[Funding | None, FUNDING] = field("Funding and resources.")
    kpis: Annotated[list[Kpi] | None, PERFORMANCE] = field("Key performance indicators.")
    reporting: Annotated[list[Reporting] | None, PERFORMANCE] = field("Reporting lines.")
    evaluation: Annotated[Evaluation | None, PERFORMANCE] = field("Evaluation of the collaboration.")
    communication: Annotated[Communication | None, COMMUNICATION] = field("Meetings, channels and media.")
    service_integration: Annotated[ServiceIntegration | None, COMMUNICATION] = field(
        "Screening, referral and case documentation.")
    co_location: Annotated[CoLocation | None, COMMUNICATION] = field("Co-located staff.")
    joint_training: Annotated[JointTraining | None, COMMUNICATION] = field("Training the parties' staff take together.")
    information: Annotated[Information | None, INFORMATION] = field("Confidentiality, data, official information and records.")
    intellectual_property: Annotated[IntellectualProperty | None, IP_CONFIDENTIALITY] = field("Intellectual property.")
    risks: Annotated[list[Risk] | None, GOVERNANCE] = field("Risks, each with an owner and mitigation.")
    safeguarding: Annotated[Safeguarding | None, GOVERNANCE] = field("Safeguarding arrangements.")
    treaty_partnership: Annotated[Text | None, GOVERNANCE] = field("NZ: the Te Tiriti o Waitangi statement.")
    term: Annotated[Term, LIFECYCLE] = Field(description="When the agreement runs.")
    review: Annotated[Review | None, LIFECYCLE] = field("Review dates and triggers.")
    variation: Annotated[Variation | None, LIFECYCLE] = field("How the agreement is varied.")
    dispute_resolution: Annotated[DisputeResolution | None, LIFECYCLE] = field("The dispute escalation ladder.")
    termination: Annotated[Termination | None, LIFECYCLE] = field("Notice and grounds for ending early.")
    exit: Annotated[Exit | None, LIFECYCLE] = field("What happens at the end.")
    related_instruments: Annotated[list[RelatedInstrument] | None, LIFECYCLE] = field("Related agreements and instruments.")
    definitions: Annotated[dict[str, Text] | None, PURPOSE_SCOPE] = field("Defined term -> its meaning.")
    signatories: Annotated[list[Signatory] | None, EXECUTION] = field("Who signs, for which party, on what authority.")
    document_control: Annotated[DocumentControl | None, EXECUTION] = field("Version, date and history.")
    publication: Annotated[Publication | None, EXECUTION] = field("Whether it will be published.")
    schedules: Annotated[list[Schedule] | None, EXECUTION] = field("Annexes, after the signature blocks.")

    @model_validator(mode="after")
    def _party_jurisdiction(self) -> Agreement:
        for party in self.parties:
            if party.jurisdiction is None:
                party.jurisdiction = self.agreement.jurisdiction
            if party.legal_person is None:
                party.legal_person = derived_legal_person(party.kind, party.jurisdiction)
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
