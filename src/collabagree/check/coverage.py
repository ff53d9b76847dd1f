"""The coverage view of `check --coverage`: for each agreement, the ten areas of a collaboration
agreement, each present, partial (with the failing codes) or missing.

The ten areas are the seven key elements of a public-sector collaboration agreement (purpose and
scope; roles and responsibilities; governance; funding and resources; performance measures;
communication and coordination; intellectual property and confidentiality) plus lifecycle,
information and execution.

Pure: computed from one file's findings and its loaded YAML data; no I/O.

How a finding is placed in an area:

- by its code, from `CODE_AREAS` (a whole group such as `GOV`, or one code such as `INF013`);
  risk and integrity (RSK) counts under governance, dispute resolution (DSP) under lifecycle,
  and confidentiality and IP (INF001, INF002, INF013) under IP and confidentiality;
- otherwise (REF, TXT, SUP) by the top-level key of its YAML path, from `KEY_AREAS`
  (REF001 at `$.kpis[0].responsible` counts under performance measures);
- profile findings (APS, VIC, NZP, UKC) are principle evidence, not elements: left out.

How an area's status is decided:

- **missing** when none of its core sections (`Area.core`) holds anything, or when one of its
  "section missing" codes (`Area.missing_codes`: GOV001 governance-missing, FUN001
  funding-missing) fired;
- **partial** when an error or warning of the area fired (the codes are listed);
- **present** otherwise. Info findings never lower the status; they are listed as notes.

Purpose is required by the schema, so "purpose and scope" is never missing; a purpose with no
scope is partial (PUR002). The term is required too, so "lifecycle" counts review, variation,
disputes, termination and exit as its core.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from collabagree.core.findings import Finding, Severity
from collabagree.model.agreement import Agreement
from collabagree.model.kinds import section_areas

PRESENT = "present"
PARTIAL = "partial"
MISSING = "missing"


@dataclass(frozen=True)
class Area:
    """One area of the coverage view."""

    key: str
    title: str
    core: tuple[str, ...]
    """Dotted paths of the sections that make the area exist (any one non-empty suffices)."""
    missing_codes: frozenset[str] = frozenset()
    """Codes that mean the area's substance is absent even if a section key is there."""


AREAS: tuple[Area, ...] = (
    Area("purpose_scope", "Purpose and scope", ("purpose",)),
    Area("roles", "Roles and responsibilities", ("roles",)),
    Area("governance", "Governance", ("governance",), frozenset({"GOV001"})),
    Area("funding", "Funding and resources", ("funding",), frozenset({"FUN001"})),
    Area("performance", "Performance measures", ("kpis", "reporting", "evaluation")),
    Area("communication", "Communication and coordination",
         ("communication", "service_integration", "co_location", "joint_training")),
    Area("ip_confidentiality", "Intellectual property and confidentiality",
         ("intellectual_property", "information.confidentiality")),
    Area("lifecycle", "Lifecycle", ("review", "variation", "dispute_resolution", "termination", "exit")),
    Area("information", "Information",
         ("information.data_flows", "information.official_information", "information.records",
          "information.personal_information_exchanged", "information.impact_assessment",
          "information.breach_notification_hours", "information.individual_rights_contact")),
    Area("execution", "Execution", ("signatories", "document_control")),
)
AREA_KEYS: tuple[str, ...] = tuple(area.key for area in AREAS)

# A code (exact) or a group (three letters) -> area key. Exact codes win over groups.
CODE_AREAS: dict[str, str] = {
    "PUR": "purpose_scope",
    "PTY": "roles",
    "GOV": "governance",
    "RSK": "governance",
    "FUN": "funding",
    "PRF": "performance",
    "COM": "communication",
    "INF": "information",
    "INF001": "ip_confidentiality",
    "INF002": "ip_confidentiality",
    "INF013": "ip_confidentiality",
    "LIF": "lifecycle",
    "DSP": "lifecycle",
    "SIG": "execution",
}
PROFILE_GROUPS = frozenset({"APS", "VIC", "NZP", "UKC"})

