"""Confidentiality, data flows, official information, records and IP (element 7)."""

from __future__ import annotations

from pydantic import Field

from collabagree.model.base import ItemId, PartyKey, PartyOrJoint, PartyRef, StrictModel, Text, field
from collabagree.model.enums import FoiRegime


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


class NewIp(StrictModel):
    """Who owns what the collaboration creates."""

    owner: PartyOrJoint | None = field("A party id, or joint.")
    licence: Text | None = field("The licence granted to the other parties.")


class IntellectualProperty(StrictModel):
    """Intellectual property."""

    background: Text | None = field("Each party keeps its background IP.")
    new: NewIp | None = field("IP created under the agreement.")
    statement: Text | None = field("The IP clause in words.")
