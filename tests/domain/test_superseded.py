"""GEN004's table: each entry finds its old name and not the name that replaced it, current
instruments stay quiet, and the scan stays linear on hostile input."""

from __future__ import annotations

import re
import time

import pytest

from collabagree.domain.superseded import SUPERSEDED, Superseded, find_superseded

# One sentence per entry that names the old instrument (keyed by `old`).
OLD_MENTIONS = {
    "the Compact (2010)": "The Parties will follow the Compact (2010) on funding.",
    "the Data Protection Act 1998": "Each Party complies with the Data Protection Act 1998.",
    "the GDPR (the EU Regulation)": "Personal data is processed under the GDPR.",
    "Working Together to Safeguard Children 2018": "Staff follow Working Together to Safeguard Children 2018.",
    "the National Guidance for Child Protection in Scotland 2014":
        "Staff follow the National Guidance for Child Protection in Scotland 2014.",
    "the National Guidance for Child Protection in Scotland 2021 (before its 2023 update)":
        "Staff follow the National Guidance for Child Protection in Scotland 2021 at all times.",
    "PVG 'regulated work' and basic, standard or enhanced disclosures":
        "Volunteers doing regulated work need an enhanced disclosure.",
    "Co-operating to Safeguard Children (Northern Ireland, 2003)":
        "The Trust follows Co-operating to Safeguard Children.",
    "the Wales Interim Policy and Procedures for the Protection of Vulnerable Adults from Abuse (POVA, 2013)":
        "Concerns are handled under the POVA procedures.",
    "the Voluntary Sector Scheme (Wales, 2004)": "The grant is made under the Voluntary Sector Scheme.",
    "the Northern Ireland Protocol": "Subsidies respect the Northern Ireland Protocol.",
    "jus quaesitum tertio": "No jus quaesitum tertio is created by this Agreement.",
    "Enka v Chubb on the law of an arbitration agreement":
        "The law of the arbitration agreement follows Enka v Chubb.",
    "the Privacy Act 1993 (NZ)": "Each Party complies with the Privacy Act 1993.",
    "the State Sector Act 1988 (NZ)": "The chief executive acts under the State Sector Act 1988.",
    "the State Services Commission (NZ)": "Disputes go to the State Services Commissioner.",
    "the Interpretation Act 1999 (NZ)": "The Interpretation Act 1999 applies to this Agreement.",
    "the Electronic Transactions Act 2002 (NZ)": "Signatures satisfy the Electronic Transactions Act 2002.",
    "the Vulnerable Children Act 2014 (NZ)": "Workers are safety checked under the Vulnerable Children Act 2014.",
    "the Administrative Functions Disposal Authority (AFDA)":
        "Records are sentenced under the Administrative Functions Disposal Authority.",
    "the Commonwealth Grants Rules and Guidelines 2017":
        "The grant complies with the Commonwealth Grants Rules and Guidelines 2017.",
    "the Legal Services Directions 2017": "Disputes are handled under the Legal Services Directions 2017.",
    "a numbered PSPF policy (the 2018 structure of 16 policies)": "Information is protected under PSPF Policy 8.",
    "GSTR 2000/11 (GST: grants of financial assistance)": "GST treatment follows GSTR 2000/11.",
    "the Commonwealth Child Safe Framework (first edition, 2019)":
        "The Department applies the Commonwealth Child Safe Framework (2019).",
    "the Information Privacy Act 2000 (Vic) or its Privacy Commissioner":
        "Complaints go under the Information Privacy Act 2000.",
    "the Working with Children Act 2005 (Vic)": "Staff hold a check under the Working with Children Act 2005.",
    "the seven Victorian Child Safe Standards (2016)": "The service meets the seven Child Safe Standards.",
    "the Public Records Act 2002 (Qld)": "Records are kept under the Public Records Act 2002.",
    "the Property Law Act 1974 (Qld) (third-party rights: s55)":
        "Section 55 of the Property Law Act 1974 does not apply.",
    "the National Privacy Principles (NPPs)": "The provider complies with the National Privacy Principles.",
    "the Information Privacy Principles of the Information Privacy Act 2009 (Qld)":
        "The agency complies with the IPPs.",
    "the Freedom of Information Act 1989 (ACT)": "Requests are decided under the Freedom of Information Act 1989.",
    "the Acts Interpretation Act 1915 (SA)": "The Acts Interpretation Act 1915 applies.",
    "section 19BA of the Acts Interpretation Act 1901 (Cth)":
        "Section 19BA of the Acts Interpretation Act 1901 applies to references to Ministers.",
}


