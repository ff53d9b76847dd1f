"""`parties:`: the organisations that sign, and how to reach them."""

from __future__ import annotations

from pydantic import Field, model_validator

from collabagree.model.base import IdentifierValue, PartyId, Role, ShortText, StrictModel, Text, field
from collabagree.model.enums import PUBLIC_KINDS, FoiRegime, Jurisdiction, PartyKind


class Contact(StrictModel):
    """Who to contact at a party: a role and a channel, never a person."""

    role: Role | None = field("The contact's position, e.g. Partnership Officer.")
    channel: ShortText | None = field("A corporate mailbox or phone line.")


class Notices(StrictModel):
    """Where formal notices to a party go."""

    address: Text | None = field("The postal address for notices.")
    email: ShortText | None = field("The e-mail address for notices (a corporate mailbox).")
    for_attention_of: Role | None = field("The position notices are marked for.")


class Dpo(StrictModel):
    """A party's data protection officer or privacy officer."""

    role: Role | None = field("The position, e.g. Data Protection Officer.")
    channel: ShortText | None = field("A corporate mailbox or phone line.")


class Party(StrictModel):
    """One organisation that is a party to the agreement."""

    id: PartyId = Field(description="Short id other fields use to point at this party (lower case).")
    name: ShortText = Field(description="The party's full legal name.")
    short_name: ShortText | None = field("How the document refers to the party, e.g. the Council.")
    kind: PartyKind = Field(description="What sort of organisation the party is.")
    public_authority: bool | None = field(
        "Whether the party is a public authority; defaults to true for government, crown "
        "entities and public health services.")
    jurisdiction: Jurisdiction | None = field("Where the party sits; defaults to the agreement's jurisdiction.")
    foi_regime: FoiRegime | None = field("The freedom of information law the party answers to.")
    statutory_basis: Text | None = field("The power under which the party enters the agreement.")
    identifiers: dict[str, IdentifierValue] | None = field(
        "Registration numbers, e.g. {charity_number: '1234567'}.")
    address: Text | None = field("Registered or main office address.")
    contact: Contact | None = field("The party's contact for this agreement.")
    notices: Notices | None = field("Where formal notices to the party go.")
    legal_person: ShortText | None = field(
        "The legal person the party is part of, when it is not one itself (e.g. the Crown); "
        "derived from kind and jurisdiction when absent.")
    dpo: Dpo | None = field("The party's data protection officer or privacy officer.")

    @model_validator(mode="after")
    def _default_public_authority(self) -> Party:
        if self.public_authority is None:
            self.public_authority = self.kind in PUBLIC_KINDS
        return self

    @property
    def label(self) -> str:
        """The name the document uses for this party."""
        return self.short_name or self.name
