"""Confidentiality, data flows, official information, records and IP (element 7)."""

from __future__ import annotations

from pydantic import Field

from collabagree.model.base import ItemId, PartyKey, PartyOrJoint, PartyRef, ShortText, StrictModel, Text, field
from collabagree.model.enums import ControllerStatus, FoiRegime


class DataFlow(StrictModel):
    """Information passing from one party to another."""

    id: ItemId = Field(description="Short id, e.g. D1.")
    from_: PartyRef | None = field("The party that sends.", alias="from")
    to: PartyRef | None = field("The party that receives.")
    personal: bool | None = field("Whether the flow holds personal information.")
    special_category: bool | None = field("Health, criminal, ethnicity or other special-category data.")
    data_items: list[Text] | None = field("What is shared.")
    lawful_basis: dict[PartyKey, Text] | None = field("Party id -> its lawful basis; one for each end.")
    transfer_method: Text | None = field("How it is sent.")
    security: Text | None = field("How it is protected.")
    frequency: Text | None = field("How often.")
    retention: Text | None = field("How long it is kept.")
    disposal: Text | None = field("How it is destroyed.")
    controller_status: ControllerStatus | None = field(
        "The recipient's role: separate (an independent controller), joint (with the sender) "
        "or processor (acting for the sender).")
    conditions: dict[PartyKey, Text] | None = field(
        "Special category data: party id -> its condition beyond the lawful basis.")


class Processor(StrictModel):
    """A processor a party uses for the shared data."""

    name: ShortText | None = field("The processor's name.")
    acting_for: PartyRef | None = field("The party it processes for.")
    purpose: Text | None = field("What it does with the data.")


class OfficialInformation(StrictModel):
    """Freedom of information and official information duties."""

    regimes: list[FoiRegime] | None = field("The FOI regimes that apply to the parties.")
    consultation_days: int | None = field("Working days to consult the other party on a request.", ge=0)
    assist_on_behalf: Text | None = field(
        "How a non-public party supplies information it holds for a public one.")
    statement: Text | None = field("The official information clause in words.")


class Records(StrictModel):
    """Record keeping: storable, searchable, retrievable."""

    keeper: PartyRef | None = field("The party that keeps the records.")
    system: Text | None = field("The records system.")
    channels_allowed: list[Text] | None = field("Channels that may be used for business.")
    channels_prohibited_for_decisions: list[Text] | None = field("Channels never used for decisions.")
    retention: Text | None = field("How long records are kept.")
    on_termination: Text | None = field("What happens to records at the end.")


class Information(StrictModel):
    """Information handling between the parties."""

    confidentiality: Text | None = field("The confidentiality clause.")
    subject_to_official_information: bool | None = field(
        "true: confidentiality yields to freedom of information law.")
    personal_information_exchanged: bool | None = field("Whether personal information is exchanged.")
    data_flows: list[DataFlow] | None = field("Each flow of information.")
    breach_notification_hours: int | None = field("Hours within which a breach is notified.", ge=0)
    impact_assessment: Text | None = field("DPIA or PIA reference.")
    individual_rights_contact: PartyRef | None = field("The party that handles individuals' requests.")
    official_information: OfficialInformation | None = field("Freedom of information arrangements.")
    records: Records | None = field("Record keeping.")
    onward_sharing: Text | None = field("Whether and how a recipient may share the data further.")
    processors: list[Processor] | None = field("Processors the parties use.")
    international_transfers: Text | None = field("Transfers outside the jurisdiction and their safeguards.")
    accuracy: Text | None = field("How the parties keep shared data accurate and correct it.")
    regulator_notification: Text | None = field("Who tells the regulator about a breach, and when.")


class NewIp(StrictModel):
    """Who owns what the collaboration creates."""

    owner: PartyOrJoint | None = field("A party id, or joint.")
    licence: Text | None = field("The licence granted to the other parties.")


class IntellectualProperty(StrictModel):
    """Intellectual property."""

    background: Text | None = field("Each party keeps its background IP.")
    new: NewIp | None = field("IP created under the agreement.")
    statement: Text | None = field("The IP clause in words.")