NESTED = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]")
"""A quantified group that itself contains a quantifier (no nesting of groups inside it)."""


def _hits(text: str, jurisdiction: str | None = None) -> list[Superseded]:
    return [entry for entry, _ in find_superseded(text, jurisdiction)]


def test_every_entry_has_a_sample() -> None:
    assert {entry.old for entry in SUPERSEDED} == set(OLD_MENTIONS)
    assert len({entry.old for entry in SUPERSEDED}) == len(SUPERSEDED)


@pytest.mark.parametrize("entry", SUPERSEDED, ids=lambda entry: entry.old[:40])
def test_entry_fires_on_its_old_name_and_not_its_new(entry: Superseded) -> None:
    sentence = OLD_MENTIONS[entry.old]
    assert entry in _hits(sentence), f"{entry.old!r} did not fire on {sentence!r}"
    code = entry.jurisdictions[0] if entry.jurisdictions else None
    assert entry in _hits(sentence, code)
    assert entry not in _hits(f"The Parties follow {entry.new}.")
    assert entry.since and entry.source.title and entry.source.url.startswith(("https://", "http://"))
    if not entry.confirmed:
        assert entry.note


@pytest.mark.parametrize("entry", SUPERSEDED, ids=lambda entry: entry.old[:40])
def test_patterns_are_linear(entry: Superseded) -> None:
    # No quantified group that itself contains a quantifier: backtracking stays bounded.
    assert not NESTED.search(entry.pattern) and not NESTED.search(entry.exclude)


def test_nested_quantifier_check_works() -> None:
    assert NESTED.search(r"(a+)+") and NESTED.search(r"(?:\w+\s)*") and not NESTED.search(r"(?:ab)+\s+")


def test_current_instruments_are_quiet() -> None:
    quiet = [
        "The Kestrel Vale Local Compact applies.",
        "The Derbyshire Compact (2010) sets local commitments.",
        "The Parties honour the Civil Society Covenant.",
        "Records are sentenced under AFDA Express Version 2.",
        "Each Party complies with the Privacy Act 2020.",
        "Each Party complies with the UK GDPR and the Data Protection Act 2018.",
        "The EU GDPR applies to the Partner's processing in France.",
        "Staff follow Working Together to Safeguard Children 2023.",
        "Staff follow the National Guidance for Child Protection in Scotland 2021 - updated 2023.",
        "The Legal Services Directions 2025 apply.",
        "Co-operating to Safeguard Children and Young People in Northern Ireland applies.",
        "The Civil Society Covenant, which succeeded the Compact (2010), applies.",
        "It replaced the Data Protection Act 1998 in 2018.",
        "The Victorian IPPs apply to the Department.",
    ]
    for text in quiet:
        assert _hits(text) == [], f"fired on {text!r}: {[entry.old for entry in _hits(text)]}"
    assert _hits("The Victorian IPPs apply to the Department.", "AU-QLD") == []
    assert _hits("The IPPs apply to the Department.", "AU-VIC") == []


def test_the_compact_fires() -> None:
    assert [entry.old for entry in _hits("The Compact (2010) applies.")] == ["the Compact (2010)"]
    assert _hits("They follow the Compact.") and not _hits("They signed a compact.")


def test_jurisdiction_filter_and_offsets() -> None:
    text = "Under the Privacy Act 1993 and the Data Protection Act 1998."
    found = find_superseded(text)
    assert [offset for _, offset in found] == [text.index("Privacy"), text.index("Data")]
    assert [entry.old for entry in _hits(text, "NZ")] == ["the Privacy Act 1993 (NZ)"]
    assert [entry.old for entry in _hits(text, "UK-ENG")] == ["the Data Protection Act 1998"]


def _best_time(text: str) -> float:
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        find_superseded(text)
        best = min(best, time.perf_counter() - start)
    return best


def test_linear_time_on_adversarial_input() -> None:
    unit = ("the Compact ( the national Compact Administrative Functions Disposal AFDA Express "
            "Working Together to Safeguard Children ( National Guidance for Child Protection in Scotland 2021 "
            "(updated Local Compact GDPR UK GDPR s 19 section PSPF Policy 1 replaced " + " " * 40)
    # Ten times the text: linear work takes about 10x, quadratic 100x; the bound is far
    # from both, so a busy machine cannot fail it.
    small = (unit * (20_000 // len(unit) + 1))[:20_000]
    large = (unit * (200_000 // len(unit) + 1))[:200_000]
    ratio = _best_time(large) / max(_best_time(small), 1e-6)
    assert ratio < 35, f"200 kB took {ratio:.1f}x the time of 20 kB"
