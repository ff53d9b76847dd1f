"""BND rules: the agreement's legal status (whether and where it binds) is one the law allows,
its statement agrees with its flag, and money is paid on binding terms."""

from __future__ import annotations

import re
from collections.abc import Iterator

from collabagree.domain import sources
from collabagree.domain.sources import cite
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import quote_list
from collabagree.model import Agreement
from collabagree.model.meta import LegalStatus

_LEGAL_STATUS = ("agreement", "legal_status")
_LEGALLY_BINDING = re.compile(r"(?<!\w)legally[\s-]+binding(?![\w-])", re.IGNORECASE)
# A denial before "legally binding" in the same sentence: "is not legally binding", "creates no
# legally binding obligations", "non-legally binding", "is not intended to be legally binding".
_DENIAL = re.compile(r"(?<![\w-])(?:not|no|non|never|neither|nor|nothing|without)(?![\w])|n['’]t(?!\w)",
                     re.IGNORECASE)
# "legally binding with no 'not'": a denial anywhere (but "non-corporate" is no denial).
_NOT = re.compile(r"(?<![\w-])(?:not|no|never|neither|nor|nothing|without)(?![\w-])|n['’]t(?!\w)",
                  re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?\n]")
# What the funding clause is called when it is a schedule rather than the `funding` section.
_FUNDING_WORDS = re.compile(r"fund|grant|payment|repay", re.IGNORECASE)


def _binds(legal: LegalStatus | None) -> bool:
    return legal is not None and legal.binding in (True, "mixed")


def legal_person_key(name: str) -> str:
    """A legal person's name compared loosely: case, spacing and a leading "the" ignored."""
    words = name.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


@rule("BND001", "binding-within-one-legal-person", "E",
      summary="binding is true or mixed and every party is part of the same legal person",
      why="A legal person cannot contract with itself. Commonwealth non-corporate entities are all "
          "part of the Commonwealth, one State's departments are all the State, and UK government "
          "departments are all the Crown: an arrangement among them cannot be legally binding, "
          "so it is an MoU whose commitments are managed, not enforced.",
      source=cite(sources.ANAO_MOU, sources.FINANCE_CONTRACT_GUIDE),
      fix="Set `legal_status.binding: false` and say in the statement that the arrangement is not "
          "legally binding; if one party is in fact a separate legal person (a corporate "
          "Commonwealth entity, a council, a company), correct its `kind` or `legal_person`.")
