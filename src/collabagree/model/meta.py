"""`agreement:`: what the agreement is, where it applies and how binding it is."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from collabagree.model.base import ShortText, StrictModel, Text, field
from collabagree.model.enums import (
    AgreementType,
    Execution,
    GoverningLaw,
    Jurisdiction,
    Locale,
    Profile,
    Status,
    default_locale,
)


class LegalStatus(StrictModel):
    """Whether the agreement creates legal obligations."""

    binding: bool | Literal["mixed"] | None = field(
        "true, false, or mixed (some clauses bind, listed in binding_clauses).")
    binding_clauses: list[str] | None = field(
        "Ids of the sections (e.g. funding) or schedules that bind, when binding is mixed.")
    statement: Text | None = field("The legal status in words, as it will appear in the document.")


class AgreementMeta(StrictModel):
    """Identity and framing of the agreement."""

    id: ShortText | None = field("The organisation's reference number, e.g. KVBC-FOOD-2026-01.")
    title: ShortText = Field(description="Full title of the agreement.")
    short_title: ShortText | None = field("A shorter title for headers and references.")
    type: AgreementType = Field(description="The kind of agreement; decides which checks apply.")
    jurisdiction: Jurisdiction = Field(description="Where the agreement is made (UK-ENG, NZ, AU-VIC, ...).")
    locale: Locale | None = field(
        "Language and region of the rendered document, for dates and money: en-GB, en-NZ, "
        "en-AU, en-IE or en-US; defaults from the jurisdiction.")
    status: Status = Field("draft", description="draft, final or signed.")
    legal_status: LegalStatus | None = field("Whether and where the agreement is legally binding.")
    profiles: list[Profile] | None = field("Extra rule packs to apply: aps_charter, vic_cross_sector, nz_partnering, uk_compact.")
    governing_law: GoverningLaw | None = field(
        "The law that governs the binding parts (a jurisdiction code), or none for a wholly "
        "non-binding agreement; defaults to the jurisdiction, AU-ACT for AU-CTH.")
    execution: Execution = Field("sign", description="How the parties execute it: sign, deed (with a witness) or seal.")
    counterparts: bool = Field(True, description="Whether it may be signed in counterparts.")
    electronic_signature: bool = Field(True, description="Whether signatures may be electronic.")

    @model_validator(mode="after")
    def _default_locale(self) -> AgreementMeta:
        if self.locale is None:
            self.locale = default_locale(self.jurisdiction)
        if self.governing_law is None:
            # Commonwealth agreements are conventionally governed by the law of the ACT.
            self.governing_law = "AU-ACT" if self.jurisdiction == "AU-CTH" else self.jurisdiction
        return self
