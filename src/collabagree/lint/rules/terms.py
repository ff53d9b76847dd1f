"""Capitalised terms in an agreement's texts, and the names it gives (for rule TXT006).

A term is a run of two or more capitalised words, joined only by spaces and by the small
words of names ("of", "and", "for", "the", "o" as in "Te Tiriti o Waitangi"). Words in capitals
(acronyms: UK, NHS, GDPR) may stand in a run but do not count towards its two words; months
and days never stand in one. A leading function word ("The", "This", "Each") is not part of
the term, and at the start of a sentence the first word may just be capitalised because it
starts the sentence ("Open Discharge Referrals ..."), so the rest is tried alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from collabagree.core.positions import YamlPath
from collabagree.domain.proper_names import TIME_WORDS, is_proper_name
from collabagree.lint.context import RuleContext
from collabagree.model import Agreement
from collabagree.model.textfields import iter_strings

_TOKEN = re.compile(r"[^\W\d_](?:[\w’'-]*[^\W_])?")
_POSSESSIVE = re.compile(r"['’]s?$")
_CONNECTORS = frozenset({"of", "and", "for", "the", "o", "&"})
_LEADING = frozenset("""
the this these that those each every any all a an both either neither no our its their his her
if when where while in on for to under within with by from at as subject before after until
unless once such other another some whether however also then further of and
""".split())
_SENTENCE_BREAK = frozenset(".!?:;\n*-•(\"“")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
# After a phrase: its Act ("Public Bodies (Joint Working) (Scotland) Act 2014"), a number
# ("Statistical Area Level 2") or its abbreviation ("Community Health Index (CHI)").
_ACT_AFTER = re.compile(r"(?:\s*(?:[,()]|and|of|the|for|[A-Z][\w’'-]*))*?\s*(?:Act|Acts|Regulations|Code|Order)\b")
_NUMBER_AFTER = re.compile(r"\s+\d")
_ABBREVIATION_AFTER = re.compile(r"\s*\([A-Z][A-Z0-9&-]{1,11}\)")
_LOOKAHEAD = 120
Words = tuple[str, ...]


def _key(words: Iterable[str]) -> Words:
    """Words compared loosely: case-folded, possessive "'s" dropped."""
    return tuple(_POSSESSIVE.sub("", word.casefold()) for word in words)


def _singular(words: Words) -> Words:
    last = words[-1]
    return words[:-1] + (last[:-1],) if last.endswith("s") and len(last) > 3 else words


def known_names(agreement: Agreement, context: RuleContext) -> set[Words]:
    """Every name the agreement gives, and each run of two or more of its words: the
    definitions, and every string that is not prose (party names and short names, body,
    meeting, schedule and instrument titles, roles, ...)."""
    prose = {path for path, _ in context.text_fields}
    names = [term for term in (agreement.definitions or {})]
    names += [text for path, text in iter_strings(context.data) if path not in prose and len(text) < 200]
    names += [party.legal_person for party in agreement.parties if party.legal_person]
    known: set[Words] = set()
    for name in names:
        words = _key(_TOKEN.findall(name))[:_LONGEST_NAME]
        for start in range(len(words)):
            for end in range(start + 2, len(words) + 1):
                known.add(words[start:end])
    return known


def _is_capitalised(word: str) -> bool:
    """A capitalised word, not an acronym (UK, NHS, KPIs) nor a month or day."""
    acronym = word.isupper() or (word.endswith("s") and word[:-1].isupper())
    return word[0].isupper() and not acronym and word.casefold() not in TIME_WORDS


def _is_name_word(word: str) -> bool:
    return word[0].isupper() and word.casefold() not in TIME_WORDS


@dataclass
class Run:
    """A run of capitalised words: the words, whether it starts a sentence, where it ends."""

    words: list[str]
    starts_sentence: bool
    end: int = 0


def _runs(text: str) -> Iterator[Run]:
    """Each run of capitalised words in `text` (words joined by single spaces; a possessive
    word ends its run)."""
    run: Run | None = None
    previous_end = 0
    at_sentence_start = True
    for match in _TOKEN.finditer(text):
        gap = text[previous_end:match.start()]
        word = match.group(0)
        if run is not None and gap != " ":
            yield run
            run = None
        if previous_end == 0 or any(char in _SENTENCE_BREAK for char in gap):
            at_sentence_start = True
        if _is_name_word(word) or (run is not None and word in _CONNECTORS):
            if run is None:
                run = Run([], at_sentence_start)
            run.words.append(word)
            run.end = match.end()
            if _POSSESSIVE.search(word) and word[-1] in "s'’":
                yield run
                run = None
        elif run is not None:
            yield run
            run = None
        at_sentence_start = False
        previous_end = match.end()
    if run is not None:
        yield run


def _trim(words: list[str]) -> list[str]:
    start, end = 0, len(words)
    while start < end and words[start].casefold() in _LEADING:
        start += 1
    while end > start and (words[end - 1] in _CONNECTORS or any(char.isdigit() for char in words[end - 1])):
        end -= 1
    return words[start:end]


def _candidates(run: Run) -> tuple[list[str], list[str]]:
    """The term a run may hold, as (the whole run, the term to report): leading function words
    and trailing small words dropped. At a sentence start the first word may be capitalised only
    because it starts the sentence, so the term to report is the run without it (the whole run
    still passes if it is a known name). An empty term means there is nothing to report."""
    whole = _trim(run.words)
    term = _trim(run.words[1:]) if run.starts_sentence and run.words[0].casefold() not in _LEADING else whole
    if sum(_is_capitalised(word) for word in term) < 2:
        return whole, []
    return whole, term


def _named_by_context(text: str, run: Run) -> bool:
    """True when what follows the run shows it is a name: its Act, a number or an abbreviation."""
    after = text[run.end:run.end + _LOOKAHEAD]
    if run.words[-1].casefold() in _NUMBER_WORDS:
        return True
    return bool(_NUMBER_AFTER.match(after) or _ABBREVIATION_AFTER.match(after) or _ACT_AFTER.match(after))


_LONGEST_NAME = 12
"""Words of the longest name compared as a whole; longer runs are compared by their tails."""


def _accepted(words: list[str], known: set[Words]) -> bool:
    key = _key(words)
    if key in known or _singular(key) in known or is_proper_name(key):
        return True
    # The full name of a defined term ("Regional Housing Wellbeing Indicator Set"); only tails
    # as long as a name can be are tried, so a run of a thousand capitalised words stays cheap.
    return any(key[start:] in known for start in range(max(1, len(key) - _LONGEST_NAME), len(key) - 1))


def _unknown_parts(words: list[str], known: set[Words]) -> list[list[str]]:
    """The parts of a term that are not accepted: the whole term, or when it joins names with
    "and" ("Glenmorrow Council and NHS Strathlinn"), each part of two or more capitalised
    words that is not accepted on its own."""
    if _accepted(words, known):
        return []
    if "and" not in words and "&" not in words:
        return [words]
    parts: list[list[str]] = [[]]
    for word in words:
        if word in ("and", "&"):
            parts.append([])
        else:
            parts[-1].append(word)
    return [part for part in parts
            if sum(_is_capitalised(word) for word in part) >= 2 and not _accepted(part, known)]


def unknown_terms(agreement: Agreement, context: RuleContext) -> list[tuple[str, YamlPath]]:
    """Each capitalised term of the texts that is not defined, not a name the agreement gives
    and not a recognised proper name, with the path of its first use, in text order. Address
    fields are not read (street names are not terms)."""
    known = known_names(agreement, context)
    found: dict[Words, tuple[str, YamlPath]] = {}
    for path, text in context.text_fields:
        if path and path[-1] == "address":
            continue
        for run in _runs(text):
            whole, term = _candidates(run)
            if not term or _named_by_context(text, run) or (whole != term and _accepted(whole, known)):
                continue
            for part in _unknown_parts(term, known):
                found.setdefault(_singular(_key(part)), (" ".join(part), path))
    return list(found.values())
