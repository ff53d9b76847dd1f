"""LIF rules: term, review, variation, termination and exit.

The date-driven rules that depend on today (LIF011-LIF013) live in `lif_dates`; `RULES` here
holds the whole group.
"""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.core.findings import Severity
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules import lif_dates
from collabagree.lint.rules.helpers import is_blank
from collabagree.model import Agreement

MAX_REVIEW_INTERVAL_MONTHS = 24
"""LIF005 warns above this (a two-year review cycle is common and accepted; longer is not)."""

_TERM_SOURCE = ("Treasury NZ, *Guidelines for Contracting with NGOs*, 3.2 Contents Checklist "
                "(duration), http://www.treasury.govt.nz/publications/guidance/mgmt/ngo/24.htm")
_REVIEW_SOURCE = ("HMRC Information Disclosure Guide IDG42400 (MoUs are reviewed on a regular basis), "
                  "http://www.hmrc.gov.uk/manuals/idgmanual/idg42400.htm; ICO Data Sharing Code, "
                  "data sharing agreements (regular review), http://ico.org.uk/for-organisations/"
                  "uk-gdpr-guidance-and-resources/data-sharing/data-sharing-a-code-of-practice/"
                  "data-sharing-agreements/")
_EXIT_SOURCE = ("Cheshire West and Chester partnership toolkit (exit strategies, notice and "
                "termination arrangements), https://inside.cheshirewestandchester.gov.uk/"
                "policies_plans_and_strategies/partnerships_policy_and_toolkit/accountability_and_governance")


@rule("LIF001", "term-invalid", "E",
      summary="term.end not after term.start",
      why="An agreement that ends on or before the day it starts has no period of effect; the "
          "dates are almost always a typing mistake.",
      source=_TERM_SOURCE,
      fix="Correct `term.start` or `term.end` so the end falls after the start.")
