"""The law table: a record per jurisdiction, every statement sourced, and the facts the
research corrected pinned so a later edit cannot quietly undo them."""

from __future__ import annotations

import dataclasses

import pytest

from collabagree.domain.law import LAW, LAW_FIELDS, Law, LawRecord, law, unconfirmed
from collabagree.model.enums import Jurisdiction, values

REAL = [code for code in values(Jurisdiction) if code != "OTHER"]


def test_every_jurisdiction_has_a_record() -> None:
    assert list(LAW) == list(values(Jurisdiction))
    assert all(record.code == code for code, record in LAW.items())


def test_unknown_code_falls_back_to_other() -> None:
    assert law("XX").code == "OTHER" and law(None).code == "OTHER"


def test_law_fields_are_the_law_holding_fields() -> None:
    names = {f.name for f in dataclasses.fields(LawRecord)}
    assert set(LAW_FIELDS) == names - {"code", "data_protection_note", "breach_hours", "absent"}


@pytest.mark.parametrize("code", list(LAW))
def test_every_law_has_text_and_a_source(code: str) -> None:
    for name, item in LAW[code].laws():
        assert isinstance(item, Law)
        assert item.text.strip(), f"{code}.{name}: empty text"
        assert item.source.title.strip(), f"{code}.{name}: source without a title"
        url = item.source.url
        assert not url or url.startswith(("https://", "http://")), f"{code}.{name}: bad URL {url!r}"
        if code != "OTHER":
            assert url, f"{code}.{name}: no URL"
        if not item.confirmed:
            assert item.note.strip(), f"{code}.{name}: unconfirmed without a note"


@pytest.mark.parametrize("code", REAL)
def test_core_fields_are_present(code: str) -> None:
    record = LAW[code]
    assert record.governing_law and record.courts and record.electronic_signature
    assert record.data_protection, f"{code}: no data protection law"
    assert record.data_protection_note


@pytest.mark.parametrize("code", list(LAW))
def test_every_gap_says_why(code: str) -> None:
    record = LAW[code]
    empty = {name for name in LAW_FIELDS if not getattr(record, name)}
    assert empty == set(record.absent), f"{code}: absent notes {set(record.absent) ^ empty} do not match the gaps"
    assert all(why.strip() for why in record.absent.values())


def test_third_party_rights_follow_the_jurisdiction() -> None:
    scotland, england = LAW["UK-SCT"].third_party_rights, LAW["UK-ENG"].third_party_rights
    assert scotland is not None and "Contract (Third Party Rights) (Scotland) Act 2017" in scotland.text
    assert england is not None and "Contracts (Rights of Third Parties) Act 1999" in england.text
    assert LAW["UK-NIR"].third_party_rights == england
    queensland = LAW["AU-QLD"].third_party_rights
    assert queensland is not None and "Property Law Act 2023 (Qld)" in queensland.text
    assert LAW["AU-NSW"].third_party_rights is None


def test_breach_windows() -> None:
    assert all(LAW[code].breach_hours == 72 for code in ("UK-ENG", "UK-WLS", "UK-SCT", "UK-NIR"))
    assert LAW["NZ"].breach_hours is None and LAW["AU-CTH"].breach_hours is None
    nz = LAW["NZ"].breach_duty
    assert nz is not None and "as soon as practicable" in nz.text


def test_machinery_of_government_is_s19c() -> None:
    successor = LAW["AU-CTH"].successor_bodies
    assert successor is not None and "19C" in successor.text and "19BA" not in successor.text


def test_safeguarding_children_is_not_adults() -> None:
    children = [item.text for item in LAW["UK-ENG"].safeguarding_children]
    assert any("Children Act 1989" in text for text in children)
    assert any("Working Together to Safeguard Children 2023" in text for text in children)
    assert not any("Care Act 2014" in text for text in children)
    assert any("Care Act 2014" in item.text for item in LAW["UK-ENG"].safeguarding_adults)


def test_research_corrections_hold() -> None:
    sa_esign = LAW["AU-SA"].electronic_signature
    assert sa_esign is not None and "Electronic Communications Act 2000 (SA)" in sa_esign.text
    nz_vat = LAW["NZ"].vat
    assert nz_vat is not None and "5(6D)" in nz_vat.text
    cth = LAW["AU-CTH"].intra_government
    assert cth is not None and "para" not in cth.text.lower() and "2017" not in cth.text
    assert LAW["UK-SCT"].deed is None and "deed" in LAW["UK-SCT"].absent
    assert LAW["UK-SCT"].counterparts is not None


def test_au_acts_carry_their_jurisdiction() -> None:
    tags = {"AU-CTH": "(Cth)", "AU-NSW": "(NSW)", "AU-VIC": "(Vic)", "AU-QLD": "(Qld)", "AU-TAS": "(Tas)",
            "AU-ACT": "(ACT)", "AU-NT": "(NT)", "AU-WA": "(WA)", "AU-SA": "(SA)"}
    for code, tag in tags.items():
        for item in LAW[code].data_protection:
            assert tag in item.text or "Instruction" in item.text, f"{code}: {item.text}"


def test_unconfirmed_facts_are_reported() -> None:
    found = unconfirmed()
    by_code: dict[str, int] = {}
    for code, _, item in found:
        assert item.note
        by_code[code] = by_code.get(code, 0) + 1
    total = sum(len(record.laws()) for record in LAW.values())
    print(f"\nlaw table: {len(LAW)} records, {total} laws, {len(found)} unconfirmed: {by_code}")
    assert 0 < len(found) < total