# Top-level YAML key -> area key, for findings whose code has no area (REF, TXT, SUP); each
# section of the model declares its area (`model.kinds.CoverageArea`).
KEY_AREAS: dict[str, str] = section_areas(Agreement)
_TOP_KEY = re.compile(r"^\$\.([A-Za-z_]+)")


@dataclass
class AreaCoverage:
    """The status of one area in one agreement."""

    area: Area
    status: str = PRESENT
    codes: list[str] = field(default_factory=list)
    """Codes of the errors and warnings in this area, sorted, each once."""
    notes: list[str] = field(default_factory=list)
    """Codes of the info findings in this area."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of one area."""
        return {"area": self.area.key, "title": self.area.title, "status": self.status,
                "codes": self.codes, "notes": self.notes}


@dataclass
class AgreementCoverage:
    """The coverage of one file: its areas, or why it could not be assessed."""

    path: str
    title: str | None = None
    type: str | None = None
    areas: list[AreaCoverage] = field(default_factory=list)
    schema_codes: list[str] = field(default_factory=list)
    """SCH codes when the file is not a valid agreement (then `areas` is empty)."""

    @property
    def valid(self) -> bool:
        """True when the agreement was valid and its areas were assessed."""
        return not self.schema_codes

    def count(self, status: str) -> int:
        """How many areas have this status."""
        return sum(1 for area in self.areas if area.status == status)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of one agreement."""
        return {"path": self.path, "title": self.title, "type": self.type, "valid": self.valid,
                "schema_codes": self.schema_codes,
                "summary": {status: self.count(status) for status in (PRESENT, PARTIAL, MISSING)},
                "areas": [area.to_dict() for area in self.areas]}


def area_of(finding: Finding) -> str | None:
    """The area key a finding belongs to, or None (profile findings, findings at the root)."""
    code = finding.code
    if code[:3] in PROFILE_GROUPS or code.startswith("SCH"):
        return None
    by_code = CODE_AREAS.get(code) or CODE_AREAS.get(code[:3])
    if by_code is not None:
        return by_code
    match = _TOP_KEY.match(finding.yaml_path or "")
    return KEY_AREAS.get(match.group(1)) if match else None


def has_content(data: Mapping[str, Any], dotted: str) -> bool:
    """True when the value at a dotted path exists and is not empty (False and 0 count)."""
    value: Any = data
    for key in dotted.split("."):
        if not isinstance(value, Mapping) or key not in value:
            return False
        value = value[key]
    if value is None:
        return False
    if isinstance(value, (str, list, dict)):
        return bool(value.strip() if isinstance(value, str) else value)
    return True


def _unique_sorted(codes: Iterable[str]) -> list[str]:
    return sorted(set(codes))


def agreement_coverage(path: str, findings: Iterable[Finding], data: Any) -> AgreementCoverage:
    """The coverage of one file from its findings and its loaded YAML data (a mapping when valid)."""
    findings = list(findings)
    schema = _unique_sorted(f.code for f in findings if f.code.startswith("SCH"))
    if schema or not isinstance(data, Mapping):
        return AgreementCoverage(path, schema_codes=schema or ["SCH006"])
    found = data.get("agreement")
    meta: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    result = AgreementCoverage(path, meta.get("title"), meta.get("type"))
    by_area: dict[str, list[Finding]] = {key: [] for key in AREA_KEYS}
    for finding in findings:
        key = area_of(finding)
        if key is not None:
            by_area[key].append(finding)
    for area in AREAS:
        own = by_area[area.key]
        failing = _unique_sorted(f.code for f in own if f.severity is not Severity.INFO)
        notes = _unique_sorted(f.code for f in own if f.severity is Severity.INFO)
        if not any(has_content(data, dotted) for dotted in area.core) or area.missing_codes & set(failing):
            status = MISSING
        elif failing:
            status = PARTIAL
        else:
            status = PRESENT
        result.areas.append(AreaCoverage(area, status, failing, notes))
    return result
