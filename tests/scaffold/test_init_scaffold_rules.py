"""A fresh scaffold, for every type and a spread of jurisdictions and parties, is schema-valid
and has every section its type needs: no rule that reports a missing (or incomplete)
section fires, and no default `init` chose contradicts a rule. What remains are the
placeholders (TXT001) the user fills in.

Only codes in the registry at test time are asserted on, so this test also held while the
rules were being written; `test_every_listed_code_exists` says when they all are.
"""

from __future__ import annotations

from datetime import date

import pytest

from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.core.findings import Finding
from collabagree.lint.engine import Selection
from collabagree.lint.registry import BY_CODE
from support.scaffold import TODAY, TYPES, scaffold_text

# Rules whose job is to report a section (or a required part of one) missing, read from
# RULES.md: the core groups, then the profile packs (which ask for evidence sections).
SECTION_MISSING: frozenset[str] = frozenset({
    "PUR002", "PUR003", "PUR004", "PUR005",
    "PTY002", "PTY003", "PTY004", "PTY005", "PTY006", "PTY007",
    "GOV001", "GOV002", "GOV003", "GOV004", "GOV005", "GOV006",
    "FUN001", "FUN003", "FUN004", "FUN005",
    "PRF001", "PRF002", "PRF003", "PRF004", "PRF005",
    "COM001", "COM002", "COM003", "COM004", "COM005", "COM006", "COM007", "COM008", "COM009",
    "INF001", "INF003", "INF004", "INF005", "INF006", "INF007", "INF008", "INF009", "INF010",
    "INF011", "INF013",
    "RSK001", "RSK002", "RSK004",
    "LIF002", "LIF003", "LIF006", "LIF007", "LIF008", "LIF010",
    "DSP001", "DSP002", "DSP003", "DSP004", "DSP005",
    "SIG001", "SIG002", "SIG005", "SIG006",
    "APS001", "APS002", "APS003", "APS004", "APS005", "APS006",
    "VIC001", "VIC002", "VIC003", "VIC004", "VIC005",
    "NZP001", "NZP002", "NZP003", "NZP004",
    "UKC001", "UKC002", "UKC003",
})
# Rules that judge values `init` fills in by default (ids, dates, regimes, wording): a
# default that trips one would teach the user something wrong.
DEFAULTS_CONTRADICT: frozenset[str] = frozenset({
    "REF001", "REF002", "REF003", "REF004", "REF005", "REF006",
    "TXT002", "TXT003", "TXT004",
    "PTY001", "PTY008", "FUN002", "INF002", "INF012", "INF014", "INF015", "INF016",
    "RSK003", "LIF001", "LIF004", "LIF005", "LIF009", "LIF011", "LIF012", "LIF013", "DSP006",
    "SIG003", "SIG004",
})

PARTY_SETS: dict[str, list[str]] = {
    "placeholders": [],
    "council-and-charity": ["council=Kestrel Vale Borough Council:local_government",
                            "foodbank=Kestrel Vale Community Food Bank:charity"],
    "three-mixed": ["dept=Department of Regional Communities:central_government",
                    "council=Riverbend Council:local_government",
                    "service=Riverbend Community Services:ngo"],
    "all-central": ["dhrc=Department of Housing and Regional Communities:central_government",
                    "nwdo=National Wellbeing Data Office:central_government"],
    "health-and-iwi": ["health=Te Whatu Ora Tairawhiti:public_health_service",
                       "iwi=Ngati Example Iwi Trust:iwi_maori_organisation"],
}
JURISDICTIONS = ("UK-ENG", "UK-SCT", "NZ", "AU-CTH", "AU-VIC", "OTHER")


def _findings(text: str) -> list[Finding]:
    return check_bytes("agreement.yaml", text.encode("utf-8"),
                       Selection(Settings(today=TODAY))).findings


def _codes(findings: list[Finding], watched: frozenset[str]) -> list[str]:
    return sorted({f"{f.code} {f.message}" for f in findings
                   if f.code in watched and f.code in BY_CODE})


@pytest.mark.parametrize("party_set", sorted(PARTY_SETS))
@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
@pytest.mark.parametrize("agreement_type", TYPES)
def test_fresh_scaffold_misses_no_section(agreement_type: str, jurisdiction: str, party_set: str) -> None:
    findings = _findings(scaffold_text(agreement_type, jurisdiction, PARTY_SETS[party_set]))
    assert not [f for f in findings if f.code.startswith("SCH")], findings
    assert _codes(findings, SECTION_MISSING) == []
    assert _codes(findings, DEFAULTS_CONTRADICT) == []
    assert any(f.code == "TXT001" for f in findings)  # the placeholders are reported


@pytest.mark.parametrize("agreement_type", TYPES)
def test_open_ended_and_short_terms_stay_consistent(agreement_type: str) -> None:
    for text in (scaffold_text(agreement_type, "UK-ENG", PARTY_SETS["council-and-charity"], open_ended=True),
                 scaffold_text(agreement_type, "NZ", PARTY_SETS["three-mixed"], end=date(2027, 6, 30))):
        findings = _findings(text)
        assert not [f for f in findings if f.code.startswith("SCH")], findings
        assert _codes(findings, SECTION_MISSING | DEFAULTS_CONTRADICT) == []


def test_only_placeholders_remain_in_a_typical_scaffold() -> None:
    findings = _findings(scaffold_text("funding_agreement", "UK-ENG", PARTY_SETS["council-and-charity"]))
    # Besides placeholders, FUN007: the amounts are 0 until the drafter enters them, an error.
    assert {f.code for f in findings} == {"TXT001", "FUN007"}
    assert all(f.severity.value == "warning" for f in findings if f.code == "TXT001")  # a draft


def test_every_listed_code_exists() -> None:
    missing = sorted((SECTION_MISSING | DEFAULTS_CONTRADICT) - set(BY_CODE))
    assert missing == [], f"rules not registered yet: {missing}"
