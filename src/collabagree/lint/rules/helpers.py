"""Small helpers rules share: word matching, counting, emptiness."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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


_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]\n—–]|,\s*(?:but|and|or|while|whereas)\b|\bbut\b", re.IGNORECASE)


class Clauses:
    """The clauses of one text (split at sentence punctuation, brackets and "but"), found once.

    A rule asks, for each of many matches, whether a word occurs earlier in the same clause
    (`preceded_by`) or anywhere in it (`contains`). Each pattern is searched over the text once
    and each clause once, so the answers cost linear time in all, however many matches there are.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [match.end() for match in _CLAUSE_BREAK.finditer(text)]
        self._hits: dict[re.Pattern[str], list[int]] = {}
        self._contains: dict[tuple[re.Pattern[str], int], bool] = {}

    def index(self, position: int) -> int:
        """The number of the clause that holds `position`."""
        return bisect_right(self.starts, position) - 1

    def span(self, index: int) -> tuple[int, int]:
        """The (start, end) of clause `index`."""
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.starts[index], end

    def preceded_by(self, position: int, pattern: re.Pattern[str]) -> bool:
        """True when `pattern` matches earlier in the clause that holds `position`."""
        hits = self._hits.get(pattern)
        if hits is None:
            hits = self._hits[pattern] = [match.start() for match in pattern.finditer(self.text)]
        found = bisect_left(hits, position) - 1
        return found >= 0 and hits[found] >= self.starts[self.index(position)]

    def contains(self, position: int, pattern: re.Pattern[str]) -> bool:
        """True when `pattern` matches anywhere in the clause that holds `position`."""
        index = self.index(position)
        key = (pattern, index)
        if key not in self._contains:
            start, end = self.span(index)
            self._contains[key] = pattern.search(self.text, start, end) is not None
        return self._contains[key]
