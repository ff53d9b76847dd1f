"""NZP rules: the `nz_partnering` profile, evidence that a New Zealand local–central government
partnering agreement follows the partnering guidance (on by default for NZ partnering agreements).

Each rule reports one finding per missing piece of evidence, at the place the evidence belongs,
with a message naming the principle and what it lacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.model import Agreement

PROFILE = "nz_partnering"
DPMC = ("DPMC (NZ), *Guide for central government engagement with local government* (2019), "
        "https://dpmc.govt.nz/publications/guidance-central-government-engagement-local-government")
OAG = ("Office of the Auditor-General (NZ), *Local authorities working together* (2004), Part 4, "
       "https://oag.parliament.nz/2004/working-together/part4.htm")
SOURCE = f"{DPMC}; {OAG}"

# Whole words in any case, plurals included; a hyphen counts as a word boundary ("pre-election").
STAFF_CHANGE = re.compile(r"(?<!\w)(?:staffs?|personnel|chief\s+executives?|key\s+(?:persons?|people)"
                          r"|turnovers?)(?!\w)", re.IGNORECASE)
ELECTIONS = re.compile(r"(?<!\w)(?:elections?|electoral)(?!\w)", re.IGNORECASE)


def _principle(label: str, wording: str) -> str:
    return (f"NZ local–central government partnering guidance, **{label}**: \"{wording}\" "
            f"See {DPMC}, and {OAG}.")


def _lacks(label: str, evidence: str) -> str:
    """The message of a finding: which principle lacks which evidence."""
    return f"NZ partnering principle '{label}' lacks evidence: {evidence}"


VISION = "A documented vision"
WORK_PROGRAMME = "Shared work programmes"
CHANGE = "Documentation that survives personnel and environmental change"
FUNDING = "Funding mechanisms that support partnering"


@rule("NZP001", "nz-vision", "W", profile=PROFILE,
      summary="lacks purpose.vision",
      why="A written shared vision is what partners return to when things go wrong, and what "
          "new staff and newly elected members read to understand the intent.",
      principle=_principle(VISION, "It is also useful to have a clear documented vision for "
                           "working together in case things go wrong."),
      source=SOURCE,
      fix="Add `purpose.vision`: one or two sentences on what success looks like.")
def nz_vision(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`purpose.vision` is absent."""
    if is_blank(agreement.purpose.vision):
        yield Violation(("purpose", "vision"), _lacks(VISION, "there is no shared vision (purpose.vision)"))


@rule("NZP002", "nz-work-programme", "W", profile=PROFILE,
      summary="lacks a shared work programme with owners from 2+ parties",
      why="Agreements alone do not make things happen; a work programme led by more than one "
          "partner shows the partnering is shared in practice.",
      principle=_principle(WORK_PROGRAMME, "Agreements alone do not make things happen. "
                           "Developing shared work programmes and review processes helps put "
                           "agreements into practice."),
      source=SOURCE,
      fix="Add a `work_programme` whose workstreams are led (`owner`) by at least two different "
          "parties.")
def nz_work_programme(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `work_programme`, or its workstreams are owned by fewer than two different declared
    parties."""
    items = agreement.work_programme or []
    if not items:
        yield Violation(("work_programme",),
                        _lacks(WORK_PROGRAMME, "there is no work programme (work_programme)"))
        return
    declared = agreement.party_ids  # a set built on each access: once, not per workstream
    owners = sorted({item.owner for item in items if item.owner in declared})
    if len(owners) < 2:
        found = (f"every workstream is led by {quote_list(owners)}" if owners
                 else "no workstream names a party as owner")
        yield Violation(("work_programme",), _lacks(WORK_PROGRAMME, f"{found}; the work programme "
                                                    "is not shared (work_programme[].owner)"), at_key=True)


@rule("NZP003", "nz-change-triggers", "W", profile=PROFILE,
      summary="review triggers lack a change of staff (staff, personnel, chief executive, key "
              "person, turnover) or elections",
      why="Partnering agreements are most at risk when people and political settings change; "
          "triggers for staff change and elections make the parties revisit the agreement then.",
      principle=_principle(CHANGE, "Written documentation is essential for successful "
                           "interagency partnering and helps to mitigate against two common risks "
                           "to partnering – personnel and environmental changes."),
      source=SOURCE,
      fix="Add `review.triggers` for a change of chief executive or key personnel, and for "
          "local or general elections.")
def nz_change_triggers(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `review.triggers` entry mentions a change of staff (staff, personnel, chief executive,
    key person, turnover), or none mentions elections (election, elections, electoral): whole
    words, any case, plurals included."""
    triggers = (agreement.review.triggers if agreement.review else None) or []
    path = ("review", "triggers") if agreement.review else ("review",)
    if not triggers:
        yield Violation(path, _lacks(CHANGE, "there are no review triggers for a change of staff "
                                             "or elections (review.triggers)"))
        return
    if not any(STAFF_CHANGE.search(text) for text in triggers):
        yield Violation(path, _lacks(CHANGE, "no review trigger covers a change of staff, such as "
                                             "a new chief executive or key personnel"), at_key=True)
    if not any(ELECTIONS.search(text) for text in triggers):
        yield Violation(path, _lacks(CHANGE, "no review trigger covers elections"), at_key=True)


@rule("NZP004", "nz-funding-mechanism", "W", profile=PROFILE,
      summary="lacks funding.mechanism_note when 2+ parties contribute",
      why="Central and local government fund through different cycles (appropriations, Long-Term "
          "and Annual Plans); saying how they fit together stops a timing mismatch undermining "
          "the partnership.",
      principle=_principle(FUNDING, "Thought will need to be given to appropriate funding "
                           "mechanisms which do not undermine, or reduce the potential for, "
                           "effective partnering."),
      source=SOURCE,
      fix="Add `funding.mechanism_note`: how the parties' funding mechanisms and budget cycles "
          "fit together.")
def nz_funding_mechanism(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Two or more different parties have `funding.contributions` and there is no
    `funding.mechanism_note`."""
    funding = agreement.funding
    if funding is None:
        return
    contributors = {item.party for item in funding.contributions or () if item.party}
    if len(contributors) >= 2 and is_blank(funding.mechanism_note):
        yield Violation(("funding", "mechanism_note"),
                        _lacks(FUNDING, f"{quote_list(sorted(contributors))} contribute but nothing "
                                        "says how their funding mechanisms fit together "
                                        "(funding.mechanism_note)"))


RULES: tuple[Rule, ...] = (nz_vision, nz_work_programme, nz_change_triggers, nz_funding_mechanism)
