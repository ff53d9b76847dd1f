"""Looking around a channel named in one entry of a channel list (INF012): is it negated in
its clause ("corporate email, not WhatsApp"), and which word comes before it.

Both questions used to be answered by searching `text[:start]` again for every match, which
made an entry of `"not WhatsApp " * k` quadratic. `EntryText` scans the entry once and
answers each question by bisection in sorted lists: the same answers, in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_NEGATION = re.compile(
    r"(?<!\w)(?:no|not|never|nor|except|excluding|exclude[sd]?|other\s+than|rather\s+than|"
    r"instead\s+of|without|prohibited|banned|forbidden)(?!\w)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;,.:()\[\]—–]|\bbut\b", re.IGNORECASE)
# A "word" before a channel, as INF012 has always read it: word characters and apostrophes.
_RUN = re.compile(r"[\w'’]+")
_WORD_CHAR = re.compile(r"\w")


class EntryText:
    """One channel entry, with its clause breaks, negations and runs of word characters
    and apostrophes found once (each on first use), in text order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None
        self._negations: list[tuple[int, int]] | None = None
        self._runs: list[tuple[int, int]] | None = None
        self._first_word_char: list[int] = []

    def negated(self, start: int) -> bool:
        """Whether a negation ("not", "except", "other than" ...) comes before `start` in the
        same clause (the text since the last clause break: punctuation or "but")."""
        if self._breaks is None:
            self._breaks = [match.end() for match in _CLAUSE_BREAK.finditer(self.text)]
            self._negations = [match.span() for match in _NEGATION.finditer(self.text)]
        assert self._negations is not None
        # Breaks and negations never overlap a channel match (each starts after a character
        # that is not a letter, and neither kind contains one of the channel words), so those
        # ending by `start` are the ones a search of `text[:start]` would find.
        slot = bisect_right(self._breaks, start)
        clause_start = self._breaks[slot - 1] if slot else 0
        index = bisect_left(self._negations, (clause_start, -1))
        return index < len(self._negations) and self._negations[index][1] <= start

    def word_before(self, start: int) -> tuple[int, int] | None:
        r"""Where the word before `start` is: the last run of word characters and apostrophes
        that holds a word character, cut at `start`; None when there is none. (What
        `([\w'’]+)\W*$` finds in `text[:start]`, without copying or rescanning the text.)"""
        if self._runs is None:
            self._runs = [match.span() for match in _RUN.finditer(self.text)]
            self._first_word_char = [-1] * len(self._runs)
        index = bisect_left(self._runs, (start, -1)) - 1
        # Back over runs of apostrophes alone. The word of one channel match stops this walk
        # for the next match, so the walks of one entry pass each run about once.
        while index >= 0:
            run_start, run_end = self._runs[index]
            end = min(run_end, start)
            if self._first_word_char[index] == -1:
                found = _WORD_CHAR.search(self.text, run_start, run_end)
                self._first_word_char[index] = found.start() if found else run_end
            if self._first_word_char[index] < end:
                return run_start, end
            index -= 1
        return None
