"""GEN rules: the general provisions a binding agreement needs (governing law, notices, which
instrument prevails) and references to instruments that have been replaced."""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.core.positions import format_yaml_path
from collabagree.domain import sources
from collabagree.domain.sources import cite
from collabagree.domain.superseded import NAA_AFDA, NCVO_COVENANT, find_superseded
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank
from collabagree.model import Agreement
from collabagree.model.parties import Party


def _binds(agreement: Agreement) -> bool:
    legal = agreement.agreement.legal_status
    return legal is not None and legal.binding in (True, "mixed")


@rule("GEN001", "governing-law-missing", "E",
      summary="a binding or mixed agreement has governing_law: none",
      why="Binding terms are read under one system of law; an agreement that binds but names no "
          "governing law leaves the parties to argue first about which courts and which law "
          "decide what it means.",
      source=cite(sources.MGFA.at("clause on governing law"), sources.CTH_GRANTS_TOOLKIT),
      fix="Set `agreement.governing_law` to the jurisdiction whose law governs the binding parts "
          "(leave it out to take the agreement's jurisdiction; AU-ACT for AU-CTH).")
def governing_law_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`legal_status.binding` is true or mixed and `agreement.governing_law` is `none` (left
    out, it defaults to the jurisdiction, so only an explicit `none` fires)."""
    if _binds(agreement) and agreement.agreement.governing_law == "none":
        yield Violation(("agreement", "governing_law"),
                        "the agreement has binding parts but says no law governs them "
                        "(governing_law: none)")


def _has_notices(party: Party) -> bool:
    notices = party.notices
    return notices is not None and not (is_blank(notices.address) and is_blank(notices.email))


@rule("GEN002", "notices-missing", "W",
      summary="a binding or mixed agreement has a party without notices",
      why="Formal notices (of a breach, of termination, of a variation) take effect when they "
          "reach the address the agreement gives; without one, a party can dispute that it was "
          "ever told.",
      source=cite(sources.MGFA.at("clause on notices"), sources.CTH_GRANTS_TOOLKIT),
      fix="Give each party `notices` with an `address` or `email` (a corporate mailbox) and the "
          "position notices are marked for (`for_attention_of`).")
def notices_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`legal_status.binding` is true or mixed and a party has no `notices`, or notices with
    neither an `address` nor an `email` (one finding per party)."""
    if not _binds(agreement):
        return
    for index, party in enumerate(agreement.parties):
        if not _has_notices(party):
            yield Violation(("parties", index), f"party '{party.id}' gives no address for formal "
                                                "notices (notices.address or notices.email)")


@rule("GEN003", "precedence-missing", "W",
      summary="related instruments are listed and none says precedence",
      why="An agreement that sits beside a contract, a grant agreement or a statutory scheme "
          "will sometimes conflict with it; unless it says which prevails, the conflict is "
          "settled by argument.",
      source=cite(sources.MGFA.at("clause on precedence of documents"), sources.ANAO_MOU),
      fix="Give the related instrument that matters `precedence: this` (this agreement prevails) "
          "or `precedence: that` (the other instrument prevails).")
def precedence_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`related_instruments` lists at least one instrument and none has `precedence`."""
    instruments = agreement.related_instruments or []
    if instruments and all(item.precedence is None for item in instruments):
        yield Violation(("related_instruments",),
                        "related instruments are listed but none says which prevails where they "
                        "conflict with this agreement (precedence: this or that)")


@rule("GEN004", "superseded-instrument", "W",
      summary="a text names an instrument that has been replaced",
      why="Citing a replaced instrument commits the parties to standards that no longer apply, "
          "and tells a reader the agreement was not checked against the current ones.",
      source=cite(NCVO_COVENANT, NAA_AFDA) + "; and the source of each further entry of the "
             "table of superseded instruments (`collabagree.domain.superseded`)",
      fix="Name the instrument that replaced it, and check the wording still fits the new one; "
          "an instrument named as history (\"which replaced the Compact (2010)\") is fine.")
def superseded_instrument(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A text field names an instrument that the table of superseded instruments
    (`collabagree.domain.superseded`) lists as replaced, for the agreement's jurisdiction: the
    Compact (2010), now the Civil Society Covenant (2025); the Administrative Functions
    Disposal Authority without "Express", now AFDA Express Version 2; the Data Protection Act
    1998; and the others the table lists with their sources. Entries the table marks as not
    confirmed are left out, and a mention introduced as history ("which replaced ...") does not
    count. One finding per text and instrument."""
    jurisdiction = agreement.agreement.jurisdiction
    for path, text in context.text_fields:
        named: list[str] = []
        for entry, _offset in find_superseded(text, jurisdiction):
            if not entry.confirmed or entry.old in named:
                continue
            named.append(entry.old)
            yield Violation(path, f"{format_yaml_path(path).removeprefix('$.')} names {entry.old}, "
                                  f"which {entry.new} replaced ({entry.since})")


RULES: tuple[Rule, ...] = (
    governing_law_missing, notices_missing, precedence_missing, superseded_instrument,
)
