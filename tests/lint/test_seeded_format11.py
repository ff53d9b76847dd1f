"""Seeded defects for the rules added with format 1.1 (RULES-1.1.md).

Each test copies a shipped example (clean under every rule), plants exactly one defect with a
small textual edit, and checks that the copy gets exactly that rule's code, at the line where
the edit landed, and nothing else new.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.lint.engine import Selection

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TODAY = date(2026, 11, 23)
UK = "uk-food-bank-funding.yaml"
SCOT = "scot-health-data-sharing.yaml"
NZ = "nz-catchment-partnering.yaml"
AU = "au-cth-data-mou.yaml"
VIC = "vic-gamblers-help-cross-sector.yaml"


def example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"snippet is not unique: {old!r}"
    return text.replace(old, new)


def line_of(text: str, pattern: str) -> int:
    """1-based line of the only line matching `pattern` (a regex); `above:PATTERN` is the line
    before it (the key of a folded scalar, where its finding points)."""
    if pattern.startswith("above:"):
        return line_of(text, pattern.removeprefix("above:")) - 1
    lines = [number for number, line in enumerate(text.splitlines(), 1) if re.search(pattern, line)]
    assert len(lines) == 1, f"{pattern!r} matches lines {lines}"
    return lines[0]


def found(text: str, tmp_path: Path) -> list[tuple[str, int]]:
    path = tmp_path / "seeded.yaml"
    path.write_text(text, encoding="utf-8")
    result = check_bytes(str(path), path.read_bytes(), Selection(Settings(today=TODAY)))
    return sorted((finding.code, finding.span.line) for finding in result.findings)


def seeded(name: str, *edits: tuple[str, str]) -> str:
    text = example(name)
    for old, new in edits:
        text = once(text, old, new)
    return text


_INSTALMENTS = ("Signature of this Agreement.", *(
    f"Receipt of the Monitoring Return for {quarter} {year}." for quarter, year in (
        ("April to June", 2026), ("July to September", 2026), ("October to December", 2026),
        ("January to March", 2027), ("April to June", 2027), ("July to September", 2027),
        ("October to December", 2027), ("January to March", 2028), ("April to June", 2028),
        ("July to September", 2028), ("October to December", 2028))))

SEEDS: dict[str, tuple[str, tuple[tuple[str, str], ...], list[str]]] = {
    # code: (example, edits, regexes of the lines the findings point at, one per finding)
    "BND001": (UK, (("    identifiers: {charity_number: \"1234567\"}\n",
                     "    identifiers: {charity_number: \"1234567\"}\n"
                     "    legal_person: Kestrel Vale Borough Council\n"),), [r"^    binding: mixed"]),
    "BND002": (AU, (("It records what the agencies intend to do and is not\n      legally binding or enforceable.",
                     "It records what the agencies will do and is\n      legally binding."),),
               ["above:This Memorandum is an administrative arrangement"]),
    "BND003": (UK, (("binding_clauses: [funding, information, grant]", "binding_clauses: [information]"),),
               [r"^    binding: mixed"]),
    "GEN001": (UK, (("  governing_law: UK-ENG\n", "  governing_law: none\n"),),
               [r"^  governing_law: none"]),
    "GEN002": (UK, (("    notices:\n      address: Unit 4, Brook Lane Trading Estate, Kestrel Vale KV3 7BL\n"
                     "      email: trustees@kvfoodbank.example\n      for_attention_of: Chair of Trustees\n", ""),),
               [r"^  - id: foodbank"]),
    "GEN003": (AU, ((" regional data., precedence: that}", " regional data.}"),), [r"APS Charter of Partnerships and Engagement, relationship"]),
    "GEN004": (UK, (("whatever the funding relationship.\n", "whatever the funding relationship (the Compact, 2010).\n"),),
               [r"the Compact, 2010"]),
    "FUN006": (UK, (("    max_sum: 135000\n", "    max_sum: 13500\n"),), [r"^    max_sum: 13500$"]),
    "FUN007": (UK, (("  total: 135000\n", "  total: 0\n"),
                    *((f"amount: 45000, period: {year}", f"amount: 0, period: {year}")
                      for year in ("2026/27", "2027/28", "2028/29")),
                    ("    max_sum: 135000\n", "    max_sum: 0\n"),
                    *((f"amount: 11250, condition: {what}", f"amount: 0, condition: {what}")
                      for what in _INSTALMENTS)), [r"^  total: 0"]),
    "FUN008": (UK, (("{due: 2029-01-02, amount: 11250,", "{due: 2029-01-02, amount: 1125,"),), [r"due: 2026-04-01, amount: 11250, condition: Signature"]),
    "FUN009": (UK, (("    remedy_days: 30\n", ""),), [r"^    max_sum: 135000"]),
    "INF017": (SCOT, (("      special_category: true\n      controller_status: separate\n      conditions:\n        nhs:",
                       "      special_category: true\n      conditions:\n        nhs:"),), [r"^    - id: D1"]),
    "INF018": (SCOT, (("        council: UK GDPR Article 9(2)(h); Data Protection Act 2018 Schedule 1 Part 1 paragraph 2 (health or social care purposes).\n"
                       "        nhs: UK GDPR Article 9(2)(h)",
                       "        council: Consent.\n        nhs: UK GDPR Article 9(2)(h)"),), [r"^        council: Consent\."]),
    "INF019": (UK, (("council: UK GDPR Article 6(1)(e), public task, providing welfare rights advice.",
                     "council: Consent of the household."),), [r"council: Consent of the household"]),
    "INF020": (UK, (("      personal: false\n      data_items: [Quarterly", "      data_items: [Quarterly"),),
               [r"^    - id: D3"]),
    "INF021": (UK, ((" Each Party answers requests from\n    individuals about the personal data it holds; the Council is the first point of contact and\n"
                     "    passes on a request about data the Food Bank holds within 2 Working Days.\n", "\n"),),
               [r"^  individual_rights_contact:"]),
    "PTY009": (SCOT, (("    owner: nhs\n    objective: O2\n", "    objective: O2\n"),), [r"^  - id: W1"]),
    "PTY010": (SCOT, (("{name: Form live on all acute wards, due: 2026-12-31}", "{name: Form live on all acute wards}"),),
               [r"Form live on all acute wards"]),
    "SIG007": (NZ, (("name: David Chen, ", ""),), [r"party: ministry, position: Deputy Chief Executive"]),
    "SIG008": (UK, (("  governing_law: UK-ENG\n", "  governing_law: UK-ENG\n  execution: deed\n"),),
               [r"party: council, name: Amira Okafor", r"party: foodbank, name: Gareth Lewis",
                r"party: foodbank, name: Priya Shah"]),
    "SIG009": (SCOT, (("name: Euan MacLeod, authority_ref: Standing Orders and Scheme of Delegation section 5.4, "
                       "date: 2026-09-18, capacity: advisory}",
                       "name: Euan MacLeod, authority_ref: Standing Orders and Scheme of Delegation section 5.4, "
                       "date: 2026-09-18}"),),
               [r"position: Caldicott Guardian"]),
    "TXT005": (SCOT, (("Each consults the other within 5 Working Days", "Each consults the other within 10 Working Days"),),
               ["above:Both Parties are Scottish public authorities"]),
    "TXT006": (UK, (("  Working Day: A day other than a Saturday, a Sunday or a bank holiday in England.\n", ""),),
               [r"id: C1, owner_role: Welfare Assistance Manager"]),
    "TXT007": (AU, (("Each agency consults the other within 5 Working Days before releasing",
                     "Each agency consults the other within 5 Working Days before releasing, under this MoU,"),),
               ["above:Each agency consults the other within 5 Working Days"]),
}


@pytest.mark.parametrize("name", [UK, SCOT, NZ, AU, VIC])
def test_examples_are_clean(name: str, tmp_path: Path) -> None:
    assert found(example(name), tmp_path) == []


@pytest.mark.parametrize("code", sorted(SEEDS))
def test_seeded_defect_gets_exactly_its_code(code: str, tmp_path: Path) -> None:
    name, edits, where = SEEDS[code]
    text = seeded(name, *edits)
    got = found(text, tmp_path)
    assert got == sorted((code, line_of(text, pattern)) for pattern in where)
