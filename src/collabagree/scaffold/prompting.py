"""The interactive questions of `init`: one question at a time, with a default in brackets
(Enter accepts it) and validation at the prompt: a bad answer is explained and asked again.

Questions are read with plain `input()` from stdin and written to stdout, so a terminal, a
pseudo-terminal in a test or a pipe (with `--interactive`) can all answer them. End of input
and Ctrl-C are left to the caller (the command exits 2 or 130 without a traceback).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from collabagree.domain.agreement_types import TYPE_HELP, TYPE_TITLES
from collabagree.drafting.words import derived_short_name
from collabagree.scaffold.answers import (
    JURISDICTIONS,
    KINDS,
    TYPES,
    AnswerError,
    Answers,
    PartyAnswer,
    check_party_id,
    derive_party_id,
    guess_kind,
    parse_date,
    parse_end,
    parse_jurisdiction,
    parse_kind,
    parse_title,
    parse_type,
)
from collabagree.scaffold.defaults import (
    DEFAULT_JURISDICTION,
    DEFAULT_TYPE,
    Given,
    default_end,
    default_lead,
    default_start,
)

T = TypeVar("T")


class Prompter:
    """Asks questions until each answer parses; `read` and `write` default to the terminal."""

    def __init__(self, read: Callable[[str], str] = input,
                 write: Callable[[str], None] | None = None) -> None:
        self._read = read
        self._write = write or _print

    def say(self, text: str) -> None:
        """Show a line of explanation."""
        self._write(text)

    def ask(self, question: str, parse: Callable[[str], T], default: str | None = None) -> T:
        """Ask until `parse` accepts the answer; Enter takes `default` when there is one."""
        suffix = f" [{default}]" if default else ""
        while True:
            text = self._read(f"{question}{suffix}: ").strip()
            if not text:
                if default is None:
                    self.say("  An answer is needed here.")
                    continue
                text = default
            try:
                return parse(text)
            except AnswerError as error:
                self.say(f"  {error}")


def _print(text: str) -> None:
    print(text, flush=True)


def _ask_type(prompter: Prompter) -> str:
    prompter.say("Agreement types:")
    for number, value in enumerate(TYPES, start=1):
        prompter.say(f"  {number}. {value} - {TYPE_HELP[value]}")
    return prompter.ask("Type (number or name)", parse_type, DEFAULT_TYPE)


def _ask_parties(prompter: Prompter, given: list[PartyAnswer], jurisdiction: str) -> list[PartyAnswer]:
    """Ask for parties after those given as flags, until at least two and a blank name."""
    parties = list(given)
    prompter.say("Party kinds: " + ", ".join(f"{n}. {kind}" for n, kind in enumerate(KINDS, start=1)))
    while True:
        number = len(parties) + 1
        optional = number > 2
        label = f"Party {number} full legal name" + (" (Enter to finish)" if optional else "")
        # A blank answer ends the list once two parties are known (the default is "").
        name = prompter.ask(label, _name, "" if optional else None)
        if not name:
            return parties
        kind = prompter.ask("  kind", parse_kind, guess_kind(name, jurisdiction))
        taken = {party.id for party in parties}

        def parse_id(text: str, taken: set[str] = taken) -> str:
            party_id = check_party_id(text)
            if party_id in taken:
                raise AnswerError(f"the id '{party_id}' is already used by another party.")
            return party_id

        party_id = prompter.ask("  id (used in the file to refer to this party)", parse_id,
                                derive_party_id(name, taken))
        names = [party.name for party in parties] + [name]
        short = prompter.ask("  short name (how the document refers to it)", _name,
                             derived_short_name(name, names))
        notices = prompter.ask("  address for formal notices (Enter to fill in later)", _name, "")
        parties.append(PartyAnswer(party_id, name, kind, short_name=short, notice_address=notices))


def _name(text: str) -> str:
    return " ".join(text.split())


def _ask_lead(prompter: Prompter, parties: list[PartyAnswer]) -> str:
    ids = [party.id for party in parties]

    def parse_lead(text: str) -> str:
        if text.isdigit() and 1 <= int(text) <= len(ids):
            return ids[int(text) - 1]
        if text in ids:
            return text
        raise AnswerError(f"'{text}' is not one of the parties: {', '.join(ids)}.")

    return prompter.ask(f"Lead agency ({', '.join(ids)})", parse_lead, default_lead(parties))


def ask_answers(given: Given, today: date, prompter: Prompter | None = None) -> Answers:
    """Ask every question the flags did not answer; the flags' answers are kept as given."""
    prompter = prompter or Prompter()
    agreement_type = given.type or _ask_type(prompter)
    jurisdiction = given.jurisdiction or prompter.ask(
        f"Jurisdiction ({', '.join(JURISDICTIONS)})", parse_jurisdiction, DEFAULT_JURISDICTION)
    title = given.title or prompter.ask("Title", parse_title, TYPE_TITLES[agreement_type])
    parties = list(given.parties)
    if len(parties) < 2:
        parties = _ask_parties(prompter, parties, jurisdiction)
    lead = given.lead
    if lead not in {party.id for party in parties}:
        if lead is not None:
            prompter.say(f"  --lead '{lead}' is not one of the parties.")
        lead = _ask_lead(prompter, parties)
    start = given.start or prompter.ask("Start date (YYYY-MM-DD)", _start_parser(given.end),
                                        default_start(today).isoformat())
    end: date | None = given.end
    if end is None and not given.open_ended:
        end = prompter.ask("End date (YYYY-MM-DD, or 'open' for no end date)",
                           lambda text: parse_end(text, start), default_end(start).isoformat())
    published = given.published
    if published is None:
        published = prompter.ask("Will the agreement be published (yes or no)", parse_yes_no,
                                 "yes" if any(party.public for party in parties) else "no")
    return Answers(type=agreement_type, jurisdiction=jurisdiction, title=title,
                   parties=tuple(parties), lead=lead, start=start, end=end, today=today,
                   published=published)


def parse_yes_no(text: str) -> bool:
    """`yes`/`y` or `no`/`n` (any case)."""
    cleaned = text.strip().lower()
    if cleaned in ("yes", "y"):
        return True
    if cleaned in ("no", "n"):
        return False
    raise AnswerError(f"'{text.strip()}' is not yes or no.")


def _start_parser(end: date | None) -> Callable[[str], date]:
    def parse_start(text: str) -> date:
        start = parse_date(text)
        if end is not None and start >= end:
            raise AnswerError(f"the start date {start.isoformat()} is not before the end date "
                              f"{end.isoformat()} given with --end.")
        return start
    return parse_start


def stdin_is_terminal() -> bool:
    """Whether stdin is a terminal (prompts are shown only then, unless --interactive)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False
