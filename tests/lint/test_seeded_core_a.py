"""Seeded defects for the REF, TXT, PTY and GOV rules: each shipped example, with one small
edit, yields the expected rule at the line the edit landed on; with one of the sections these
rules own removed, it fails with the right code and severity."""

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
UK = "uk-food-bank-funding.yaml"
NZ = "nz-catchment-partnering.yaml"
AU = "au-cth-data-mou.yaml"
SCOT = "scot-health-data-sharing.yaml"
VIC = "vic-gamblers-help-cross-sector.yaml"
ALL = (AU, NZ, SCOT, UK, VIC)


def read_example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def seed(name: str, old: str, new: str) -> str:
    """The example with `old` (which must occur exactly once) replaced by `new`."""
    text = read_example(name)
    assert text.count(old) == 1, f"{old!r} is not unique in {name}"
    return text.replace(old, new)


def position(text: str, snippet: str) -> tuple[int, int]:
    """1-based line and column of the only occurrence of `snippet` in `text`."""
    assert text.count(snippet) == 1, f"{snippet!r} is not unique"
    offset = text.index(snippet)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def check(text: str, tmp_path: Path, name: str = "seeded.yaml") -> list[Finding]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = check_bytes(str(path), path.read_bytes(), SELECTION)
    assert not [f for f in result.findings if f.code.startswith("SCH")], result.findings
    return result.findings


def of(findings: list[Finding], code: str) -> list[tuple[int, int, str]]:
    return [(f.span.line, f.span.column, f.severity.value) for f in findings if f.code == code]


def without_section(text: str, key: str) -> str:
    """The text with the top-level section `key` (its line and everything indented under it) cut."""
    lines = text.splitlines(keepends=True)
    start = next(index for index, line in enumerate(lines) if line.startswith(f"{key}:"))
    end = start + 1
    while end < len(lines) and not lines[end][:1].isalpha():
        end += 1
    return "".join(lines[:start] + lines[end:])


@pytest.mark.parametrize("name", ALL)
def test_examples_are_clean_for_these_groups(name: str, tmp_path: Path) -> None:
    findings = check(read_example(name), tmp_path)
    assert [f for f in findings if f.code[:3] in {"REF", "TXT", "PTY", "GOV"}] == []


def test_unknown_party_in_kpi_responsible(tmp_path: Path) -> None:
    text = seed(UK, "responsible: council, data_source: Welfare rights case system",
                "responsible: counsil, data_source: Welfare rights case system")
    findings = check(text, tmp_path)
    assert of(findings, "REF001") == [(*position(text, "counsil"), "error")]
    assert "did you mean 'council'?" in next(f.message for f in findings if f.code == "REF001")


def test_unknown_objective_and_reporting_body(tmp_path: Path) -> None:
    text = seed(UK, "to: FSPG, frequency: quarterly", "to: FSPB, frequency: quarterly")
    findings = check(text, tmp_path)
    assert of(findings, "REF002") == [(*position(text, "FSPB"), "error")]


def test_duplicate_objective_id(tmp_path: Path) -> None:
    text = seed(UK, "  - {id: O4, text: Reduce repeat emergency food referrals.}",
                "  - {id: O3, text: Reduce repeat emergency food referrals.}")
    line, column = position(text, "{id: O3, text: Reduce")
    assert of(check(text, tmp_path), "REF005") == [(line, column + len("{id: "), "error")]


def test_placeholder_in_final_agreement_is_an_error(tmp_path: Path) -> None:
    text = seed(VIC, "contact: {role: Gambler's Help Team Leader, channel: gh.referrals@riverbendfs.example}",
                "contact: {role: TBC, channel: gh.referrals@riverbendfs.example}")
    assert of(check(text, tmp_path), "TXT001") == [(*position(text, "TBC"), "error")]


def test_todo_comment_in_final_agreement_is_an_error(tmp_path: Path) -> None:
    text = seed(AU, "lead_agency: dhrc\n", "lead_agency: dhrc  # TODO confirm\n")
    assert of(check(text, tmp_path), "TXT001") == [(*position(text, "# TODO confirm"), "error")]


def test_binding_words_in_non_binding_mou(tmp_path: Path) -> None:
    new = "text: The Office shall design the indicators and must apply confidentiality controls."
    text = seed(AU, "text: Design and quality-assure the indicators and apply confidentiality controls.", new)
    line, column = position(text, new)
    findings = check(text, tmp_path)
    assert of(findings, "TXT002") == [(line, column + len("text: "), "warning")]
    assert "'shall' and 'must'" in next(f.message for f in findings if f.code == "TXT002")


