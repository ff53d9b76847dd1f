"""The agreement types: one row each, with every name the tool uses for it.

`value` is the format's spelling (`agreement.type`), `short` the name RULES.md, `--type` and
the register use, `title` the type in words on documents and prompts, `noun` what the
document calls itself, and `help` the one-line explanation `init` shows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AgreementTypeInfo:
    """Every name of one agreement type."""

    value: str
    short: str
    title: str
    noun: str
    help: str


AGREEMENT_TYPES: tuple[AgreementTypeInfo, ...] = (
    AgreementTypeInfo(
        "mou", "mou", "Memorandum of Understanding", "Memorandum",
        "Memorandum of Understanding: a non-binding arrangement, usually between government "
        "bodies, recording how they will work together."),
    AgreementTypeInfo(
        "partnering_agreement", "partnering", "Partnering Agreement", "Agreement",
        "Partnering agreement: a standing partnership with shared governance, a vision and a "
        "joint work programme."),
    AgreementTypeInfo(
        "data_sharing_agreement", "data_sharing", "Data Sharing Agreement", "Agreement",
        "Data sharing agreement: what information flows between the parties, on what lawful "
        "basis and with what safeguards."),
    AgreementTypeInfo(
        "funding_agreement", "funding", "Funding Agreement", "Agreement",
        "Funding agreement: one party funds another (often a charity or NGO) under grant "
        "conditions, reporting and outcomes."),
    AgreementTypeInfo(
        "cross_sector_collaboration", "cross_sector", "Cross-Sector Collaboration Agreement", "Agreement",
        "Cross-sector collaboration: services from different sectors share screening, referral "
        "and training for the same clients."),
)

BY_VALUE: dict[str, AgreementTypeInfo] = {info.value: info for info in AGREEMENT_TYPES}
TYPE_TITLES: dict[str, str] = {info.value: info.title for info in AGREEMENT_TYPES}
"""Each agreement type in words, for documents and prompts."""
TYPE_SHORT_NAMES: dict[str, str] = {info.short: info.value for info in AGREEMENT_TYPES}
"""The short type names (RULES.md, `--type`, the register) to the full value."""
TYPE_HELP: dict[str, str] = {info.value: info.help for info in AGREEMENT_TYPES}
"""The one-line explanation of each type that `init` shows."""


def short_type_name(value: str) -> str:
    """`data_sharing_agreement` -> `data_sharing`."""
    return BY_VALUE[value].short if value in BY_VALUE else value
