"""The closed sets of FORMAT.md, as Literal types (their values are the YAML spellings)."""

from __future__ import annotations

from typing import Literal, get_args

AgreementType = Literal[
    "mou", "partnering_agreement", "data_sharing_agreement", "funding_agreement",
    "cross_sector_collaboration",
]
Jurisdiction = Literal[
    "UK-ENG", "UK-WLS", "UK-SCT", "UK-NIR", "NZ", "AU-CTH", "AU-NSW", "AU-VIC", "AU-QLD",
    "AU-WA", "AU-SA", "AU-TAS", "AU-ACT", "AU-NT", "OTHER",
]
Status = Literal["draft", "final", "signed"]
Locale = Literal["en-GB", "en-NZ", "en-AU", "en-IE", "en-US"]
"""The locales documents are rendered in: English wording, dates written the local way, and
a language tag every back-end accepts (Typst wants a two-letter region: `en-001` broke the
PDF). A locale outside this list is a schema error, not a broken render."""
Profile = Literal["aps_charter", "vic_cross_sector", "nz_partnering", "uk_compact"]
PartyKind = Literal[
    "central_government", "state_government", "local_government", "crown_entity",
    "public_health_service", "health_service", "charity", "ngo", "social_enterprise",
    "iwi_maori_organisation", "first_nations_organisation", "research_institution",
    "business", "community_group",
]
FoiRegime = Literal[
    "FOIA2000", "FOISA2002", "OIA1982", "LGOIMA1987", "FOI1982_CTH", "FOI1982_VIC",
    "GIPA2009_NSW", "RTI2009_QLD", "FOI1992_WA", "FOI1991_SA", "RTI2009_TAS", "FOI2016_ACT",
    "IA2002_NT", "none", "other",
]
GoverningLaw = Literal[
    "UK-ENG", "UK-WLS", "UK-SCT", "UK-NIR", "NZ", "AU-CTH", "AU-NSW", "AU-VIC", "AU-QLD",
    "AU-WA", "AU-SA", "AU-TAS", "AU-ACT", "AU-NT", "OTHER", "none",
]
Execution = Literal["sign", "deed", "seal"]
ControllerStatus = Literal["separate", "joint", "processor"]
Precedence = Literal["this", "that"]
Capacity = Literal["signatory", "advisory"]
DecisionRule = Literal["consensus", "majority", "lead_decides", "chair_decides", "other"]
ContributionType = Literal["cash", "in_kind"]
KpiKind = Literal["input", "output", "outcome"]
MeetingLevel = Literal["practitioner", "operational", "management", "executive"]
RiskLevel = Literal["low", "medium", "high"]
FinalStep = Literal[
    "mediation", "independent_facilitation", "referral_to_ministers", "referral_to_councils",
    "arbitration", "courts",
]

PUBLIC_KINDS = frozenset({
    "central_government", "state_government", "local_government", "crown_entity",
    "public_health_service",
})
VOLUNTARY_KINDS = frozenset({"charity", "ngo", "social_enterprise", "community_group"})

def values(literal: object) -> tuple[str, ...]:
    """The allowed values of one of the Literal types above."""
    return tuple(get_args(literal))


def default_locale(jurisdiction: str) -> Locale:
    """The locale an agreement takes when it names none: en-GB, en-NZ or en-AU."""
    from collabagree.domain.jurisdictions import jurisdiction as record  # domain imports the model

    return record(jurisdiction).locale
