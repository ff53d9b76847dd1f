"""REF rules: references between parts of the agreement resolve (REF001, REF002).

The rules on defined terms, ids and binding clauses (REF003-REF006) are in `ref_ids.py`;
this module's RULES holds the whole group.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import quote_list
from collabagree.lint.rules.ref_ids import ID_RULES
from collabagree.model import Agreement
from collabagree.model.performance import Kpi
from collabagree.model.roles import WorkItem
from collabagree.core.positions import YamlPath, format_yaml_path

_REF_SOURCE = ("ICO, *Data sharing code of practice*, Data sharing agreements (a DSA names the "
               "parties and what each is responsible for), https://ico.org.uk/for-organisations/"
               "uk-gdpr-guidance-and-resources/data-sharing/data-sharing-a-code-of-practice/"
               "data-sharing-agreements/; Treasury NZ, *Guidelines for Contracting with NGOs*, 3.2 "
               "Contents Checklist (identification of the legal parties), "
               "http://www.treasury.govt.nz/publications/guidance/mgmt/ngo/24.htm")

PartyRefSite = tuple[YamlPath, str, bool]
"""Where a party id is named: (path, value, whether the id is a mapping key)."""


def _keys(mapping: Mapping[str, Any] | None, path: YamlPath) -> Iterator[PartyRefSite]:
    for key in mapping or {}:
        yield path + (key,), key, True


def _value(value: str | None, path: YamlPath) -> Iterator[PartyRefSite]:
    if value is not None:
        yield path, value, False


def _items(values: Iterable[str] | None, path: YamlPath) -> Iterator[PartyRefSite]:
    for index, value in enumerate(values or ()):
        yield path + (index,), value, False


def iter_party_refs(agreement: Agreement) -> Iterator[PartyRefSite]:
    """Every field of the agreement typed *party* (FORMAT.md), in file order."""
    a = agreement
    yield from _value(a.lead_agency, ("lead_agency",))
    if a.facilitator is not None:
        yield from _items(a.facilitator.appointed_by, ("facilitator", "appointed_by"))
    for index, entry in enumerate(a.roles or ()):
        yield from _value(entry.party, ("roles", index, "party"))
    for index, item in enumerate(a.work_programme or ()):
        yield from _value(item.owner, ("work_programme", index, "owner"))
    if a.governance is not None:
        for b_index, body in enumerate(a.governance.bodies or ()):
            for m_index, member in enumerate(body.members or ()):
                yield from _value(member.party, ("governance", "bodies", b_index, "members", m_index, "party"))
    if a.authorising_environment is not None:
        env = a.authorising_environment
        yield from _keys(env.executive_sponsors, ("authorising_environment", "executive_sponsors"))
        for index, approval in enumerate(env.approvals or ()):
            yield from _value(approval.party, ("authorising_environment", "approvals", index, "party"))
    if a.funding is not None:
        for index, contribution in enumerate(a.funding.contributions or ()):
            yield from _value(contribution.party, ("funding", "contributions", index, "party"))
    for index, kpi in enumerate(a.kpis or ()):
        yield from _value(kpi.responsible, ("kpis", index, "responsible"))
    if a.evaluation is not None:
        yield from _value(a.evaluation.owner, ("evaluation", "owner"))
    if a.communication is not None:
        for index, meeting in enumerate(a.communication.meetings or ()):
            yield from _items(meeting.parties, ("communication", "meetings", index, "parties"))
    if a.service_integration is not None:
        yield from _keys(a.service_integration.case_documentation, ("service_integration", "case_documentation"))
    if a.co_location is not None:
        yield from _value(a.co_location.host, ("co_location", "host"))
        yield from _value(a.co_location.supervision, ("co_location", "supervision"))
    yield from _information_refs(agreement)
    ip = a.intellectual_property
    if ip is not None and ip.new is not None and ip.new.owner != "joint":
        yield from _value(ip.new.owner, ("intellectual_property", "new", "owner"))
    for index, risk in enumerate(a.risks or ()):
        yield from _value(risk.owner, ("risks", index, "owner"))
    if a.variation is not None:
        yield from _keys(a.variation.approvers, ("variation", "approvers"))
    if a.dispute_resolution is not None:
        for index, level in enumerate(a.dispute_resolution.levels or ()):
            yield from _keys(level.roles, ("dispute_resolution", "levels", index, "roles"))
    for index, signatory in enumerate(a.signatories or ()):
        yield from _value(signatory.party, ("signatories", index, "party"))
    if a.document_control is not None:
        yield from _value(a.document_control.owner, ("document_control", "owner"))


def _information_refs(agreement: Agreement) -> Iterator[PartyRefSite]:
    info = agreement.information
    if info is None:
        return
    for index, flow in enumerate(info.data_flows or ()):
        where: YamlPath = ("information", "data_flows", index)
        yield from _value(flow.from_, where + ("from",))
        yield from _value(flow.to, where + ("to",))
        yield from _keys(flow.lawful_basis, where + ("lawful_basis",))
    yield from _value(info.individual_rights_contact, ("information", "individual_rights_contact"))
    if info.records is not None:
        yield from _value(info.records.keeper, ("information", "records", "keeper"))


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
