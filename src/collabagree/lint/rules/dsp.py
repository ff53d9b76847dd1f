"""DSP rules: the dispute resolution ladder."""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.core.findings import Severity
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.model import Agreement

MIN_LEVELS = 2
RECOMMENDED_LEVELS = 3
LITIGATION_STEPS = frozenset({"arbitration", "courts"})

_LADDER_SOURCE = ("Environmental Standards Scotland MoU s 5.3 (resolve disputes quickly and "
                  "informally, escalating only if needed), https://environmentalstandards.scot/"
                  "our-work/our-corporate-and-governance-reports/memorandum-of-understanding-mou/; "
                  "UK guidance note on public-sector joint ventures (escalation to senior "
                  "representatives, then mediation), "
                  "https://ppponline.affinitext.com/public/book?id=1570&toc_id=855382")


@rule("DSP001", "disputes-missing", "E",
      summary="no dispute_resolution",
      why="Disagreements are certain in any collaboration; an agreed escalation ladder resolves "
          "them quickly and informally before they damage the relationship.",
      source=_LADDER_SOURCE,
      fix="Add `dispute_resolution` with escalation `levels` (a role for every party at each "
          "level, and a `timeframe_days`) and a `final_step`.")
def disputes_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement has no `dispute_resolution`."""
    if agreement.dispute_resolution is None:
        yield Violation(("dispute_resolution",),
                        "the agreement does not say how disputes are resolved (dispute_resolution)")


@rule("DSP002", "too-few-levels", "E",
      summary="escalation levels: E under 2; W under 3",
      why="A single level gives no route upward when the people closest to a dispute cannot "
          "settle it; three levels (officers, senior managers, chief executives) is usual practice.",
      source=_LADDER_SOURCE,
      fix="List at least two escalation levels under `dispute_resolution.levels`, ideally three, "
          "from operational contacts up to chief executives.")
def too_few_levels(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`dispute_resolution.levels` has fewer than 2 levels (an error) or exactly 2 (a warning).
    Not run when `dispute_resolution` is missing (DSP001)."""
    disputes = agreement.dispute_resolution
    if disputes is None:
        return
    count = len(disputes.levels or ())
    if count < MIN_LEVELS:
        yield Violation(("dispute_resolution", "levels"),
                        f"the dispute ladder has {count} escalation level{'s' if count != 1 else ''}; "
                        f"give at least {MIN_LEVELS}, ideally {RECOMMENDED_LEVELS}")
    elif count < RECOMMENDED_LEVELS:
        yield Violation(("dispute_resolution", "levels"),
                        f"the dispute ladder has {count} escalation levels; {RECOMMENDED_LEVELS} "
                        "(officers, senior managers, chief executives) is recommended",
                        severity=Severity.WARNING)


@rule("DSP003", "level-missing-party", "E",
      summary="a level names no role for some party",
      why="A dispute cannot be resolved at a level where one party has nobody to speak for it.",
      source=_LADDER_SOURCE,
      fix="Name a role for every party at every level under `dispute_resolution.levels[].roles`.")
def level_missing_party(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """An escalation level whose `roles` name no role for some party (one finding per level,
    naming the parties left out)."""
    disputes = agreement.dispute_resolution
    if disputes is None:
        return
    for index, level in enumerate(disputes.levels or ()):
        roles = level.roles or {}
        missing = [party.id for party in agreement.parties if is_blank(roles.get(party.id))]
        if missing:
            noun = "party" if len(missing) == 1 else "parties"
            yield Violation(("dispute_resolution", "levels", index, "roles"),
                            f"escalation level {index + 1} names no role for {noun} {quote_list(missing)}")


@rule("DSP004", "level-missing-timeframe", "W",
      summary="a level has no timeframe_days",
      why="Without a time limit a dispute can stall at one level indefinitely; a timeframe says "
          "when to escalate.",
      source=_LADDER_SOURCE,
      fix="Give every level a `timeframe_days` (working days to resolve before escalating).")
def level_missing_timeframe(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """An escalation level has no `timeframe_days`."""
    disputes = agreement.dispute_resolution
    if disputes is None:
        return
    for index, level in enumerate(disputes.levels or ()):
        if level.timeframe_days is None:
            yield Violation(("dispute_resolution", "levels", index, "timeframe_days"),
                            f"escalation level {index + 1} has no time limit (timeframe_days)")


@rule("DSP005", "final-step-missing", "E",
      summary="no final_step",
      why="When the top of the ladder cannot agree, the parties need to know in advance what "
          "happens next: mediation, a facilitator, or referral to Ministers or councils.",
      source=_LADDER_SOURCE,
      fix="Set `dispute_resolution.final_step` (mediation, independent_facilitation, "
          "referral_to_ministers, referral_to_councils, arbitration or courts).")
def final_step_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`dispute_resolution` has no `final_step`. Not run when `dispute_resolution` is missing
    (DSP001)."""
    disputes = agreement.dispute_resolution
    if disputes is not None and disputes.final_step is None:
        yield Violation(("dispute_resolution", "final_step"),
                        "the dispute ladder does not say what happens when the last level fails "
                        "(final_step)")


@rule("DSP006", "litigation-between-crown", "W",
      summary="every party is central_government with effective jurisdiction AU-CTH and the final "
              "step is arbitration or courts",
      why="Commonwealth departments are one legal entity and settle disputes between themselves "
          "administratively; the Legal Services Directions expect them not to litigate against "
          "each other, and an MoU between them is not a legal instrument.",
      source="Legal Services Directions 2017 (Cth), section 4 (claims and litigation by or "
             "against the Commonwealth), replaced by the Legal Services Directions 2025 from "
             "2 March 2026, https://www.ag.gov.au/legal-system/office-legal-services-coordination/"
             "legal-services-directions-and-guidance-notes; ANAO Better Practice Guide "
             "*Developing and Managing Contracts* (2012), MoUs between Commonwealth entities, "
             "https://ppponline.affinitext.com/public/book?id=1560&toc_id=827604",
      fix="Make the final step mediation, independent facilitation or referral to Ministers.")
def litigation_between_crown(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Every party is `central_government` in AU-CTH (its own jurisdiction, or the agreement's)
    and `dispute_resolution.final_step` is arbitration or courts."""
    disputes = agreement.dispute_resolution
    if disputes is None or disputes.final_step not in LITIGATION_STEPS:
        return
    if agreement.parties and all(party.kind == "central_government" and party.jurisdiction == "AU-CTH"
                                 for party in agreement.parties):
        yield Violation(("dispute_resolution", "final_step"),
                        f"every party is a Commonwealth department, yet the final step is "
                        f"{disputes.final_step}; Commonwealth entities resolve disputes between "
                        "themselves without litigation (mediation or referral to Ministers)")


RULES: tuple[Rule, ...] = (
    disputes_missing, too_few_levels, level_missing_party, level_missing_timeframe,
    final_step_missing, litigation_between_crown,
)
