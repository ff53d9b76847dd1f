"""Defaults for answers nobody gave, and turning the given answers into complete `Answers`.

The same defaults are offered at the prompt, so a person pressing Enter and a script using
`--no-input` get the same file. Values `init` had to guess are listed in `Answers.defaulted`
(and parties it invented are placeholders), so the scaffold marks them `# TODO confirm`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from collabagree.core.dates import add_months
from collabagree.core.errors import UsageError
from collabagree.domain.agreement_types import TYPE_TITLES
from collabagree.scaffold.answers import (
    AnswerError,
    Answers,
    PartyAnswer,
    parse_party_option,
)

DEFAULT_TYPE = "mou"
# OTHER rather than a guess: a wrong jurisdiction would silently pick the wrong FOI law.
DEFAULT_JURISDICTION = "OTHER"
DEFAULT_TERM_YEARS = 3

# Two typical parties per type, for a scaffold started with no parties at all.
_PLACEHOLDER_KINDS: dict[str, tuple[str, str]] = {
    "mou": ("central_government", "central_government"),
    "partnering_agreement": ("local_government", "central_government"),
    "data_sharing_agreement": ("local_government", "public_health_service"),
    "funding_agreement": ("local_government", "charity"),
    "cross_sector_collaboration": ("public_health_service", "ngo"),
}


@dataclass
class Given:
    """What the user said up front (flags); None where nothing was said."""

    type: str | None = None
    jurisdiction: str | None = None
    title: str | None = None
    parties: list[PartyAnswer] = field(default_factory=list)
    lead: str | None = None
    start: date | None = None
    end: date | None = None
    open_ended: bool = False
    published: bool | None = None
    """--publish or --no-publish; None: asked, or derived from the parties."""


def default_start(today: date) -> date:
    """The first day of the month after `today`: agreements usually start on a month boundary."""
    return add_months(today.replace(day=1), 1)


def default_end(start: date) -> date:
    """The day before the third anniversary of `start`: a three-year term (counting both
    end dates), the multi-year term the UK Compact asks funders to prefer."""
    return add_months(start, 12 * DEFAULT_TERM_YEARS) - timedelta(days=1)


def default_title(agreement_type: str) -> str:
    """A title that says it still needs one."""
    return f"TODO: full title of the {TYPE_TITLES[agreement_type]}"


def placeholder_parties(agreement_type: str, existing: list[PartyAnswer]) -> list[PartyAnswer]:
    """Invented parties to bring the list up to two, with kinds typical of the type."""
    kinds = _PLACEHOLDER_KINDS[agreement_type]
    added: list[PartyAnswer] = []
    taken = {party.id for party in existing}
    for index, letter in enumerate("ab"):
        if len(existing) + len(added) >= 2:
            break
        party_id = f"party-{letter}"
        if party_id in taken:
            continue
        added.append(PartyAnswer(party_id, f"TODO: full legal name of party {letter.upper()}",
                                 kinds[index], placeholder=True))
    return added


def default_lead(parties: list[PartyAnswer] | tuple[PartyAnswer, ...]) -> str:
    """The first public party, else the first party: public bodies usually lead and hold records."""
    return next((party.id for party in parties if party.public), parties[0].id)


def complete(given: Given, today: date) -> Answers:
    """Fill every missing answer with its default (no questions asked).

    Raises `UsageError` when the given answers contradict each other (an unknown lead, an
    end date not after the start)."""
    defaulted: set[str] = set()
    agreement_type = given.type or DEFAULT_TYPE
    if given.type is None:
        defaulted.add("type")
    jurisdiction = given.jurisdiction or DEFAULT_JURISDICTION
    if given.jurisdiction is None:
        defaulted.add("jurisdiction")
    parties = list(given.parties) + placeholder_parties(agreement_type, list(given.parties))
    lead = given.lead
    if lead is None:
        lead = default_lead(parties)
        defaulted.add("lead")
    elif lead not in {party.id for party in parties}:
        known = ", ".join(party.id for party in parties)
        raise UsageError(f"--lead '{lead}' is not one of the parties ({known})")
    start = given.start
    if start is None:
        start = default_start(today)
        defaulted.add("start")
    end = given.end
    if end is None and not given.open_ended:
        end = default_end(start)
        defaulted.add("end")
    if end is not None and end <= start:
        raise UsageError(f"--end {end.isoformat()} is not after the start date {start.isoformat()}")
    return Answers(type=agreement_type, jurisdiction=jurisdiction,
                   title=given.title or default_title(agreement_type), parties=tuple(parties),
                   lead=lead, start=start, end=end, today=today, defaulted=frozenset(defaulted),
                   published=given.published)


def read_given_party_options(options: list[str]) -> list[PartyAnswer]:
    """All `--party` options, in order; the first bad one is a `UsageError`."""
    parties: list[PartyAnswer] = []
    for option in options:
        try:
            parties.append(parse_party_option(option, {party.id for party in parties}))
        except AnswerError as error:
            raise UsageError(str(error)) from None
    return parties
