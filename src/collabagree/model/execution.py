"""Signatures, document control, publication and schedules."""

from __future__ import annotations

from pydantic import Field

from collabagree.model.base import IsoDate, ItemId, PartyRef, Role, ShortText, StrictModel, Text, field
from collabagree.model.enums import Capacity, FoiRegime


class Witness(StrictModel):
    """Who witnesses a signature on a deed."""

    name: ShortText | None = field("The witness's name.")
    occupation: ShortText | None = field("The witness's occupation.")
    address: Text | None = field("The witness's address.")


class Signatory(StrictModel):
    """Who signs for a party, and on what authority."""

    party: PartyRef | None = field("The party (its id).")
    position: Role | None = field("The signatory's position.")
    name: ShortText | None = field("The signatory's name (optional).")
    authority_ref: ShortText | None = field("The delegation or decision that authorises the signature.")
    date: IsoDate | None = field("Date signed (YYYY-MM-DD).")
    witness: Witness | None = field("For execution as a deed: the witness.")
    capacity: Capacity = Field("signatory", description=(
        "signatory, or advisory for a person who approves but does not bind the party "
        "(a Caldicott Guardian, a SIRO)."))


class HistoryEntry(StrictModel):
    """One version in the document's history."""

    version: ShortText | None = field("Version number, in quotes, e.g. '0.9'.")
    date: IsoDate | None = field("When (YYYY-MM-DD).")
    changes: Text | None = field("What changed.")


class DocumentControl(StrictModel):
    """Version control of the agreement document."""

    version: ShortText | None = field("Version number, in quotes, e.g. '1.0'.")
    date: IsoDate | None = field("Date of this version (YYYY-MM-DD).")
    owner: PartyRef | None = field("The party that keeps the master copy.")
    register_ref: ShortText | None = field("Reference in the owner's register of agreements.")
    history: list[HistoryEntry] | None = field("Earlier versions.")


class Redaction(StrictModel):
    """One value withheld from the public version, and the lawful ground for it."""

    path: ShortText = Field(description=(
        "What is withheld: dot-separated keys from the root; an item's id or [n] selects a list item."))
    ground: ShortText | None = field("The exemption or withholding ground, as the Act writes it (s40(2), s9(2)(a)).")
    reason: Text | None = field("Why the ground applies to this value.")
    approved_by: Role | None = field("The position that approved the redaction.")
    review: IsoDate | None = field("When the redaction is next reviewed (YYYY-MM-DD).")


class Publication(StrictModel):
    """Whether the agreement will be published."""

    intended: bool | None = field("true if the agreement will be published.")
    by: PartyRef | None = field("The publishing party; defaults to the lead agency, else the first public party.")
    regime: FoiRegime | None = field("The regime whose grounds apply; defaults to the publishing party's.")
    redactions: list[Redaction] | Text | None = field(
        "The values withheld from the public version (a list), or the old free-text description.")


class Schedule(StrictModel):
    """An annex, rendered after the signature blocks."""

    id: ItemId = Field(description="Short id, e.g. tor.")
    title: ShortText | None = field("The schedule's title.")
    body: Text | None = field("Its content.")
