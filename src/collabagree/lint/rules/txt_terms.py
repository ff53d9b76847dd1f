"""TXT rules added with format 1.1 (TXT005-TXT007): the wording agrees with the fields and with
itself: one number of days for one thing, defined terms defined, one noun for the agreement.

Part of the TXT group; `txt.RULES` lists these with the rest of the group in code order.
Every scan here is one pass over each text (sentences, then words), so the rules stay linear
in the length of the agreement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from collabagree.core.positions import format_yaml_path
from collabagree.domain import sources
from collabagree.domain.sources import cite
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.terms import unknown_terms
from collabagree.model import Agreement

_SENTENCE = re.compile(r"[^.;!?\n]+")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
    "twenty": 20, "twenty-one": 21, "twenty-eight": 28, "thirty": 30, "forty": 40,
    "forty-five": 45, "sixty": 60, "ninety": 90,
}
_DAYS = re.compile(
    r"(?<![\w.])(\d{1,4}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"(?:\s*\(\d{1,4}\))?\s+(?:working\s+|business\s+|calendar\s+|clear\s+)?days?(?![\w-])",
    re.IGNORECASE)


def _ci(regex: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{regex})", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DaysTopic:
    """Something a field sets a number of days for, and how a sentence talks about it."""

    label: str
    field: str
    value: Callable[[Agreement], int | None]
    subject: re.Pattern[str]
    context: re.Pattern[str]


def _consultation_days(agreement: Agreement) -> int | None:
    information = agreement.information
    official = information.official_information if information is not None else None
    return official.consultation_days if official is not None else None


def _response_days(agreement: Agreement) -> int | None:
    integration = agreement.service_integration
    pathway = integration.referral_pathway if integration is not None else None
    return pathway.response_days if pathway is not None else None


def _notice_days(agreement: Agreement) -> int | None:
    return agreement.termination.notice_days if agreement.termination is not None else None


DAYS_TOPICS: tuple[DaysTopic, ...] = (
    DaysTopic("consulting the other party on an FOI request",
              "information.official_information.consultation_days", _consultation_days,
              _ci(r"consult\w*"),
              _ci(r"requests?|freedom\s+of\s+information|FOI\w*|official\s+information|OIA|LGOIMA|"
                  r"releas\w*|disclos\w*")),
    DaysTopic("responding to a referral", "service_integration.referral_pathway.response_days",
              _response_days, _ci(r"referr\w*"),
              _ci(r"respon\w*|contact\w*|acknowledg\w*|triag\w*|allocat\w*|assess\w*")),
    DaysTopic("notice of termination", "termination.notice_days", _notice_days, _ci(r"notice"),
              _ci(r"terminat\w*|withdraw\w*|end\b|ending|ends\b|leav\w*|exit\w*")),
)
"""The days TXT005 compares: the FOI consultation, the referral response and the notice."""


def _days_value(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS[token.lower()]


def stated_days(text: str, topic: DaysTopic) -> int | None:
    """The first number of days `text` gives for `topic`: in a sentence that names the subject
    (consult, referral, notice) and its context (a request, a response, termination), the
    number of days nearest the subject word."""
    for sentence in _SENTENCE.finditer(text):
        start, end = sentence.span()
        numbers = list(_DAYS.finditer(text, start, end))
        if not numbers or topic.context.search(text, start, end) is None:
            continue
        subjects = [match.start() for match in topic.subject.finditer(text, start, end)]
        if not subjects:
            continue
        best: tuple[int, int] | None = None
        for number in numbers:
            at = bisect_left(subjects, number.start())
            distance = min(abs(subjects[i] - number.start()) for i in (at - 1, at) if 0 <= i < len(subjects))
            if best is None or distance < best[0]:
                best = (distance, _days_value(number.group(1)))
        if best is not None:
            return best[1]
    return None


@rule("TXT005", "days-conflict", "W",
      summary="a text states a number of days for something a field also sets, and the numbers "
              "differ",
      why="When a clause says one number of days and the field another, the parties have agreed "
          "two periods for one step, and each can rely on the one that suits it; the document "
          "should state the period once, or the same everywhere.",
      source=cite(sources.OPC_DRAFTING.at("consistency: the same thing said the same way")),
      fix="Make the text say the number the field sets, or change the field; better, let the "
          "document state the number from the field and leave it out of the text.")
def days_conflict(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A text field gives a number of days (digits or words, working, business or calendar
    days) for something a field also sets, and the numbers differ: FOI consultation (a
    sentence about consulting on a request) against `official_information.consultation_days`,
    a referral response against `referral_pathway.response_days`, and notice of termination
    against `termination.notice_days`. In each sentence the number nearest the subject word
    counts. One finding per text and field."""
    for topic in DAYS_TOPICS:
        value = topic.value(agreement)
        if value is None:
            continue
        for path, text in context.text_fields:
            days = stated_days(text, topic)
            if days is not None and days != value:
                where = format_yaml_path(path).removeprefix("$.")
                yield Violation(path, f"{where} gives {days} days for {topic.label}, but "
                                      f"{topic.field} is {value}")