def test_signatory_position_is_a_person(tmp_path: Path) -> None:
    text = seed(NZ, "position: Deputy Chief Executive Regional Partnerships, name: David Chen",
                "position: Dr Hemi Walker, name: David Chen")
    assert of(check(text, tmp_path), "TXT003") == [(*position(text, "Dr Hemi Walker"), "warning")]


def test_personal_mailbox_as_contact_channel(tmp_path: Path) -> None:
    text = seed(UK, "channel: partnerships@kvfoodbank.example}", "channel: kvfoodbank@gmail.com}")
    assert of(check(text, tmp_path), "TXT004") == [(*position(text, "kvfoodbank@gmail.com"), "warning")]


def test_party_without_contact_role(tmp_path: Path) -> None:
    text = seed(UK, "contact: {role: Operations Manager, channel: partnerships@kvfoodbank.example}",
                "contact: {channel: partnerships@kvfoodbank.example}")
    line, column = position(text, "contact: {channel: partnerships@kvfoodbank.example}")
    assert of(check(text, tmp_path), "PTY004") == [(line, column, "error")]


def test_charity_without_number(tmp_path: Path) -> None:
    text = seed(UK, '    identifiers: {charity_number: "1234567"}\n', "")
    # A missing field points at its parent: the party's mapping, which starts at `id: foodbank`.
    assert of(check(text, tmp_path), "PTY006") == [(*position(text, "id: foodbank"), "warning")]


def test_milestone_after_the_term(tmp_path: Path) -> None:
    text = seed(UK, "{name: Evaluation report to the Partnership Group, due: 2028-09-30}",
                "{name: Evaluation report to the Partnership Group, due: 2029-09-30}")
    assert of(check(text, tmp_path), "PTY008") == [(*position(text, "2029-09-30}"), "warning")]


def test_party_missing_from_main_body_funding_is_a_warning(tmp_path: Path) -> None:
    text = seed(UK, "        - {party: foodbank, role: Chief Officer}\n        - {party: foodbank, role: Nominated Trustee}\n", "")
    line, column = position(text, "- {party: council, role: Head of Communities}")
    assert of(check(text, tmp_path), "GOV002") == [(line, column, "warning")]


def test_party_missing_from_main_body_partnering_is_an_error(tmp_path: Path) -> None:
    text = seed(NZ, "        - {party: ministry, role: Deputy Chief Executive Regional Partnerships}\n"
                    "        - {party: ministry, role: Director Resilience Policy}\n", "")
    line, column = position(text, "- {party: council, role: General Manager Catchment Operations}")
    findings = check(text, tmp_path)
    assert of(findings, "GOV002") == [(line, column, "error")]
    assert "party 'ministry'" in next(f.message for f in findings if f.code == "GOV002")


def test_body_without_terms_of_reference(tmp_path: Path) -> None:
    text = seed(VIC, "      terms_of_reference: Schedule 1\n", "")
    line, column = position(text, "- id: CSG")
    assert of(check(text, tmp_path), "GOV003") == [(line, column + len("- "), "error")]


# Sections these rules own: removing one makes the example fail with the right code at line 1.
REMOVALS = [
    (name, "governance", "GOV001", "error" if name in (NZ, VIC) else "warning") for name in ALL
] + [
    (name, "lead_agency", "PTY003", "error" if name == NZ else "info") for name in ALL
] + [
    (name, "authorising_environment", "GOV006", "error" if name == VIC else "info") for name in ALL
] + [
    (NZ, "work_programme", "PTY007", "error"),
    (UK, "work_programme", "PTY007", "warning"),
    (VIC, "work_programme", "PTY007", "warning"),
]


@pytest.mark.parametrize(("name", "section", "code", "severity"), REMOVALS,
                         ids=[f"{name}-{section}" for name, section, _, _ in REMOVALS])
def test_removing_a_section_fails_with_its_code(name: str, section: str, code: str, severity: str,
                                                tmp_path: Path) -> None:
    text = without_section(read_example(name), section)
    assert of(check(text, tmp_path), code) == [(1, 1, severity)]


@pytest.mark.parametrize("name", (AU, SCOT))
def test_work_programme_is_not_required_for_mou_or_data_sharing(name: str, tmp_path: Path) -> None:
    text = without_section(read_example(name), "work_programme")
    assert of(check(text, tmp_path), "PTY007") == []


@pytest.mark.parametrize("name", ALL)
def test_removing_roles_leaves_every_party_without_responsibility(name: str, tmp_path: Path) -> None:
    text = without_section(read_example(name), "roles")
    found = of(check(text, tmp_path), "PTY002")
    assert len(found) == 2 and all(severity == "error" for _, _, severity in found)
