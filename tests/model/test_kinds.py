"""Field kinds on the model: the lists derived from them, and every section's companions."""

from __future__ import annotations

import re

from collabagree.check.coverage import AREAS
from collabagree.lint.rules.ref import iter_party_refs
from collabagree.model import Agreement
from collabagree.model.kinds import party_patterns, prose_patterns, section_areas, sections
from collabagree.model.textfields import TEXT_FIELDS, iter_text_fields
from collabagree.scaffold.comments import SECTION_COMMENTS
from support import ROOT

SECTIONS = [name for name in sections(Agreement) if name != "collabagree"]


def test_every_section_has_a_coverage_area() -> None:
    areas = section_areas(Agreement)
    known = {area.key for area in AREAS}
    assert [name for name in SECTIONS if name not in areas] == []
    assert set(areas.values()) <= known


def test_every_section_has_a_scaffold_comment() -> None:
    assert [name for name in SECTIONS if name not in SECTION_COMMENTS] == []
    assert set(SECTION_COMMENTS) <= set(SECTIONS)


def test_every_section_has_a_template() -> None:
    templates = "".join(path.read_text(encoding="utf-8")
                        for path in (ROOT / "templates").rglob("*.j2"))
    # Read directly (`a.funding`) or through the facts helpers of the same name (`c.parties`).
    missing = [name for name in SECTIONS if not re.search(rf"\b[ac]\.{name}\b", templates)]
    assert missing == []


def test_prose_fields_follow_the_model_types() -> None:
    # ShortText is literal, Text is prose: authority_ref is a reference, not prose.
    assert "signatories[].authority_ref" not in TEXT_FIELDS
    assert "purpose.statement" in TEXT_FIELDS
    assert "kpis[].baseline" in TEXT_FIELDS  # Text | number
    assert "definitions.*" in TEXT_FIELDS
    assert "parties[].name" not in TEXT_FIELDS
    assert len(TEXT_FIELDS) == len(set(TEXT_FIELDS)) == len(prose_patterns(Agreement))


def test_party_reference_fields_include_keys_and_joint() -> None:
    patterns = {p.pattern: p.marker for p in party_patterns(Agreement)}
    assert "information.data_flows[].lawful_basis.<key>" in patterns
    assert "variation.approvers.<key>" in patterns
    assert patterns["intellectual_property.new.owner"].also == ("joint",)


def test_walks_find_values_at_their_paths() -> None:
    data = {
        "collabagree": 1,
        "agreement": {"id": "X-1", "title": "T", "type": "mou", "jurisdiction": "UK-ENG", "status": "draft"},
        "parties": [{"id": "a", "name": "A", "kind": "charity"}, {"id": "b", "name": "B", "kind": "charity"}],
        "purpose": {"statement": "To do things together for the benefit of the people of the area."},
        "term": {"start": "2026-01-01"},
        "intellectual_property": {"new": {"owner": "joint"}},
        "information": {"data_flows": [{"id": "D1", "from": "a", "to": "zz", "lawful_basis": {"b": "Art 6(1)(e)"}}]},
    }
    agreement = Agreement.model_validate(data, strict=False)
    refs = list(iter_party_refs(agreement))
    assert (("information", "data_flows", 0, "to"), "zz", False) in refs
    assert (("information", "data_flows", 0, "lawful_basis", "b"), "b", True) in refs
    assert all(value != "joint" for _, value, _ in refs)
    texts = dict(iter_text_fields(data))
    assert texts[("purpose", "statement")].startswith("To do things")
    assert texts[("information", "data_flows", 0, "lawful_basis", "b")] == "Art 6(1)(e)"
