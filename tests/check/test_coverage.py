"""`check --coverage`: the ten areas per agreement, from findings plus the agreement's sections."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from collabagree.check.coverage import AREA_KEYS, MISSING, PARTIAL, PRESENT, agreement_coverage, area_of
from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.core.findings import FILE_START, Finding, Severity
from collabagree.lint.engine import Selection
from collabagree.load.reader import load_bytes
from support.check import run, write

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TODAY = ("--today", "2026-11-23")

# A funding agreement with little more than its required fields: governance has no body,
# there is no funding, KPIs, communication, information, roles or signatories; lifecycle has
# only a notice period.
CUT_DOWN = """\
collabagree: 1
agreement: {title: Joint Food Plan, type: funding_agreement, jurisdiction: UK-ENG}
parties:
  - {id: council, name: Kestrel Vale Borough Council, kind: local_government, contact: {role: Partnership Officer}}
  - {id: foodbank, name: Kestrel Vale Food Bank, kind: charity, contact: {role: Operations Manager}}
purpose: {statement: To fund emergency food support for households referred by the council's welfare team in Kestrel Vale.}
scope: {in: [Emergency food parcels]}
governance:
  decision_making: The Head of Communities decides.
term: {start: 2026-04-01, end: 2029-03-31}
termination: {notice_days: 90}
"""


def finding(code: str, yaml_path: str = "$", severity: Severity = Severity.WARNING) -> Finding:
    return Finding(code, "name", severity, "message", "a.yaml", FILE_START, yaml_path)


def coverage_of(text: str, name: str = "agreement.yaml") -> dict[str, tuple[str, list[str]]]:
    """Check `text` with every rule, then its coverage as area -> (status, failing codes)."""
    raw = text.encode("utf-8")
    result = check_bytes(name, raw, Selection(Settings(today=date(2026, 11, 23))))
    coverage = agreement_coverage(name, result.findings, load_bytes(name, raw).data)
    return {area.area.key: (area.status, area.codes) for area in coverage.areas}


# --- the pure computation ----------------------------------------------------------------

def test_findings_are_placed_by_code_then_by_yaml_path() -> None:
    assert area_of(finding("GOV002")) == "governance"
    assert area_of(finding("RSK001")) == "governance"
    assert area_of(finding("DSP003")) == "lifecycle"
    assert area_of(finding("INF013")) == "ip_confidentiality"
    assert area_of(finding("INF001")) == "ip_confidentiality"
    assert area_of(finding("INF005")) == "information"
    assert area_of(finding("REF001", "$.kpis[0].responsible")) == "performance"
    assert area_of(finding("TXT003", "$.signatories[1].position")) == "execution"
    assert area_of(finding("TXT001", "$")) is None
    assert area_of(finding("APS004", "$.reporting")) is None  # principle evidence, not an element


def test_statuses_from_sections_and_codes() -> None:
    data = {"purpose": {"statement": "x"}, "governance": {"decision_making": "x"},
            "funding": {"currency": "GBP"}, "kpis": [{"id": "K1"}], "roles": [],
            "information": {"confidentiality": "x"}}
    findings = [finding("GOV001"), finding("PRF002"), finding("COM008", severity=Severity.INFO),
                finding("PUR005", severity=Severity.INFO)]
    coverage = agreement_coverage("a.yaml", findings, data)
    statuses = {area.area.key: area.status for area in coverage.areas}
    assert tuple(statuses) == AREA_KEYS
    assert statuses["purpose_scope"] == PRESENT  # info never lowers a status
    assert statuses["governance"] == MISSING  # GOV001 marks it missing though the key exists
    assert statuses["funding"] == PRESENT  # no FUN finding given: the rules decide partial
    assert statuses["performance"] == PARTIAL
    assert statuses["roles"] == MISSING  # an empty list holds nothing
    assert statuses["ip_confidentiality"] == PRESENT
    assert statuses["information"] == MISSING  # confidentiality alone belongs to the IP area
    assert statuses["communication"] == MISSING
    notes = {area.area.key: area.notes for area in coverage.areas}
    assert notes["purpose_scope"] == ["PUR005"] and notes["communication"] == ["COM008"]


def test_invalid_file_is_not_assessed() -> None:
    coverage = agreement_coverage("a.yaml", [finding("SCH003", severity=Severity.ERROR)], None)
    assert not coverage.valid and coverage.areas == [] and coverage.schema_codes == ["SCH003"]
    assert coverage.to_dict()["valid"] is False


# --- on real agreements ------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda path: path.stem)
def test_every_example_covers_all_ten_areas(path: Path) -> None:
    coverage = coverage_of(path.read_text(encoding="utf-8"), str(path))
    assert {key: status for key, (status, _) in coverage.items()} == dict.fromkeys(AREA_KEYS, PRESENT)


def test_cut_down_agreement() -> None:
    coverage = coverage_of(CUT_DOWN)
    assert coverage["purpose_scope"][0] == PARTIAL
    assert coverage["governance"] == (MISSING, coverage["governance"][1]) and "GOV001" in coverage["governance"][1]
    assert coverage["funding"] == (MISSING, ["FUN001"])
    assert coverage["lifecycle"][0] == PARTIAL and "LIF003" in coverage["lifecycle"][1]
    for key in ("roles", "performance", "communication", "ip_confidentiality", "information", "execution"):
        assert coverage[key][0] == MISSING, key


def test_example_with_an_incomplete_kpi_is_partial() -> None:
    text = (EXAMPLES / "uk-food-bank-funding.yaml").read_text(encoding="utf-8")
    old = "responsible: foodbank, data_source: Referral Platform, objective: O1}"
    assert text.count(old) == 1
    coverage = coverage_of(text.replace(old, "responsible: foodbank, objective: O1}"))
    assert coverage["performance"] == (PARTIAL, ["PRF002"])
    assert [key for key, (status, _) in coverage.items() if status != PRESENT] == ["performance"]


def test_example_without_funding_section_is_missing_funding() -> None:
    text = (EXAMPLES / "nz-catchment-partnering.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    start = lines.index("funding:\n")
    end = next(index for index in range(start + 1, len(lines))
               if lines[index].strip() and not lines[index].startswith(" "))
    coverage = coverage_of("".join(lines[:start] + lines[end:]))
    assert coverage["funding"][0] == MISSING and "FUN001" in coverage["funding"][1]


# --- the command line --------------------------------------------------------------------

def test_cli_full_shows_a_table_per_agreement() -> None:
    result = run("check", str(EXAMPLES), "--coverage", *TODAY)
    assert result.code == 0, result.err
    for title in ("Purpose and scope", "Intellectual property and confidentiality", "Execution"):
        assert result.out.count(title) == 5
    assert "5 agreements: 50 areas present, 0 partial, 0 missing." in result.out


def test_cli_json_has_an_object_per_agreement(tmp_path: Path) -> None:
    write(tmp_path / "cut.yaml", CUT_DOWN)
    write(tmp_path / "broken.yaml", "collabagree: 1\nagreement: {title: X}\n")
    result = run("check", str(tmp_path), "--coverage", "--output-format", "json", *TODAY)
    assert result.code == 1  # the exit code still follows --fail-on
    document = json.loads(result.out)
    assert document["version"] == 1 and document["files"] == 2
    by_name = {Path(item["path"]).name: item for item in document["agreements"]}
    assert by_name["broken.yaml"]["valid"] is False and by_name["broken.yaml"]["areas"] == []
    cut = by_name["cut.yaml"]
    assert cut["title"] == "Joint Food Plan" and cut["type"] == "funding_agreement"
    assert [area["area"] for area in cut["areas"]] == list(AREA_KEYS)
    funding = next(area for area in cut["areas"] if area["area"] == "funding")
    assert funding == {"area": "funding", "title": "Funding and resources", "status": "missing",
                       "codes": ["FUN001"], "notes": []}
    assert cut["summary"]["missing"] == document["summary"]["missing"] >= 7


def test_cli_coverage_to_output_file(tmp_path: Path) -> None:
    target = tmp_path / "coverage.json"
    result = run("check", str(EXAMPLES / "au-cth-data-mou.yaml"), "--coverage", "-f", "json",
                 "-o", str(target), *TODAY)
    assert result.code == 0, result.err
    assert json.loads(target.read_text(encoding="utf-8"))["summary"] == {"present": 10, "partial": 0, "missing": 0}
    assert "Purpose and scope" in result.out  # the terminal gets the table


def test_cli_coverage_refuses_other_formats() -> None:
    result = run("check", str(EXAMPLES), "--coverage", "-f", "sarif", *TODAY)
    assert result.code == 2
    assert "--coverage" in result.err
