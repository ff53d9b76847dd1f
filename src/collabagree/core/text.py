"""Small pieces of English every command uses."""

from __future__ import annotations

from collections.abc import Sequence

NO_AGREEMENTS = "No agreements found (YAML files with a top-level 'collabagree:' key)"


def join_words(items: Sequence[str], conjunction: str = "and") -> str:
    """`a`, `a and b`, `a, b and c`."""
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def no_agreements(what_next: str = "") -> str:
    """The note printed when a command finds no agreement, ending with a newline."""
    return NO_AGREEMENTS + (f"; {what_next}" if what_next else "") + ".\n"
