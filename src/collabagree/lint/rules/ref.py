"""REF rules: references between parts of the agreement resolve (REF001, REF002).

The rules on defined terms, ids and binding clauses (REF003-REF006) are in `ref_ids.py`;
this module's RULES holds the whole group.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence

from collabagree.core.positions import YamlPath, format_yaml_path
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import quote_list
from collabagree.lint.rules.ref_ids import ID_RULES
from collabagree.model import Agreement
from collabagree.model.kinds import iter_pattern, party_patterns
from collabagree.model.performance import Kpi
from collabagree.model.roles import WorkItem

_REF_SOURCE = ("ICO, *Data sharing code of practice*, Data sharing agreements (a DSA names the "
               "parties and what each is responsible for), https://ico.org.uk/for-organisations/"
               "uk-gdpr-guidance-and-resources/data-sharing/data-sharing-a-code-of-practice/"
               "data-sharing-agreements/; Treasury NZ, *Guidelines for Contracting with NGOs*, 3.2 "
               "Contents Checklist (identification of the legal parties), "
               "http://www.treasury.govt.nz/publications/guidance/mgmt/ngo/24.htm")

PartyRefSite = tuple[YamlPath, str, bool]
"""Where a party id is named: (path, value, whether the id is a mapping key)."""

_PARTY_FIELDS = party_patterns(Agreement)


def iter_party_refs(agreement: Agreement) -> Iterator[PartyRefSite]:
    """Every field typed *party* (FORMAT.md), in format order: the `PartyRef` and `PartyKey`
    fields of the model (`model.kinds`). Words a field also allows (`joint`) are skipped."""
    for pattern in _PARTY_FIELDS:
        allowed = pattern.marker.also
        for path, value, at_key in iter_pattern(agreement, pattern.steps, attributes=True):
            if isinstance(value, str) and value not in allowed:
                yield path, value, at_key


def closest(value: str, choices: Iterable[str]) -> str | None:
    """The choice most like `value` (difflib), if any is reasonably close."""
    matches = difflib.get_close_matches(value, sorted(choices), n=1, cutoff=0.5)
    if not matches:
        matches = difflib.get_close_matches(value.lower(), sorted(choices), n=1, cutoff=0.5)
    return matches[0] if matches else None


def unknown_message(where: YamlPath, value: str, known: Iterable[str], what: str, *,
                    as_key: bool = False) -> str:
    """`kpis[0].responsible names 'x', which is not a declared party (...); did you mean 'y'?`

    `what` carries its article ("a declared party", "an objective").
    """
    known = sorted(known)
    field_name = format_yaml_path(where[:-1] if as_key else where).removeprefix("$.")
    noun = what.split(" ", 1)[1]
    listing = f"{noun} ids: {quote_list(known)}" if known else f"there is no {noun}"
    named = f"names '{value}' as a key" if as_key else f"names '{value}'"
    message = f"{field_name} {named}, which is not {what} ({listing})"
    suggestion = closest(value, known)
    return message + (f"; did you mean '{suggestion}'?" if suggestion else "")


@rule("REF001", "unknown-party", "E",
      summary="a party-typed field names no declared party",
      why="A responsibility, KPI, flow or signature given to an organisation that is not a party "
          "binds nobody: no one has agreed to do it.",
      source=_REF_SOURCE,
      fix="Use the `id` of a party listed under `parties`, or add the missing party.")
def unknown_party(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Every field typed *party* in FORMAT.md (owners, members, responsible parties, flow ends,
    signatories, and the keys of party-to-role mappings) names the `id` of a declared party.
    `intellectual_property.new.owner` may also be `joint`."""
    declared = agreement.party_ids
    for path, value, at_key in iter_party_refs(agreement):
        if value not in declared:
            yield Violation(path, unknown_message(path, value, declared, "a declared party", as_key=at_key),
                            at_key=at_key)


@rule("REF002", "unknown-reference", "E",
      summary="an objective reference, or a reporting line's party-or-body, resolves to nothing",
      why="A KPI or workstream that points at a missing objective measures nothing agreed, and a "
          "report sent to an unknown body has no one to receive it.",
      source="Treasury NZ, *Guidelines for Contracting with NGOs*, 3.2 Contents Checklist, "
             "http://www.treasury.govt.nz/publications/guidance/mgmt/ngo/24.htm",
      fix="Point `objective` at the `id` of an objective, and `reporting` `from`/`to` at a party "
          "id or a governance body id.")
def unknown_reference(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`kpis[].objective` and `work_programme[].objective` name an objective id;
    `reporting[].from` and `reporting[].to` name a party id or a governance body id."""
    objectives = {objective.id for objective in agreement.objectives or ()}
    sections: tuple[tuple[str, Sequence[Kpi | WorkItem] | None], ...] = (
        ("kpis", agreement.kpis), ("work_programme", agreement.work_programme))
    for section, items in sections:
        for index, item in enumerate(items or ()):
            if item.objective is not None and item.objective not in objectives:
                path = (section, index, "objective")
                yield Violation(path, unknown_message(path, item.objective, objectives, "an objective"))
    bodies = {body.id for body in (agreement.governance.bodies or ())} if agreement.governance else set()
    targets = agreement.party_ids | bodies
    for index, line in enumerate(agreement.reporting or ()):
        for key, value in (("from", line.from_), ("to", line.to)):
            if value is not None and value not in targets:
                path = ("reporting", index, key)
                yield Violation(path, unknown_message(path, value, targets, "a party or governance body"))


RULES: tuple[Rule, ...] = (unknown_party, unknown_reference, *ID_RULES)
