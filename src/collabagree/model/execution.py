"""Signatures, document control, publication and schedules."""

from __future__ import annotations

from pydantic import Field

from collabagree.model.base import IsoDate, ItemId, PartyRef, Role, ShortText, StrictModel, Text, field


class Signatory(StrictModel):
    """Who signs for a party, and on what authority."""

    party: PartyRef | None = field("The party (its id).")
    position: Role | None = field("The signatory's position.")
    name: ShortText | None = field("The signatory's name (optional).")
    authority_ref: ShortText | None = field("The delegation or decision that authorises the signature.")
    date: IsoDate | None = field("Date signed (YYYY-MM-DD).")


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


class Publication(StrictModel):
    """Whether the agreement will be published."""

    intended: bool | None = field("true if the agreement will be published.")
    redactions: Text | None = field("What is redacted before publication.")


class Schedule(StrictModel):
    """An annex, rendered after the signature blocks."""

    id: ItemId = Field(description="Short id, e.g. tor.")
    title: ShortText | None = field("The schedule's title.")
    body: Text | None = field("Its content.")
