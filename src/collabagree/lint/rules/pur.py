"""PUR rules: purpose and scope (element 1 of a collaboration agreement)."""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank, word_count
from collabagree.model import Agreement

MIN_PURPOSE_WORDS = 15
_PURPOSE_SOURCE = ("NZ Office of the Auditor-General, *Local authorities working together* (2004), "
                   "Part 4, https://oag.parliament.nz/2004/working-together/part4.htm; ANAO Better "
                   "Practice Guide *Developing and Managing Contracts* (2012), MoU section")


@rule("PUR001", "purpose-too-short", "W",
      summary="purpose.statement under 15 words",
      why="A one-line purpose cannot tell a later reader what the parties set out to achieve, "
          "which is what they fall back on when circumstances change.",
      source=_PURPOSE_SOURCE,
      fix="Say what the collaboration is for, for whom, and what will be different, in a "
          "sentence or two of at least 15 words.")
def purpose_too_short(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`purpose.statement` has fewer than 15 words."""
    words = word_count(agreement.purpose.statement)
    if words < MIN_PURPOSE_WORDS:
        yield Violation(("purpose", "statement"),
                        f"the purpose statement has {words} words; say what the collaboration is "
                        f"for in at least {MIN_PURPOSE_WORDS}")


@rule("PUR002", "scope-missing", "E",
      summary="scope.in absent or empty",
      why="Without a scope the parties cannot tell which activities the agreement covers, and "
          "disputes about who agreed to what follow.",
      source=_PURPOSE_SOURCE,
      fix="List what the agreement covers under `scope.in`.")
def scope_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `scope.in` entries."""
    if agreement.scope is None or is_blank(agreement.scope.in_):
        path = ("scope", "in") if agreement.scope is not None else ("scope",)
        yield Violation(path, "the scope is missing: list what the agreement covers under scope.in")


@rule("PUR003", "exclusions-missing", "W",
      summary="scope.out absent or empty",
      why="Saying what is out of scope is how an agreement is open about its limits; the APS "
          "Charter's *Transparent* principle asks for limitations to be set out at the outset.",
      source="APS Charter of Partnerships and Engagement (2023), principle 3 Transparent, "
             "https://www.apsreform.gov.au/news/charter-partnerships-and-engagement",
      fix="List what the agreement does not cover under `scope.out`.")
def exclusions_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `scope.out` entries."""
    if agreement.scope is None or is_blank(agreement.scope.out):
        path = ("scope", "out") if agreement.scope is not None else ("scope",)
        yield Violation(path, "nothing is listed as out of scope (scope.out)")


@rule("PUR004", "objectives-missing", "E: partnering, funding, cross_sector; else W",
      summary="no objectives",
      why="Objectives are what KPIs and the work programme point at; without them performance "
          "cannot be measured against anything.",
      source="Treasury NZ, *Guidelines for Contracting with NGOs*, 3.2 Contents Checklist, "
             "http://www.treasury.govt.nz/publications/guidance/mgmt/ngo/24.htm",
      fix="Add `objectives`, each with an `id` and `text`.")
def objectives_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement lists no objectives."""
    if is_blank(agreement.objectives):
        yield Violation(("objectives",), "the agreement has no objectives")


@rule("PUR005", "vision-missing", "W: partnering; else I",
      summary="no purpose.vision",
      why="A documented shared vision is what partners return to \"in case things go wrong\", "
          "and it survives changes of staff.",
      source="DPMC (NZ), *Guide for central government engagement with local government* (2019), "
             "https://dpmc.govt.nz/publications/guidance-central-government-engagement-local-government",
      fix="Add `purpose.vision`: one sentence on what success looks like.")
def vision_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`purpose.vision` is absent."""
    if is_blank(agreement.purpose.vision):
        yield Violation(("purpose", "vision"), "the purpose has no shared vision (purpose.vision)")


RULES: tuple[Rule, ...] = (
    purpose_too_short, scope_missing, exclusions_missing, objectives_missing, vision_missing,
)