@rule("TXT006", "undefined-term", "W",
      summary="a text uses a capitalised multi-word term that is not defined, a party's name or a "
              "name the agreement gives",
      why="A capitalised phrase reads as a defined term; if it is not defined, readers cannot "
          "tell what it covers, and two readers will take it two ways.",
      source=cite(sources.OPC_DRAFTING.at("definitions")),
      fix="Define the term under `definitions`, use a name the agreement already gives (a party, "
          "a body, a schedule), or write the phrase in lower case.")
def undefined_term(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A text field uses a capitalised phrase of two or more words (small words such as "of"
    and "and" may join them; a leading "The", "This", "Each" ... is not part of it) that is
    neither a defined term (`definitions`, also in the plural or possessive), part of a name
    the agreement gives (a party's name or short name, a body, meeting, schedule, instrument,
    role or other name field), nor a proper name the rule recognises: an organisation
    ("... Council", "... Board"), an instrument ("... Act", "Code of Practice"), a position
    ("... Manager"), a place, a month. One finding per term, at its first use."""
    for term, path in unknown_terms(agreement, context):
        where = format_yaml_path(path).removeprefix("$.")
        yield Violation(path, f"{where} uses '{term}' like a defined term, but it is not defined "
                              "(definitions) and is not a name the agreement gives")


_AGREEMENT_NOUN = re.compile(
    r"(?<![\w-])this\s+((?:Partnership\s+|Collaboration\s+|Funding\s+|Data\s+Sharing\s+)?Agreement"
    r"|Memorandum(?:\s+of\s+Understanding)?|MoU|Arrangement|Deed|Protocol|Contract)(?![\w-])",
    re.IGNORECASE)


def agreement_noun(form: str) -> str:
    """The noun a "this ..." form uses: "Memorandum of Understanding" -> "memorandum",
    "Partnership Agreement" -> "agreement", "MOU" -> "mou"."""
    words = form.lower().split()
    return "memorandum" if words[0] == "memorandum" else words[-1]


@rule("TXT007", "inconsistent-noun", "W",
      summary="texts call the agreement by more than one noun (this Memorandum, this MoU)",
      why="An agreement that calls itself \"this Memorandum\" in one clause and \"this MoU\" or "
          "\"this Agreement\" in another invites the question whether a second document is "
          "meant; one name, used throughout, removes it.",
      source=cite(sources.OPC_DRAFTING.at("consistency: the same thing said the same way")),
      fix="Use one noun throughout (the document itself says \"this Memorandum\" for an MoU and "
          "\"this Agreement\" otherwise).")
def inconsistent_noun(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The text fields refer to the agreement as "this <noun>" with more than one noun:
    Agreement (also Partnership, Collaboration, Funding or Data Sharing Agreement), Memorandum
    (also Memorandum of Understanding), MoU, Arrangement, Deed, Protocol, Contract; any case.
    One finding, at the first text that uses a second noun."""
    first: str | None = None
    for path, text in context.text_fields:
        for match in _AGREEMENT_NOUN.finditer(text):
            noun = agreement_noun(match.group(1))
            if first is None:
                first = noun
                first_form = match.group(0)
            elif noun != first:
                where = format_yaml_path(path).removeprefix("$.")
                yield Violation(path, f"{where} calls the agreement '{match.group(0)}', but an "
                                      f"earlier text calls it '{first_form}'; use one noun")
                return


TERM_RULES: tuple[Rule, ...] = (days_conflict, undefined_term, inconsistent_noun)
