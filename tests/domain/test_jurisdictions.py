"""Every jurisdiction of the format has a complete record, and the records agree with the
places that use them."""

from __future__ import annotations

import dataclasses
import re

import pytest

from collabagree.domain.agreement_types import AGREEMENT_TYPES
from collabagree.domain.jurisdictions import JURISDICTIONS, codes_in_words, jurisdiction
from collabagree.domain.regimes import REGIMES, fitting_regime_for
from collabagree.model.enums import AgreementType, Jurisdiction, PartyKind, default_locale, values

REAL = [code for code in values(Jurisdiction) if code != "OTHER"]


def test_every_jurisdiction_has_a_record() -> None:
    assert list(JURISDICTIONS) == list(values(Jurisdiction))


@pytest.mark.parametrize("code", REAL)
def test_record_is_complete(code: str) -> None:
    record = JURISDICTIONS[code]
    assert record.name and record.courts, f"{code}: no courts, so clauses would fall back to generic wording"
    for name, value in dataclasses.asdict(record.family).items():
        if name != "foi_consultation_code":
            assert value, f"{code}: family field {name} is empty"
    regimes = set(record.foi_regime_by_kind.values()) | ({record.foi_regime} if record.foi_regime else set())
    assert regimes and regimes <= set(REGIMES), f"{code}: no FOI regime, or one without an Act"
    assert re.fullmatch(r"en-(GB|NZ|AU)", record.locale)
    # Every Australian jurisdiction but the Commonwealth has its own uniform arbitration Act.
    if code != "AU-CTH":
        assert record.arbitration_act is not None and record.arbitration_act.url.startswith("https://")


def test_unknown_code_falls_back_to_other() -> None:
    assert jurisdiction("XX").code == "OTHER" and jurisdiction(None).code == "OTHER"


def test_defaults_come_from_the_records() -> None:
    assert default_locale("NZ") == "en-NZ" and default_locale("AU-VIC") == "en-AU"
    assert default_locale("UK-SCT") == "en-GB" and default_locale("OTHER") == "en-GB"
    assert fitting_regime_for("NZ", "local_government") == "LGOIMA1987"
    assert fitting_regime_for("NZ", "charity") is None
    assert fitting_regime_for("UK-SCT", "local_government") == "FOISA2002"
    assert fitting_regime_for("OTHER", "local_government") is None


def test_help_lists_every_code() -> None:
    assert codes_in_words().endswith(" or OTHER")
    assert all(code in codes_in_words() for code in values(Jurisdiction))


def test_agreement_types_table_is_complete() -> None:
    assert [info.value for info in AGREEMENT_TYPES] == list(values(AgreementType))
    for info in AGREEMENT_TYPES:
        assert info.title and info.noun and info.help and info.short


def test_place_wording_has_no_markup() -> None:
    # ClauseHelpers.place_wording prints these unescaped: they must hold no Markdown.
    for record in JURISDICTIONS.values():
        for text in (record.family.appropriation, record.family.foi_consultation_code):
            assert not re.search(r"[\\`*_{}\[\]<>#|~^$@!]", text), text


def test_party_kinds_are_known() -> None:
    kinds = set(values(PartyKind))
    for record in JURISDICTIONS.values():
        assert set(record.foi_regime_by_kind) <= kinds
