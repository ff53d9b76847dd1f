"""One record per jurisdiction: every fact the tool states or uses about where it is.

Locale and currency, spelling, usual job titles, the freedom of information law a public
body answers to, the courts and the arbitration statute, and the sentences whose wording
differs by jurisdiction. Adding a jurisdiction means adding its record here (and its code
to `model.enums.Jurisdiction`); `tests/domain` fails until every field is filled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from collabagree.domain import sources
from collabagree.domain.sources import Source

if TYPE_CHECKING:  # the model imports this module
    from collabagree.model.enums import Locale


@dataclass(frozen=True, slots=True)
class Family:
    """What a family of jurisdictions (UK, NZ, AU) shares."""

    code: str
    locale: Locale
    currency: str
    programme: str
    """How government spells the word: Programme (UK, NZ) or Program (AU)."""
    senior_official: str
    """The usual title of a central government party's senior signatory."""
    appropriation: str
    """The caveat that funding for future years depends on the budget process."""
    foi_consultation_code: str = ""
    """The code of practice on consulting third parties about FOI requests, where one exists."""


@dataclass(frozen=True, slots=True)
class JurisdictionRecord:
    """Everything about one jurisdiction code of the format."""

    code: str
    name: str
    family: Family
    foi_regime: str | None
    """The FOI regime of a public body here (`None`: it depends on the kind, or is unknown)."""
    courts: str | None
    arbitration_act: Source | None
    foi_regime_by_kind: dict[str, str] = field(default_factory=dict)
    """Where the regime depends on the kind of body: New Zealand (councils, central agencies),
    Scotland (a UK government department there is a reserved body under FOIA 2000); kinds not
    listed take `foi_regime`."""
    devolved_government: tuple[str, ...] = ()
    """Names of the devolved government, whose central_government bodies answer to
    `foi_regime` even where `foi_regime_by_kind` gives central government another regime
    (the Scottish Government and Scottish Ministers answer to FOISA 2002)."""
    government_legal_person: str | None = None
    """The legal person a government department here is part of (it is not one itself)."""

    @property
    def locale(self) -> Locale:
        """The locale an agreement here takes when it names none."""
        return self.family.locale

    @property
    def currency(self) -> str:
        """ISO 4217 code of the currency (XXX, "no currency", where none can be known)."""
        return self.family.currency


UK = Family(
    code="UK", locale="en-GB", currency="GBP", programme="Programme",
    senior_official="Director General",
    appropriation="Funding for future financial years is subject to each Party setting a budget that provides for it.",
    foi_consultation_code="the code of practice on consultation with third parties",
)
NZ = Family(
    code="NZ", locale="en-NZ", currency="NZD", programme="Programme",
    senior_official="Deputy Chief Executive",
    appropriation="Funding for future financial years is subject to appropriation by Parliament or approval "
                  "through each Party's annual plan, as applies to that Party.",
)
AU = Family(
    code="AU", locale="en-AU", currency="AUD", programme="Program",
    senior_official="Deputy Secretary",
    appropriation="Funding for future financial years is subject to the appropriation or approval of "
                  "sufficient funds through each Party's budget process.",
)
OTHER_FAMILY = Family(
    code="OTHER", locale="en-GB", currency="XXX", programme="Programme",
    senior_official="Deputy Secretary",
    appropriation="Funding for future financial years is subject to each Party setting a budget that provides for it.",
)

_NZ_BY_KIND = {
    "central_government": "OIA1982",
    "crown_entity": "OIA1982",
    # Health New Zealand and the other public health bodies are Crown entities, under the OIA.
    "public_health_service": "OIA1982",
    "local_government": "LGOIMA1987",
}

# UK government departments working in Scotland are reserved bodies: FOIA 2000 covers them and
# FOISA 2002 does not (FOIA s 80, FOISA s 3 and Schedule 1). The devolved Scottish Government is
# central government too, but a Scottish public authority: it is recognised by name.
_SCOTLAND_BY_KIND = {"central_government": "FOIA2000"}
_SCOTTISH_GOVERNMENT = ("Scottish Government", "Scottish Ministers", "Scottish Executive")

