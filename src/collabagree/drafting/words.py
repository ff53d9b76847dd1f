"""Small pieces of English the clauses share: lists of names, short names, numbers in words."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Nouns that name what kind of body an organisation is: "Kestrel Vale Borough Council" is
# "the Council", "Department of Housing" is "the Department".
_ORGANISATION_NOUNS = frozenset({
    "agency", "association", "authority", "bank", "board", "centre", "charity", "commission",
    "company", "council", "department", "executive", "foundation", "institute", "ministry",
    "network", "office", "partnership", "service", "society", "trust", "university", "college",
    "school", "hospital", "directorate", "secretariat", "corporation", "group",
})
_LEADING_NOUN = re.compile(r"^(?:the\s+)?(?P<noun>[A-Z][a-z]+)\s+(?:of|for)\s", re.IGNORECASE)
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve")


def join_words(items: Sequence[str], conjunction: str = "and") -> str:
    """`a`, `a and b`, `a, b and c`."""
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def derived_short_name(name: str, all_names: Sequence[str]) -> str:
    """A short name for a party that has none: "the Council" from "Kestrel Vale Borough
    Council", unless another party would get the same one; else the full name."""
    candidate = _candidate(name)
    if candidate is None:
        return name
    clashes = [other for other in all_names if other != name and _candidate(other) == candidate]
    return name if clashes else candidate


def _candidate(name: str) -> str | None:
    words = name.split()
    if not words:
        return None
    leading = _LEADING_NOUN.match(name)
    if leading and leading.group("noun").lower() in _ORGANISATION_NOUNS:
        return "the " + leading.group("noun").capitalize()
    last = re.sub(r"[^\w'-]", "", words[-1])
    if last.lower() in _ORGANISATION_NOUNS and len(words) > 1:
        return "the " + last[:1].upper() + last[1:]
    return None


def number_words(count: int) -> str:
    """`three` for 3 (up to twelve), else the digits."""
    return _WORDS[count] if 0 <= count < len(_WORDS) else str(count)


def capfirst(text: str) -> str:
    """The text with its first letter capitalised ("the Council" starting a sentence)."""
    return text[:1].upper() + text[1:]
