"""Small helpers rules share: word matching, counting, emptiness."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"\b[\w'’-]+\b")


def is_blank(value: Any) -> bool:
    """True for None, empty or whitespace-only strings, and empty lists or mappings."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict, tuple, set)):
        return len(value) == 0
    return False


def word_count(text: str | None) -> int:
    """Number of words in a text (0 for None)."""
    return len(_WORD.findall(text or ""))


@lru_cache(maxsize=256)
def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A case-insensitive whole-word pattern matching any of `words`."""
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def find_words(text: str, words: Iterable[str]) -> list[str]:
    """The words from `words` that occur in `text` (whole words, any case), in text order."""
    return [match.group(0) for match in word_pattern(tuple(words)).finditer(text)]


def quote_list(items: Iterable[str]) -> str:
    """`'a', 'b' and 'c'` for messages."""
    quoted = [f"'{item}'" for item in items]
    if len(quoted) <= 1:
        return quoted[0] if quoted else ""
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]