def binding_within_one_legal_person(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`legal_status.binding` is true or mixed, there are two or more parties, and every party
    is part of the same legal person: its `legal_person`, or the one derived from its kind and
    jurisdiction (an AU-CTH or State `central_government` party is part of the Commonwealth or
    that State, a UK `central_government` department part of the Crown); a party with neither
    is its own legal person, under its name (a council and a food bank run as one of the
    council's services are one legal person). Names are compared ignoring case, spacing and a
    leading "the"."""
    legal = agreement.agreement.legal_status
    if not _binds(legal) or len(agreement.parties) < 2:
        return
    persons = {legal_person_key(party.legal_person or party.name) for party in agreement.parties}
    if len(persons) != 1 or all(party.legal_person is None for party in agreement.parties):
        return
    person = next(party.legal_person for party in agreement.parties if party.legal_person)
    yield Violation((*_LEGAL_STATUS, "binding"),
                    f"every party ({quote_list(party.id for party in agreement.parties)}) is part of "
                    f"{person}, which cannot contract with itself, so the agreement cannot be "
                    "legally binding; set binding: false")


def statement_denies_binding(statement: str) -> bool | None:
    """What a legal status statement says: True when it says "not legally binding" (a denial
    before "legally binding" in the same sentence), False when it says "legally binding" with
    no denial anywhere, None when it does not say "legally binding"."""
    matches = list(_LEGALLY_BINDING.finditer(statement))
    if not matches:
        return None
    sentence_starts = [0] + [match.end() for match in _SENTENCE_END.finditer(statement)]
    denials = [match.start() for match in _DENIAL.finditer(statement)]
    from bisect import bisect_left, bisect_right

    for match in matches:
        start = sentence_starts[bisect_right(sentence_starts, match.start()) - 1]
        before = bisect_left(denials, match.start()) - 1
        if before >= 0 and denials[before] >= start:
            return True
    return None if _NOT.search(statement) else False


@rule("BND002", "status-statement-contradicts-flag", "E",
      summary="legal_status.statement says the opposite of binding",
      why="The statement is what the parties read and sign; the flag decides what the document "
          "and the checks assume. When one says \"legally binding\" and the other \"not legally "
          "binding\", the document contradicts itself on the question that matters most.",
      source=cite(sources.ANAO_MOU),
      fix="Make the statement and `legal_status.binding` say the same thing.")
def status_statement_contradicts_flag(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`legal_status.statement` says "not legally binding" (a denial such as not, no or non
    before "legally binding" in the same sentence) while `binding` is true, or says "legally
    binding" with no denial anywhere in it while `binding` is false. A mixed agreement, or a
    statement that does not say "legally binding", is not checked."""
    legal = agreement.agreement.legal_status
    if legal is None or not legal.statement or legal.binding not in (True, False):
        return
    denies = statement_denies_binding(legal.statement)
    if legal.binding is True and denies is True:
        yield Violation((*_LEGAL_STATUS, "statement"),
                        "the statement says the agreement is not legally binding, but "
                        "legal_status.binding is true")
    elif legal.binding is False and denies is False:
        yield Violation((*_LEGAL_STATUS, "statement"),
                        "the statement says the agreement is legally binding, but "
                        "legal_status.binding is false")


def _funding_binds(agreement: Agreement, legal: LegalStatus | None) -> bool:
    """Whether the funding terms are among the binding parts."""
    if legal is None or legal.binding is not True and legal.binding != "mixed":
        return False
    if legal.binding is True:
        return True
    clauses = set(legal.binding_clauses or ())
    if "funding" in clauses:
        return True
    return any(schedule.id in clauses and _FUNDING_WORDS.search(f"{schedule.id} {schedule.title or ''}")
               for schedule in agreement.schedules or ())


def _funding_binds_elsewhere(agreement: Agreement) -> bool:
    """Whether a related instrument that is legally binding carries the funding (its title or
    relationship says fund, grant, payment or repay): a separate funding agreement."""
    return any(item.binding is True and _FUNDING_WORDS.search(f"{item.title or ''} {item.relationship or ''}")
               for item in agreement.related_instruments or ())


@rule("BND003", "funding-terms-not-binding", "E: funding_agreement; else W",
      summary="a party pays cash but the funding terms are not among the binding parts",
      why="Grant conditions, payment terms and the right to recover money are what protect public "
          "money; if they do not bind, the funder cannot enforce the conditions or get money back "
          "when it is misspent.",
      source=cite(sources.GOVS_015_AGREEMENTS, sources.MGFA, sources.CTH_GRANTS_TOOLKIT),
      fix="Make the funding terms binding: `legal_status.binding: true`, or `binding: mixed` with "
          "`funding` (or the grant schedule's id) in `binding_clauses`; or, when the money is paid "
          "under a separate funding agreement, list it under `related_instruments` with "
          "`binding: true`.")
def funding_terms_not_binding(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A cash contribution has an amount above 0, and the funding terms (the `funding` section,
    its grant conditions and recovery) are not among the binding parts: `binding` is false or
    unset, or it is mixed and `binding_clauses` holds neither `funding` nor the id of a schedule
    about funding (its id or title says fund, grant, payment or repay). It does not fire when a
    related instrument with `binding: true` carries the funding (its title or relationship says
    fund, grant, payment or repay), as a separate funding agreement does."""
    funding = agreement.funding
    if funding is None:
        return
    payers = list(dict.fromkeys(item.party or "a party" for item in funding.contributions or ()
                                if item.type == "cash" and (item.amount or 0) > 0))
    legal = agreement.agreement.legal_status
    if not payers or _funding_binds(agreement, legal) or _funding_binds_elsewhere(agreement):
        return
    how = ("the agreement does not say it is binding" if legal is None or legal.binding is None
           else "the agreement is not legally binding" if legal.binding is False
           else "binding_clauses does not include funding")
    path = _LEGAL_STATUS if legal is not None else ("agreement",)
    verb = "pays" if len(payers) == 1 else "pay"
    yield Violation(path, f"{quote_list(payers)} {verb} cash, but {how}, so the grant conditions "
                          "and repayment cannot be enforced")


RULES: tuple[Rule, ...] = (
    binding_within_one_legal_person, status_statement_contradicts_flag, funding_terms_not_binding,
)