def term_invalid(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`term.end` is on or before `term.start`."""
    term = agreement.term
    if term.end is not None and term.end <= term.start:
        yield Violation(("term", "end"),
                        f"the term ends on {term.end.isoformat()}, which is not after its start "
                        f"({term.start.isoformat()})")


@rule("LIF002", "open-ended-without-review", "E",
      summary="no term.end and no review.interval_months",
      why="An open-ended agreement is only safe when it is reviewed regularly; otherwise it "
          "outlives the people, laws and structures it was written for.",
      source=_TERM_SOURCE,
      fix="Give the term an `end` date, or set `review.interval_months` (12 or fewer).")
def open_ended_without_review(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The term has no `end` and there is no `review.interval_months`."""
    review = agreement.review
    if agreement.term.end is None and (review is None or review.interval_months is None):
        yield Violation(("term", "end"),
                        "the agreement is open-ended (no term.end) and sets no regular review "
                        "(review.interval_months)")


@rule("LIF003", "review-missing", "E",
      summary="no review",
      why="Regular review keeps an agreement fit for purpose as staff, structures and laws "
          "change; an agreement nobody reviews quietly stops being followed.",
      source=_REVIEW_SOURCE,
      fix="Add `review` with `interval_months`, `first_review` and `triggers`.")
def review_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement has no `review` section."""
    if agreement.review is None:
        yield Violation(("review",), "the agreement says nothing about when it is reviewed (review)")


@rule("LIF004", "first-review-outside-term", "E",
      summary="first_review not after start or after end",
      why="A first review dated before the agreement starts or after it ends will never happen "
          "while the agreement is in force.",
      source=_REVIEW_SOURCE,
      fix="Set `review.first_review` to a date after `term.start` and no later than `term.end`.")
def first_review_outside_term(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`review.first_review` is on or before `term.start`, or after `term.end`. Skipped when the
    term itself is invalid (LIF001)."""
    review = agreement.review
    if review is None or review.first_review is None or not context.term_is_valid:
        return
    term = agreement.term
    first = review.first_review
    if first <= term.start:
        yield Violation(("review", "first_review"),
                        f"the first review ({first.isoformat()}) is not after the start of the "
                        f"term ({term.start.isoformat()})")
    elif term.end is not None and first > term.end:
        yield Violation(("review", "first_review"),
                        f"the first review ({first.isoformat()}) is after the term ends "
                        f"({term.end.isoformat()})")


@rule("LIF005", "review-interval-too-long", "W",
      summary="interval_months over 24",
      why="Reviewing less than every two years lets an agreement drift out of date through "
          "several budget cycles, staff changes and changes in the law. A yearly review is good "
          "practice and a two-year cycle is common; beyond that the review is no real check.",
      source=_REVIEW_SOURCE,
      fix="Set `review.interval_months` to 24 or fewer (12 is good practice).")
def review_interval_too_long(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`review.interval_months` is more than 24 (a review every 24 months or more often passes)."""
    review = agreement.review
    if review is not None and review.interval_months is not None \
            and review.interval_months > MAX_REVIEW_INTERVAL_MONTHS:
        yield Violation(("review", "interval_months"),
                        f"the agreement is reviewed every {review.interval_months} months; review "
                        f"it at least every {MAX_REVIEW_INTERVAL_MONTHS} months (12 is good practice)")


@rule("LIF006", "review-triggers-missing", "I",
      summary="no review.triggers (staff change, machinery of government, elections, legislation)",
      why="Changes of key staff, machinery-of-government changes, elections and new legislation "
          "are when agreements break; naming them as review triggers means the parties look again "
          "at the right moment.",
      source="DPMC (NZ), *Guide for central government engagement with local government* (2019), "
             "https://dpmc.govt.nz/publications/guidance-central-government-engagement-local-government",
      fix="List events that trigger an early review under `review.triggers`, such as a change of "
          "key staff, a machinery-of-government change, an election or new legislation.")
def review_triggers_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`review` lists no `triggers`. Not run when `review` is missing (LIF003 reports that)."""
    review = agreement.review
    if review is not None and is_blank(review.triggers):
        yield Violation(("review", "triggers"),
                        "no events trigger an early review (review.triggers), such as a change of "
                        "key staff, machinery of government, elections or legislation")


@rule("LIF007", "variation-missing", "E",
      summary="variation.in_writing is not true",
      why="If the agreement can be changed informally, nobody can be sure which version the "
          "parties are working to; changes should be in writing and agreed by every party.",
      source="Privacy Act 2020 (NZ) s 157 (amendments to approved information sharing agreements), "
             "https://plainlanguagelaw.ackama.com/acts/LMS23193/LMS23590.html",
      fix="Add `variation: {in_writing: true}` and name each party's approver under "
          "`variation.approvers`.")
def variation_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`variation.in_writing` is not true (including a missing `variation`)."""
    variation = agreement.variation
    if variation is None:
        yield Violation(("variation",), "the agreement does not say how it is varied; changes "
                                        "should be in writing (variation.in_writing: true)")
    elif variation.in_writing is not True:
        yield Violation(("variation", "in_writing"),
                        "variations are not required to be in writing (variation.in_writing is "
                        "not true)")


@rule("LIF008", "termination-missing", "E",
      summary="no termination.notice_days",
      why="Without a notice period a party can walk away overnight, leaving clients, staff and "
          "shared data stranded.",
      source=_EXIT_SOURCE,
      fix="Add `termination.notice_days` (the days of written notice a party gives to withdraw).")
def termination_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """There is no `termination.notice_days`."""
    termination = agreement.termination
    if termination is None or termination.notice_days is None:
        path = ("termination", "notice_days") if termination is not None else ("termination",)
        yield Violation(path, "the agreement sets no notice period for withdrawing "
                              "(termination.notice_days)")


@rule("LIF009", "notice-exceeds-term", "E",
      summary="notice_days not shorter than the term",
      why="A notice period as long as the agreement itself means no party can ever end it early; "
          "the figure is usually a mistake.",
      source=_EXIT_SOURCE,
      fix="Make `termination.notice_days` shorter than the term.")
def notice_exceeds_term(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`termination.notice_days` is not shorter than the term (counting both end dates).
    Skipped for open-ended or invalid terms."""
    termination = agreement.termination
    days = context.term_days
    if termination is None or termination.notice_days is None or days is None:
        return
    if termination.notice_days >= days:
        yield Violation(("termination", "notice_days"),
                        f"the notice period ({termination.notice_days} days) is not shorter than "
                        f"the term ({days} days)")


@rule("LIF010", "exit-missing", "E: data_sharing, funding; else W",
      summary="no exit (with exit.data when data flows exist)",
      why="What happens to shared data, records, assets and clients at the end must be agreed "
          "while the parties still cooperate, not after one has left.",
      source=_EXIT_SOURCE + "; ICO Data Sharing Code, Annex A checklist (retention and deletion), "
             "https://ico.org.uk/for-organisations/guide-to-data-protection/ico-codes-of-practice/"
             "data-sharing-a-code-of-practice/annex-a-data-sharing-checklist/",
      fix="Add `exit` saying what happens to data, records, assets and clients at the end; with "
          "data flows, `exit.data` must say whether data is returned or destroyed.")
def exit_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """There is no `exit`, or data flows exist and `exit.data` is missing. An error whenever data
    flows exist."""
    information = agreement.information
    has_flows = information is not None and not is_blank(information.data_flows)
    severity = Severity.ERROR if has_flows else None
    exit_ = agreement.exit
    if exit_ is None:
        extra = ", including what happens to shared data (exit.data)" if has_flows else ""
        yield Violation(("exit",), f"the agreement has no exit arrangements (exit){extra}",
                        severity=severity)
    elif has_flows and is_blank(exit_.data):
        yield Violation(("exit", "data"), "data flows exist but the exit arrangements do not say "
                                          "whether shared data is returned or destroyed (exit.data)",
                        severity=severity)


RULES: tuple[Rule, ...] = (
    term_invalid, open_ended_without_review, review_missing, first_review_outside_term,
    review_interval_too_long, review_triggers_missing, variation_missing, termination_missing,
    notice_exceeds_term, exit_missing, *lif_dates.RULES,
)
