"""Which fields of the format are prose ("text" in FORMAT.md), and how to visit them.

Rules that read wording (placeholders, binding language, defined terms) and the renderer's
Markdown whitelist both need the list; it is written once, here, in YAML key spelling.
`[]` means every item of a list, `*` every value of a mapping.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from collabagree.core.positions import YamlPath

TEXT_FIELDS: tuple[str, ...] = (
    "agreement.legal_status.statement",
    "parties[].statutory_basis", "parties[].address",
    "facilitator.funded_by",
    "background[]",
    "purpose.statement", "purpose.vision",
    "rationale",
    "scope.in[]", "scope.out[]", "scope.geography",
    "objectives[].text",
    "principles[]",
    "engagement.stakeholders[]", "engagement.lived_experience",
    "engagement.feedback_to_participants",
    "roles[].responsibilities[].text",
    "work_programme[].workstream",
    "governance.bodies[].quorum", "governance.bodies[].decision_note",
    "governance.bodies[].terms_of_reference", "governance.decision_making",
    "governance.reserved_matters",
    "authorising_environment.resources",
    "funding.contributions[].description", "funding.mechanism_note",
    "funding.conditions.payment_schedule", "funding.conditions.reporting",
    "funding.conditions.recovery", "funding.conditions.audit_access",
    "kpis[].measure", "kpis[].baseline", "kpis[].target", "kpis[].data_source",
    "reporting[].content",
    "evaluation.method",
    "communication.channels[]", "communication.media_protocol", "communication.no_surprises",
    "service_integration.screening_tool", "service_integration.referral_pathway.steps[]",
    "service_integration.care_coordination", "service_integration.case_documentation.*",
    "co_location.site", "co_location.schedule",
    "joint_training.audience", "joint_training.topics[]",
    "information.confidentiality", "information.impact_assessment",
    "information.data_flows[].data_items[]", "information.data_flows[].lawful_basis.*",
    "information.data_flows[].transfer_method", "information.data_flows[].security",
    "information.data_flows[].frequency", "information.data_flows[].retention",
    "information.data_flows[].disposal",
    "information.official_information.assist_on_behalf",
    "information.official_information.statement",
    "information.records.system", "information.records.channels_allowed[]",
    "information.records.channels_prohibited_for_decisions[]",
    "information.records.retention", "information.records.on_termination",
    "intellectual_property.background", "intellectual_property.new.licence",
    "intellectual_property.statement",
    "risks[].description", "risks[].mitigation",
    "safeguarding.policy_ref", "safeguarding.vetting",
    "treaty_partnership",
    "review.triggers[]",
    "dispute_resolution.note",
    "termination.immediate_grounds[]",
    "exit.data", "exit.records", "exit.assets", "exit.clients",
    "related_instruments[].relationship",
    "definitions.*",
    "signatories[].authority_ref",
    "document_control.history[].changes",
    "publication.redactions",
    "schedules[].body",
)


def _compile(pattern: str) -> tuple[str, ...]:
    steps: list[str] = []
    for part in pattern.split("."):
        if part.endswith("[]"):
            steps.extend((part[:-2], "[]"))
        else:
            steps.append(part)
    return tuple(steps)


_COMPILED = tuple(_compile(pattern) for pattern in TEXT_FIELDS)


def iter_text_fields(data: Any) -> Iterator[tuple[YamlPath, str]]:
    """Every prose value in the agreement data, with its YAML path, in format order."""
    for steps in _COMPILED:
        yield from _walk(data, steps, ())


def iter_strings(data: Any, path: YamlPath = ()) -> Iterator[tuple[YamlPath, str]]:
    """Every string value anywhere in the data (short fields included), with its path."""
    stack: list[tuple[YamlPath, Any]] = [(path, data)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, str):
            yield where, node
        elif isinstance(node, dict):
            stack.extend((where + (key,), value) for key, value in reversed(list(node.items())))
        elif isinstance(node, list):
            stack.extend((where + (index,), value) for index, value in reversed(list(enumerate(node))))


def _walk(node: Any, steps: tuple[str, ...], path: YamlPath) -> Iterator[tuple[YamlPath, str]]:
    if not steps:
        if isinstance(node, str):
            yield path, node
        return
    step, rest = steps[0], steps[1:]
    if step == "[]":
        if isinstance(node, list):
            for index, item in enumerate(node):
                yield from _walk(item, rest, path + (index,))
    elif step == "*":
        if isinstance(node, dict):
            for key, value in node.items():
                yield from _walk(value, rest, path + (key,))
    elif isinstance(node, dict) and step in node:
        yield from _walk(node[step], rest, path + (step,))
