"""Seeded defects in the shipped examples: the INF and RSK rules find each at the right line.

Each test copies an example, makes one small textual edit on a unique snippet, and checks the
expected rule fires where the edit landed (the line is computed from the edited text).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.core.findings import Finding, Severity
from collabagree.lint.engine import Selection

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TODAY = date(2026, 11, 23)
UK = "uk-food-bank-funding.yaml"
SCOT = "scot-health-data-sharing.yaml"
NZ = "nz-catchment-partnering.yaml"
AU = "au-cth-data-mou.yaml"
VIC = "vic-gamblers-help-cross-sector.yaml"
ALL_EXAMPLES = (AU, NZ, SCOT, UK, VIC)


def example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"snippet is not unique: {old!r}"
    return text.replace(old, new)


def line_of(text: str, pattern: str) -> int:
    """1-based line of the only line matching `pattern` (a regex, searched per line)."""
    lines = [number for number, line in enumerate(text.splitlines(), 1) if re.search(pattern, line)]
    assert len(lines) == 1, f"{pattern!r} matches lines {lines}"
    return lines[0]


def findings(text: str, tmp_path: Path, code: str) -> list[Finding]:
    path = tmp_path / "seeded.yaml"
    path.write_text(text, encoding="utf-8")
    result = check_bytes(str(path), path.read_bytes(), Selection(Settings(today=TODAY)))
    assert not [f for f in result.findings if f.code.startswith("SCH")], result.findings
    return [f for f in result.findings if f.code == code]


@pytest.mark.parametrize("name", ALL_EXAMPLES)
def test_examples_are_clean_for_inf_and_rsk(name: str, tmp_path: Path) -> None:
    text = example(name)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = check_bytes(str(path), text.encode("utf-8"), Selection(Settings(today=TODAY)))
    assert [f for f in result.findings if f.code[:3] in ("INF", "RSK")] == []


def test_confidentiality_not_subject_to_foi(tmp_path: Path) -> None:
    text = replace_once(example(UK), "  subject_to_official_information: true\n",
                        "  subject_to_official_information: false\n")
    found = findings(text, tmp_path, "INF002")
    assert [(f.span.line, f.severity) for f in found] == [
        (line_of(text, r"^  subject_to_official_information: false"), Severity.ERROR)]
    assert "Freedom of Information Act 2000" in found[0].message


def test_confidentiality_without_the_foi_flag(tmp_path: Path) -> None:
    text = replace_once(example(SCOT), "  subject_to_official_information: true\n", "")
    found = findings(text, tmp_path, "INF002")
    assert [f.span.line for f in found] == [line_of(text, r"^information:")]
    assert "FOISA2002" in found[0].message


def test_personal_flow_with_a_lawful_basis_for_the_sender_only(tmp_path: Path) -> None:
    text = replace_once(example(UK), "        foodbank: UK GDPR Article 6(1)(f), legitimate interests in "
                        "providing emergency food to referred households (legitimate interests "
                        "assessment FB-LIA-03).\n", "")
    found = findings(text, tmp_path, "INF005")
    # The lawful_basis mapping of D1 starts on the line of its only entry, the sender's.
    assert [f.span.line for f in found] == [line_of(text, r"^        council: UK GDPR Article 6\(1\)\(e\), public task, exercising")]
    assert "the recipient 'foodbank'" in found[0].message
    assert "sender" not in found[0].message


def test_special_category_data_without_impact_assessment(tmp_path: Path) -> None:
    text = re.sub(r"(?m)^  impact_assessment: .*\n", "", example(SCOT), count=1)
    found = findings(text, tmp_path, "INF006")
    assert [(f.span.line, f.severity) for f in found] == [(line_of(text, r"^information:"), Severity.ERROR)]
    assert "'D1' and 'D2'" in found[0].message


def test_whatsapp_among_the_allowed_channels(tmp_path: Path) -> None:
    text = replace_once(example(UK), "      - The Referral Platform\n",
                        "      - The Referral Platform\n      - Whatsapp groups for quick updates\n")
    found = findings(text, tmp_path, "INF012")
    assert [(f.span.line, f.span.column, f.severity) for f in found] == [
        (line_of(text, r"Whatsapp groups for quick updates"), 9, Severity.WARNING)]


@pytest.mark.parametrize("entry", ["Personal e-mail", "private email account", "SMS/text",
                                   "personal mobile phone", "whats app", "Signal messenger"])
def test_other_non_corporate_channels_between_parties(entry: str, tmp_path: Path) -> None:
    text = replace_once(example(VIC), "    - Video meetings on each Party's corporate platform.\n",
                        f"    - Video meetings on each Party's corporate platform.\n    - {entry}\n")
    found = findings(text, tmp_path, "INF012")
    assert [f.span.line for f in found] == [line_of(text, rf"^    - {re.escape(entry)}$")]


def test_prohibited_channels_do_not_count(tmp_path: Path) -> None:
    text = replace_once(example(UK), "channels_prohibited_for_decisions: [Personal email, WhatsApp, SMS]",
                        "channels_prohibited_for_decisions: [Personal email, WhatsApp, SMS, Signal, "
                        "Telegram, personal mobile phones]")
    assert findings(text, tmp_path, "INF012") == []


def test_charity_keeping_the_records_without_duty_to_assist(tmp_path: Path) -> None:
    text = re.sub(r"(?m)^    assist_on_behalf: >-\n(?:      .*\n)+", "", example(UK), count=1)
    assert "assist_on_behalf" not in text
    # The Council and the Food Bank are separate controllers of what they hold: no duty yet.
    assert findings(text, tmp_path, "INF010") == []
    # Once the Food Bank keeps the collaboration's records, it holds them for the Council.
    text = replace_once(text, "    keeper: council\n", "    keeper: foodbank\n")
    found = findings(text, tmp_path, "INF010")
    assert [(f.span.line, f.severity) for f in found] == [
        (line_of(text, r"^  official_information:"), Severity.ERROR)]
    assert "'foodbank' holds information on behalf of 'council'" in found[0].message


def test_data_flow_from_a_party_to_itself(tmp_path: Path) -> None:
    text = replace_once(example(UK), "    - id: D1\n      from: council\n      to: foodbank\n",
                        "    - id: D1\n      from: council\n      to: council\n")
    found = findings(text, tmp_path, "INF015")
    assert [(f.span.line, f.severity) for f in found] == [
        (line_of(text, r"^    - id: D1") + 2, Severity.ERROR)]


def test_all_risks_owned_by_one_party(tmp_path: Path) -> None:
    text = example(NZ).replace("owner: ministry, likelihood", "owner: council, likelihood")
    assert text != example(NZ)
    found = findings(text, tmp_path, "RSK003")
    assert [(f.span.line, f.severity) for f in found] == [(line_of(text, r"^risks:"), Severity.WARNING)]
    assert "all 4 risks are owned by 'council'" in found[0].message


def test_nz_council_given_the_oia(tmp_path: Path) -> None:
    text = replace_once(example(NZ), "    foi_regime: LGOIMA1987\n", "    foi_regime: OIA1982\n")
    found = findings(text, tmp_path, "INF016")
    assert [f.span.line for f in found] == [line_of(text, r"^    kind: local_government") + 2]
    # The clause still lists LGOIMA, so the explicit (wrong) regime is what INF009 checks.
    assert findings(text, tmp_path, "INF009") == []


def test_regime_left_out_of_the_clause(tmp_path: Path) -> None:
    text = replace_once(example(NZ), "    regimes: [LGOIMA1987, OIA1982]\n", "    regimes: [OIA1982]\n")
    found = findings(text, tmp_path, "INF009")
    assert [f.span.line for f in found] == [line_of(text, r"^    regimes: \[OIA1982\]")]
    assert "LGOIMA1987" in found[0].message and "'council'" in found[0].message


def test_slow_consultation(tmp_path: Path) -> None:
    text = re.sub(r"(?m)^    consultation_days: 5$", "    consultation_days: 15", example(VIC), count=1)
    found = findings(text, tmp_path, "INF014")
    assert [f.span.line for f in found] == [line_of(text, r"^    consultation_days: 15")]


def test_breach_notified_too_late(tmp_path: Path) -> None:
    text = replace_once(example(SCOT), "  breach_notification_hours: 24\n", "  breach_notification_hours: 96\n")
    found = findings(text, tmp_path, "INF007")
    assert [(f.span.line, f.severity) for f in found] == [
        (line_of(text, r"^  breach_notification_hours: 96"), Severity.WARNING)]


def remove_block(text: str, key: str, indent: int = 0) -> str:
    """Remove the mapping entry `key` at this indentation, with everything nested under it
    (a nested key is looked for in the top-level `information` section only)."""
    lines = text.splitlines(keepends=True)
    first, last = 0, len(lines)
    if indent:
        first = next(index for index, line in enumerate(lines) if line.startswith("information:"))
        last = next(index for index in range(first + 1, len(lines)) if lines[index][:1].isalpha())
    starts = [index for index in range(first, last) if lines[index].startswith(" " * indent + key + ":")]
    assert len(starts) == 1, (key, starts)
    end = starts[0] + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent):
        end += 1
    return "".join(lines[:starts[0]] + lines[end:])


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO
TYPE_SEVERITIES = {  # example -> (RSK001, INF001, INF013) severities for its agreement type
    AU: (W, W, W), NZ: (E, W, W), SCOT: (W, E, W), UK: (E, E, E), VIC: (W, E, W),
}


@pytest.mark.parametrize("name", ALL_EXAMPLES)
def test_removing_risks(name: str, tmp_path: Path) -> None:
    found = findings(remove_block(example(name), "risks"), tmp_path, "RSK001")
    assert [(f.span.line, f.severity) for f in found] == [(1, TYPE_SEVERITIES[name][0])]


@pytest.mark.parametrize("name", ALL_EXAMPLES)
def test_removing_intellectual_property(name: str, tmp_path: Path) -> None:
    found = findings(remove_block(example(name), "intellectual_property"), tmp_path, "INF013")
    assert [(f.span.line, f.severity) for f in found] == [(1, TYPE_SEVERITIES[name][2])]


@pytest.mark.parametrize("name", ALL_EXAMPLES)
def test_removing_confidentiality(name: str, tmp_path: Path) -> None:
    text = remove_block(example(name), "confidentiality", 2)
    found = findings(text, tmp_path, "INF001")
    assert [(f.span.line, f.severity) for f in found] == [(line_of(text, r"^information:"), TYPE_SEVERITIES[name][1])]


@pytest.mark.parametrize(("section", "code"), [("official_information", "INF008"), ("records", "INF011")])
@pytest.mark.parametrize("name", ALL_EXAMPLES)
def test_removing_a_public_body_section(name: str, section: str, code: str, tmp_path: Path) -> None:
    text = remove_block(example(name), section, 2)
    found = findings(text, tmp_path, code)
    assert [(f.span.line, f.severity) for f in found] == [(line_of(text, r"^information:"), Severity.ERROR)]


@pytest.mark.parametrize("name", ALL_EXAMPLES)
def test_removing_the_information_section(name: str, tmp_path: Path) -> None:
    text = remove_block(example(name), "information")
    for code in ("INF008", "INF011"):
        assert [(f.span.line, f.severity) for f in findings(text, tmp_path, code)] == [(1, Severity.ERROR)]


@pytest.mark.parametrize("name", [NZ, SCOT, UK, VIC])
def test_removing_data_flows_of_personal_information(name: str, tmp_path: Path) -> None:
    text = remove_block(example(name), "data_flows", 2)
    found = findings(text, tmp_path, "INF003")
    assert [(f.span.line, f.severity) for f in found] == [(line_of(text, r"^information:"), Severity.ERROR)]
    # No flows left: INF007 does not ask for a breach window, INF004-006 have nothing to check.
    for code in ("INF004", "INF005", "INF006", "INF015"):
        assert findings(text, tmp_path, code) == []


def test_removing_the_treaty_statement(tmp_path: Path) -> None:
    found = findings(remove_block(example(NZ), "treaty_partnership"), tmp_path, "RSK004")
    assert [(f.span.line, f.severity) for f in found] == [(1, I)]