_RECORDS: tuple[JurisdictionRecord, ...] = (
    JurisdictionRecord("UK-ENG", "England", UK, "FOIA2000", "the courts of England and Wales",
                       sources.ARBITRATION_ACT_1996,
                       government_legal_person="the Crown"),
    JurisdictionRecord("UK-WLS", "Wales", UK, "FOIA2000", "the courts of England and Wales",
                       sources.ARBITRATION_ACT_1996,
                       government_legal_person="the Crown"),
    JurisdictionRecord("UK-SCT", "Scotland", UK, "FOISA2002", "the Scottish courts",
                       sources.ARBITRATION_SCOTLAND_2010, _SCOTLAND_BY_KIND,
                       government_legal_person="the Crown", devolved_government=_SCOTTISH_GOVERNMENT),
    JurisdictionRecord("UK-NIR", "Northern Ireland", UK, "FOIA2000", "the courts of Northern Ireland",
                       sources.ARBITRATION_ACT_1996,
                       government_legal_person="the Crown"),
    JurisdictionRecord("NZ", "New Zealand", NZ, None, "the courts of New Zealand",
                       sources.ARBITRATION_ACT_1996_NZ, _NZ_BY_KIND,
                       government_legal_person="the Crown"),
    JurisdictionRecord("AU-CTH", "the Commonwealth of Australia", AU, "FOI1982_CTH",
                       "the Federal Court of Australia", None,
                       government_legal_person="the Commonwealth of Australia"),
    JurisdictionRecord("AU-NSW", "New South Wales", AU, "GIPA2009_NSW", "the courts of New South Wales",
                       sources.CAA_NSW,
                       government_legal_person="the State of New South Wales"),
    JurisdictionRecord("AU-VIC", "Victoria", AU, "FOI1982_VIC", "the courts of Victoria", sources.CAA_VIC,
                       government_legal_person="the State of Victoria"),
    JurisdictionRecord("AU-QLD", "Queensland", AU, "RTI2009_QLD", "the courts of Queensland", sources.CAA_QLD,
                       government_legal_person="the State of Queensland"),
    JurisdictionRecord("AU-WA", "Western Australia", AU, "FOI1992_WA", "the courts of Western Australia",
                       sources.CAA_WA,
                       government_legal_person="the State of Western Australia"),
    JurisdictionRecord("AU-SA", "South Australia", AU, "FOI1991_SA", "the courts of South Australia",
                       sources.CAA_SA,
                       government_legal_person="the State of South Australia"),
    JurisdictionRecord("AU-TAS", "Tasmania", AU, "RTI2009_TAS", "the courts of Tasmania", sources.CAA_TAS,
                       government_legal_person="the State of Tasmania"),
    JurisdictionRecord("AU-ACT", "the Australian Capital Territory", AU, "FOI2016_ACT",
                       "the courts of the Australian Capital Territory", sources.CAA_ACT,
                       government_legal_person="the Australian Capital Territory"),
    JurisdictionRecord("AU-NT", "the Northern Territory", AU, "IA2002_NT", "the courts of the Northern Territory",
                       sources.CAA_NT,
                       government_legal_person="the Northern Territory of Australia"),
    JurisdictionRecord("OTHER", "another jurisdiction", OTHER_FAMILY, None, None, None),
)

JURISDICTIONS: dict[str, JurisdictionRecord] = {record.code: record for record in _RECORDS}
"""Every jurisdiction code of the format, with its record."""


def jurisdiction(code: str | None) -> JurisdictionRecord:
    """The record of `code`; the OTHER record for None or an unknown code."""
    return JURISDICTIONS.get(code or "", JURISDICTIONS["OTHER"])


GOVERNMENT_KINDS = frozenset({"central_government", "state_government"})
"""Kinds whose bodies are departments of a government, not legal persons of their own."""


def derived_legal_person(kind: str, code: str | None) -> str | None:
    """The legal person a party of this kind and jurisdiction is part of (FORMAT-1.1): a UK or
    New Zealand department is part of the Crown, a Commonwealth or State department part of
    the Commonwealth or that State; None for bodies that are legal persons themselves."""
    if kind not in GOVERNMENT_KINDS:
        return None
    return jurisdiction(code).government_legal_person


def codes_in_words() -> str:
    """`UK-ENG, UK-WLS, ... or OTHER`, for help text."""
    codes = list(JURISDICTIONS)
    return ", ".join(codes[:-1]) + " or " + codes[-1]
