"""Assemble the scaffold: every section in FORMAT.md order, each with its comment, dumped
with ruamel.yaml under a schema modeline, then checked against the schema before it is
handed to the writer (a scaffold that fails its own schema is a bug, never a user's file)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ruamel.yaml.comments import CommentedMap

from collabagree.core.errors import CollabagreeError
from collabagree.scaffold import sections_coordination as coordination
from collabagree.scaffold import sections_delivery as delivery
from collabagree.scaffold import sections_identity as identity
from collabagree.scaffold import sections_information as information
from collabagree.scaffold import sections_lifecycle as lifecycle
from collabagree.scaffold.answers import Answers
from collabagree.scaffold.comments import HEADER, SECTION_COMMENTS
from collabagree.scaffold.facts import Facts, derive_facts
from collabagree.scaffold.yamldoc import dump_document, explain

SectionBuilder = Callable[[Facts], Any]
"""Builds one top-level section's value from the facts, or returns None to leave it out."""

SECTIONS: tuple[tuple[str, SectionBuilder], ...] = (
    ("agreement", identity.agreement),
    ("parties", identity.parties),
    ("lead_agency", identity.lead_agency),
    ("purpose", identity.purpose),
    ("rationale", identity.rationale),
    ("scope", identity.scope),
    ("objectives", identity.objectives),
    ("principles", identity.principles),
    ("engagement", identity.engagement),
    ("roles", delivery.roles),
    ("work_programme", delivery.work_programme),
    ("governance", delivery.governance),
    ("authorising_environment", delivery.authorising_environment),
    ("funding", delivery.funding),
    ("kpis", delivery.kpis),
    ("reporting", delivery.reporting),
    ("evaluation", delivery.evaluation),
    ("communication", coordination.communication),
    ("service_integration", coordination.service_integration),
    ("co_location", coordination.co_location),
    ("joint_training", coordination.joint_training),
    ("information", information.information),
    ("intellectual_property", information.intellectual_property),
    ("risks", information.risks),
    ("safeguarding", information.safeguarding),
    ("treaty_partnership", information.treaty_partnership),
    ("term", lifecycle.term),
    ("review", lifecycle.review),
    ("variation", lifecycle.variation),
    ("dispute_resolution", lifecycle.dispute_resolution),
    ("termination", lifecycle.termination),
    ("exit", lifecycle.exit_),
    ("signatories", lifecycle.signatories),
    ("document_control", lifecycle.document_control),
    ("publication", lifecycle.publication),
)
"""Top-level sections in the order of FORMAT.md; a builder returning None leaves its section out."""


def build_document(answers: Answers) -> CommentedMap:
    """The scaffold as a round-trip mapping, with a comment above each section."""
    facts = derive_facts(answers)
    document = CommentedMap()
    document["collabagree"] = 1
    for key, builder in SECTIONS:
        value = builder(facts)
        if value is None:
            continue
        document[key] = value
        explain(document, key, SECTION_COMMENTS[key])
    return document


def modeline(schema_ref: str) -> str:
    """The first line editors read to validate and complete the file against the schema."""
    return f"# yaml-language-server: $schema={schema_ref}\n"


def header_comment() -> str:
    """The comment block under the modeline."""
    return "".join(f"# {line}\n" if line else "#\n" for line in HEADER.splitlines()) + "\n"


def render_scaffold(answers: Answers, schema_ref: str) -> str:
    """The complete scaffold text, checked against the schema."""
    text = modeline(schema_ref) + header_comment() + dump_document(build_document(answers))
    ensure_schema_valid(text)
    return text


def ensure_schema_valid(text: str, path: str = "scaffold.yaml") -> None:
    """Raise when `text` has any load or schema finding: the caller writes nothing then."""
    from collabagree.load.reader import load_bytes
    from collabagree.schema.validate import validate

    loaded = load_bytes(path, text.encode("utf-8"))
    findings = list(loaded.findings)
    if not findings:
        _, findings = validate(loaded)
    if findings:
        first = findings[0]
        raise CollabagreeError(
            f"internal error: the scaffold failed its own schema check ({first.code} at line "
            f"{first.span.line}: {first.message}); nothing was written, please report it")
