"""Seeded defects for the COM rules and the four profile packs (APS, VIC, NZP, UKC).

Each test edits a copy of a shipped example (a unique snippet replaced, or a key cut out) and
expects the rule at the line where the edit landed, computed from the edited text. The profile
tests also prove each example runs the pack that fits it: remove one piece of evidence and that
pack's rule fires; with the evidence in place the pack reports nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.core.findings import Finding
from collabagree.lint.engine import Selection

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SELECTION = Selection(Settings(today=date(2026, 11, 23)))
AU = "au-cth-data-mou.yaml"
NZ = "nz-catchment-partnering.yaml"
SCOT = "scot-health-data-sharing.yaml"
UK = "uk-food-bank-funding.yaml"
VIC = "vic-gamblers-help-cross-sector.yaml"
ALL = (AU, NZ, SCOT, UK, VIC)
PACK_OF = {AU: ("APS", "aps_charter"), NZ: ("NZP", "nz_partnering"), UK: ("UKC", "uk_compact"),
           VIC: ("VIC", "vic_cross_sector")}


def read_example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def replace_once(text: str, old: str, new: str) -> str:
    """`text` with `old`, which must occur exactly once, replaced by `new`."""
    assert text.count(old) == 1, f"{old!r} is not unique"
    return text.replace(old, new)


def cut_key(text: str, key_line_start: str) -> str:
    """`text` without the one line starting with `key_line_start` (e.g. '  vision:') and the
    lines indented deeper under it (block scalars, nested mappings and lists)."""
    lines = text.splitlines(keepends=True)
    starts = [index for index, line in enumerate(lines) if line.startswith(key_line_start)]
    assert len(starts) == 1, f"{key_line_start!r} is not unique"
    start = starts[0]
    indent = len(key_line_start) - len(key_line_start.lstrip(" "))
    end = start + 1
    while end < len(lines) and (not lines[end].strip()
                                or len(lines[end]) - len(lines[end].lstrip(" ")) > indent
                                or (indent > 0 and lines[end].lstrip(" ").startswith("- ")
                                    and len(lines[end]) - len(lines[end].lstrip(" ")) == indent)):
        end += 1
    return "".join(lines[:start] + lines[end:])


def position(text: str, snippet: str) -> tuple[int, int]:
    """1-based line and column of the only occurrence of `snippet` in `text`."""
    assert text.count(snippet) == 1, f"{snippet!r} is not unique"
    offset = text.index(snippet)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check(text: str, tmp_path: Path, name: str = "seeded.yaml") -> list[Finding]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    findings = check_bytes(str(path), path.read_bytes(), SELECTION).findings
    assert not [f for f in findings if f.code.startswith("SCH")], findings
    return findings


def of(findings: list[Finding], code: str) -> list[tuple[int, int, str]]:
    return [(f.span.line, f.span.column, f.severity.value) for f in findings if f.code == code]


def codes_with_prefix(findings: list[Finding], prefix: str) -> list[str]:
    return [f.code for f in findings if f.code.startswith(prefix)]


# --- the defects issue 5 names ------------------------------------------------------------

def test_cross_sector_without_referral_pathway(tmp_path: Path) -> None:
    text = cut_key(read_example(VIC), "  referral_pathway:")
    findings = check(text, tmp_path)
    line, column = position(text, "service_integration:\n")
    assert of(findings, "COM005") == [(line, column, "error")]
    assert of(findings, "VIC002") == [(line, column, "warning")]
    assert "referral pathway" in next(f.message for f in findings if f.code == "VIC002")


def test_referral_pathway_without_response_time(tmp_path: Path) -> None:
    text = replace_once(read_example(VIC), "    response_days: 2\n", "")
    findings = check(text, tmp_path)
    line, column = position(text, "  referral_pathway:")
    assert of(findings, "COM005") == [(line, column + 2, "error")]
    assert of(findings, "VIC002") == [(line, column + 2, "warning")]


def test_no_meeting_includes_every_party(tmp_path: Path) -> None:
    text = read_example(UK)
    text = replace_once(text, "level: operational, parties: [council, foodbank]",
                        "level: operational, parties: [foodbank]")
    text = replace_once(text, "level: management, parties: [council, foodbank]",
                        "level: management, parties: [council]")
    text = replace_once(text, "level: executive, parties: [council, foodbank]",
                        "level: executive, parties: [council]")
    text = replace_once(text, "        - {party: foodbank, role: Chief Officer}\n"
                              "        - {party: foodbank, role: Nominated Trustee}\n", "")
    findings = check(text, tmp_path)
    line, column = position(text, "- {name: Operational catch-up")
    assert of(findings, "COM002") == [(line, column, "warning")]


def test_council_and_charity_with_thirty_days_notice(tmp_path: Path) -> None:
    text = replace_once(read_example(UK), "  notice_days: 90\n", "  notice_days: 30\n")
    findings = check(text, tmp_path)
    line, column = position(text, "notice_days: 30")
    assert of(findings, "UKC002") == [(line, column + len("notice_days: "), "warning")]
    assert "'foodbank'" in next(f.message for f in findings if f.code == "UKC002")


def test_nz_partnering_triggers_without_elections(tmp_path: Path) -> None:
    text = read_example(NZ)
    text = replace_once(text, "    - Local government elections in October 2028 (review within six months)\n", "")
    text = replace_once(text, "    - A general election or change of responsible Minister\n",
                        "    - A change of responsible Minister\n")
    findings = check(text, tmp_path)
    review_line, _ = position(text, "\nreview:\n")
    assert of(findings, "NZP003") == [(review_line + 4, 3, "warning")]
    assert "elections" in next(f.message for f in findings if f.code == "NZP003")
    assert text.splitlines()[review_line + 3].startswith("  triggers:")


def test_nz_partnering_triggers_without_staff_change(tmp_path: Path) -> None:
    text = replace_once(read_example(NZ), "    - A change of chief executive or key personnel in either Party\n", "")
    findings = check(text, tmp_path)
    assert [message for message in (f.message for f in findings if f.code == "NZP003")
            if "change of staff" in message]


# --- each example exercises the profile that fits it -------------------------------------

@pytest.mark.parametrize("name", sorted(PACK_OF))
def test_example_with_evidence_has_no_finding_of_its_pack(name: str, tmp_path: Path) -> None:
    prefix, _ = PACK_OF[name]
    findings = check(read_example(name), tmp_path)
    assert codes_with_prefix(findings, prefix) == []


def test_vic_pack_runs_by_default_for_cross_sector(tmp_path: Path) -> None:
    text = replace_once(read_example(VIC), "  profiles: [vic_cross_sector]\n", "")
    assert codes_with_prefix(check(text, tmp_path), "VIC") == []
    text = replace_once(text, "  induction_within_months: 3\n", "")
    findings = check(text, tmp_path)
    line, column = position(text, "joint_training:\n")
    assert of(findings, "VIC005") == [(line, column, "warning")]


def test_nzp_pack_runs_by_default_for_nz_partnering(tmp_path: Path) -> None:
    text = replace_once(read_example(NZ), "  profiles: [nz_partnering]\n", "")
    assert codes_with_prefix(check(text, tmp_path), "NZP") == []
    text = cut_key(text, "  mechanism_note:")
    findings = check(text, tmp_path)
    line, column = position(text, "\nfunding:\n")
    assert of(findings, "NZP004") == [(line + 1, 1, "warning")]


def test_nzp_pack_flags_missing_vision(tmp_path: Path) -> None:
    text = cut_key(read_example(NZ), "  vision:")
    findings = check(text, tmp_path)
    line, _ = position(text, "\npurpose:\n")
    assert of(findings, "NZP001") == [(line + 1, 1, "warning")]


def test_ukc_pack_runs_when_named_in_agreement_profiles(tmp_path: Path) -> None:
    old = ("  - The Council respects the Food Bank's independence, including its right to campaign, "
           "comment on public policy and challenge the Council, whatever the funding relationship.\n")
    text = replace_once(read_example(UK), old, "")
    findings = check(text, tmp_path)
    line, column = position(text, "\nprinciples:\n")
    assert of(findings, "UKC001") == [(line + 1, 1, "warning")]
    # The pack is not on by default: without agreement.profiles it stays silent.
    unnamed = replace_once(text, "  profiles: [uk_compact]\n", "")
    assert codes_with_prefix(check(unnamed, tmp_path), "UKC") == []


def test_aps_pack_runs_when_named_in_agreement_profiles(tmp_path: Path) -> None:
    text = cut_key(read_example(AU), "  feedback_to_participants:")
    findings = check(text, tmp_path)
    line, _ = position(text, "\nengagement:\n")
    assert of(findings, "APS004") == [(line + 1, 1, "warning")]
    unnamed = replace_once(text, "  profiles: [aps_charter]\n", "")
    assert codes_with_prefix(check(unnamed, tmp_path), "APS") == []


def test_profile_from_settings_turns_a_pack_on(tmp_path: Path) -> None:
    text = cut_key(replace_once(read_example(AU), "  profiles: [aps_charter]\n", ""),
                   "  feedback_to_participants:")
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    selection = Selection(Settings(today=date(2026, 11, 23), profiles=("aps_charter",)))
    findings = check_bytes(str(path), path.read_bytes(), selection).findings
    assert [f.code for f in findings if f.code.startswith("APS")] == ["APS004"]


# --- each example, with a section the COM rules own removed ------------------------------

MEDIA_SEVERITY = {AU: "info", NZ: "warning", SCOT: "info", UK: "warning", VIC: "info"}
MEETING_SEVERITY = {AU: "warning", NZ: "error", SCOT: "warning", UK: "warning", VIC: "error"}
TRAINING_SEVERITY = {AU: "info", NZ: "info", SCOT: "warning", UK: "info", VIC: "warning"}


@pytest.mark.parametrize("name", ALL)
def test_example_without_communication_lacks_media_protocol(name: str, tmp_path: Path) -> None:
    findings = check(cut_key(read_example(name), "communication:"), tmp_path)
    assert of(findings, "COM004") == [(1, 1, MEDIA_SEVERITY[name])]
    assert of(findings, "COM001") == []  # the governance body still meets regularly


@pytest.mark.parametrize("name", ALL)
def test_example_without_communication_or_governance_has_no_meeting(name: str, tmp_path: Path) -> None:
    text = cut_key(cut_key(read_example(name), "communication:"), "governance:")
    findings = check(text, tmp_path)
    assert of(findings, "COM001") == [(1, 1, MEETING_SEVERITY[name])]


@pytest.mark.parametrize("name", ALL)
def test_example_without_joint_training(name: str, tmp_path: Path) -> None:
    findings = check(cut_key(read_example(name), "joint_training:"), tmp_path)
    assert of(findings, "COM008") == [(1, 1, TRAINING_SEVERITY[name])]


def test_vic_example_without_service_integration(tmp_path: Path) -> None:
    findings = check(cut_key(read_example(VIC), "service_integration:"), tmp_path)
    assert of(findings, "COM005") == [(1, 1, "error")]
    assert of(findings, "COM006") == [(1, 1, "warning")]
    assert of(findings, "COM007") == [(1, 1, "warning"), (1, 1, "warning")]
    assert len(of(findings, "VIC002")) == 4


def test_vic_example_with_incomplete_co_location(tmp_path: Path) -> None:
    text = replace_once(read_example(VIC), "  supervision: riverbend\n", "")
    findings = check(text, tmp_path)
    line, column = position(text, "co_location:\n")
    assert of(findings, "COM009") == [(line, column, "warning")]
    assert of(findings, "VIC004") == [(line, column, "info")]
