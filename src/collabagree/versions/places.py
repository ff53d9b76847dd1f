"""Where the renderer shows each part of the model: model path -> clause number.

The drafting engine gives every section and clause an anchor built from the model's own
names (`purpose.in-scope`, `governance.FSPG.members`, `roles.council`, `schedule.tor`,
`performance.reporting.2`), and numbers them. So a path is placed in three steps:

1. its top-level key names a section (`SECTION_OF`; a few deeper keys have their own,
   `SUBSECTION_OF`: `information.data_flows` is in the Personal information section);
2. the path's words (keys hyphenated, list items by id, or by position counted from 1)
   are joined after that section's anchor, every run of them, longest and deepest first,
   and the first anchor the drafted document has gives the clause (`ANCHOR_OF` names the
   few clauses whose anchor is not made of the path's words, and comes first);
3. else the clause whose template prints the path's deepest field (`wording.py` reads that
   from the clause templates, so it follows the wording when a field moves);
4. failing that, the section's own number; content shown on the front page or nowhere
   numbered (the title, the document history) is placed by the section's title.

The document is drafted from the version the change is in (NEW, or OLD for a removal), so
the number is the one a reader of that version sees.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from collabagree.core.errors import CollabagreeError
from collabagree.core.positions import YamlPath
from collabagree.model import Agreement

FRONT_PAGE = "front page"

SECTION_OF: dict[str, str] = {
    "agreement": "status", "parties": "parties", "lead_agency": "roles", "facilitator": "roles",
    "background": "background", "purpose": "purpose", "rationale": "purpose", "scope": "purpose",
    "objectives": "purpose", "principles": "purpose", "engagement": "purpose", "roles": "roles",
    "work_programme": "work", "governance": "governance", "authorising_environment": "governance",
    "funding": "funding", "kpis": "performance", "reporting": "performance",
    "evaluation": "performance", "communication": "communication", "service_integration": "services",
    "co_location": "services", "joint_training": "services", "information": "information",
    "intellectual_property": "ip", "risks": "risk", "safeguarding": "risk",
    "treaty_partnership": "treaty", "term": "term", "review": "term", "variation": "variation",
    "dispute_resolution": "disputes", "termination": "termination", "exit": "termination",
    "related_instruments": "general", "definitions": "interpretation", "signatories": "execution",
    "document_control": "history", "publication": "information", "schedules": "schedule",
}
SUBSECTION_OF: dict[YamlPath, str] = {
    ("information", "data_flows"): "data", ("information", "processors"): "data",
    ("information", "breach_notification_hours"): "data", ("information", "impact_assessment"): "data",
    ("information", "individual_rights_contact"): "data", ("information", "onward_sharing"): "data",
    ("information", "international_transfers"): "data", ("information", "accuracy"): "data",
    ("information", "regulator_notification"): "data",
    ("information", "personal_information_exchanged"): "data",
}
ANCHOR_OF: dict[YamlPath, str] = {
    ("parties",): "parties.between", ("lead_agency",): "roles.lead",
    ("facilitator",): "roles.facilitator", ("rationale",): "purpose.rationale",
    ("kpis",): "performance.kpis", ("work_programme",): "work.programme",
    ("risks",): "risk.register", ("exit",): "termination.exit",
    ("review", "triggers"): "term.triggers", ("review",): "term.review", ("term",): "term.dates",
    ("definitions",): "interpretation.definitions", ("information", "data_flows"): "data.flows",
    ("information", "official_information"): "information.foi",
    ("information", "records"): "information.records", ("publication",): "information.publication",
    ("agreement", "legal_status"): "status.binding", ("dispute_resolution", "levels"): "disputes.ladder",
    ("dispute_resolution", "final_step"): "disputes.final",
    ("variation", "in_writing"): "variation.writing",
    ("parties", "notices"): "general.notices", ("parties", "dpo"): "data.dpo",
    ("parties", "statutory_basis"): "parties.powers",
    ("information", "breach_notification_hours"): "data.breach", ("agreement", "governing_law"): "general.law",
}
# Shown on the front page, not in a numbered clause.
FRONT_KEYS = frozenset({"id", "title", "short_title", "type", "jurisdiction", "locale", "status"})


class ClauseMap:
    """Anchor -> number for one drafted agreement; `clause_of` places a model path."""

    def __init__(self, agreement: Agreement) -> None:
        self.data = agreement.model_dump(mode="json", by_alias=True, exclude_none=True)
        self.numbers = _numbers(agreement)

    def clause_of(self, path: YamlPath) -> str:
        """The clause number (`8.2`, `Schedule 1`, `2 of Schedule 1`) or section title
        under which this version shows the content at `path`; "" when nowhere."""
        if not path:
            return ""
        if path[0] == "agreement" and (len(path) == 1 or path[1] in FRONT_KEYS):
            return FRONT_PAGE
        keys = tuple(item for item in path if isinstance(item, str))
        for length in range(len(keys), 0, -1):
            anchor = ANCHOR_OF.get(keys[:length])
            if anchor in self.numbers and length > 1:
                return self.numbers[anchor]
        section = _section(path)
        words = list(self._words(path))
        for candidate in _candidates(section, words):
            if candidate in self.numbers:
                return self.numbers[candidate]
        for anchor in _printed_in(section, keys):
            if anchor in self.numbers:
                return self.numbers[anchor]
        anchor = ANCHOR_OF.get(keys[:1])
        if anchor in self.numbers:
            return self.numbers[anchor]
        return self.numbers.get(section, "")

    def _words(self, path: YamlPath) -> Iterator[str]:
        # Keys hyphenated (`in_scope` -> `in-scope`); list items by their id when they have one.
        value: Any = self.data
        for item in path:
            value = value[item] if _holds(value, item) else None
            if isinstance(item, int):
                ident = value.get("id") or value.get("party") if isinstance(value, dict) else None
                yield ident if isinstance(ident, str) else str(item + 1)
            else:
                yield item.replace("_", "-")


def _section(path: YamlPath) -> str:
    for length in range(len(path), 0, -1):
        if path[:length] in SUBSECTION_OF:
            return SUBSECTION_OF[path[:length]]
    return SECTION_OF.get(str(path[0]), "")


def _printed_in(section: str, keys: tuple[str, ...]) -> Iterator[str]:
    """The clauses whose wording prints the path's fields, deepest field first (`wording.py`).
    A YAML key that is a Python keyword is `in_`, `from_` in the templates."""
    from collabagree.versions.wording import field_clauses

    fields = field_clauses().get(section, {})
    for key in reversed(keys):
        yield from fields.get(key, fields.get(key + "_", ()))


def _candidates(section: str, words: list[str]) -> Iterator[str]:
    """`section.w[i:j]` for every run of words, longest first, then ending deepest."""
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size, -1, -1):
            yield ".".join((section, *words[start:start + size]))


def _holds(value: Any, item: str | int) -> bool:
    if isinstance(item, int):
        return isinstance(value, list) and item < len(value)
    return isinstance(value, dict) and item in value


def _numbers(agreement: Agreement) -> dict[str, str]:
    from collabagree.drafting.engine import draft

    try:
        document = draft(agreement)
    except CollabagreeError:
        # A version the engine cannot draft still gets its changes listed, unplaced.
        return {}
    numbers: dict[str, str] = {}
    for section in document.sections:
        numbers[section.anchor] = section.number or section.title
        for clause in _clauses(section.clauses):
            numbers[clause.anchor] = (f"{clause.number} of {section.number}"
                                      if section.kind == "schedule" else clause.number)
    return numbers


def _clauses(clauses: list[Any]) -> Iterator[Any]:
    for clause in clauses:
        yield clause
        yield from _clauses(clause.children)
