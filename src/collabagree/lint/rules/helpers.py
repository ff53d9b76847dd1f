"""Small helpers rules share: word matching, counting, emptiness."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from collabagree.core.text import join_words

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


# The only non-ASCII characters that IGNORECASE matching equates with ASCII letters.
_ASCII_LOOKALIKES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@lru_cache(maxsize=256)
def _lowered_ascii(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """`words` lower-cased for a quick substring test, or None if one is not ASCII."""
    return tuple(word.lower() for word in words) if all(word.isascii() for word in words) else None


def find_words(text: str, words: Iterable[str]) -> list[str]:
    """The words from `words` that occur in `text` (whole words, any case), in text order."""
    key = tuple(words)
    hints = _lowered_ascii(key)
    if hints is not None:
        # A plain substring test first: most texts hold none of the words, and the pattern's
        # look-behind makes the regex scan slow (bench/README.md).
        lowered = (text if text.isascii() else text.translate(_ASCII_LOOKALIKES)).lower()
        if not any(hint in lowered for hint in hints):
            return []
    return [match.group(0) for match in word_pattern(key).finditer(text)]


def quote_list(items: Iterable[str]) -> str:
    """`'a', 'b' and 'c'` for messages."""
    return join_words([f"'{item}'" for item in items])
