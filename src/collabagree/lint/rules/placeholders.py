"""Finding placeholder text (TXT001) in time linear in the text.

The placeholders are one pattern, `PLACEHOLDERS`: TODO, TBC, TBD, XXX, `[insert ...]`,
`<...>` and lorem ipsum. Its `[insert ...]` branch runs to the first `]` or end of line; on a
line of `"[insert " * k` with no `]`, the regex engine ran it from every opener to the end of
the line, quadratic in the line. `placeholders_in` gives exactly the snippets of
`PLACEHOLDERS.finditer`, but finds where each opener's branch stops once for all the openers
that share that stop.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TODO_OR_XXX = r"(?<![\w-])(?:TODO|TBC|TBD)(?![\w-])|(?<![A-Za-z])[Xx]{3,}(?![A-Za-z])"
_INSERT = r"\[\s*insert\b[^\]\n]*\]"
_ANGLE_OR_LOREM = r"<(?!\s)[^<>\n]{1,80}(?<!\s)>|\blorem\s+ipsum\b"

PLACEHOLDERS = re.compile(f"{_TODO_OR_XXX}|{_INSERT}|{_ANGLE_OR_LOREM}", re.IGNORECASE)
"""The definition of a placeholder (the reference the linear search is tested against)."""

# Every branch starts with its own character (t, x, `[`, `<`, l), so at one position at most
# one branch can match and the order of the branches never decides between them: the
# `[insert` branch can be searched on its own and merged by position with the others.
_OTHERS = re.compile(f"{_TODO_OR_XXX}|{_ANGLE_OR_LOREM}", re.IGNORECASE)
_INSERT_OPENER = re.compile(r"\[\s*insert\b", re.IGNORECASE)
_INSERT_STOP = re.compile(r"[\]\n]")

# `<https://...>`, `<mailto:...>` and `<name@example.org>` are links, not placeholders.
AUTOLINK = re.compile(r"^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>$")
# Every placeholder contains one of these once lower-cased. Testing for them first is a fifth
# of the cost of the full search, and almost every string fails the test (bench/README.md).
_HINTS = ("todo", "tbc", "tbd", "xxx", "[", "<", "lorem")
# The only non-ASCII characters that IGNORECASE matching equates with ASCII letters.
_ASCII_LOOKALIKES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


class _InsertSearch:
    """The `[insert ...]` matches of one text, searched from increasing positions."""

    def __init__(self, text: str) -> None:
        self.text = text
        # The first `]` or newline at or after `_stop_from` is at `_stop` (-1: none).
        self._stop_from = -1
        self._stop = -1

    def _stop_after(self, position: int) -> int:
        if not self._stop_from <= position <= self._stop:
            found = _INSERT_STOP.search(self.text, position)
            self._stop_from, self._stop = position, found.start() if found else len(self.text)
        return self._stop

    def next_from(self, position: int) -> tuple[int, int] | None:
        """The span of the first `[insert ...]` match starting at or after `position`."""
        opener = _INSERT_OPENER.search(self.text, position)
        while opener is not None:
            stop = self._stop_after(opener.end())
            if stop < len(self.text) and self.text[stop] == "]":
                return opener.start(), stop + 1
            # A newline (or the end) comes first: no `]` closes this opener, nor any other
            # opener ending before that newline, which reuse the stop found here.
            opener = _INSERT_OPENER.search(self.text, opener.start() + 1)
        return None


def _spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans `PLACEHOLDERS.finditer(text)` matches, in order."""
    inserts = _InsertSearch(text)
    other = _OTHERS.search(text)
    insert = inserts.next_from(0)
    while other is not None or insert is not None:
        if insert is None or (other is not None and other.start() < insert[0]):
            assert other is not None
            span = other.span()
        else:
            span = insert
        yield span
        end = span[1]
        if other is not None and other.start() < end:
            other = _OTHERS.search(text, end)
        if insert is not None and insert[0] < end:
            insert = inserts.next_from(end)


def placeholders_in(text: str) -> list[str]:
    """The placeholder snippets in `text` (TODO, TBC, TBD, XXX, [insert ...], <...>, lorem ipsum)."""
    lowered = (text if text.isascii() else text.translate(_ASCII_LOOKALIKES)).lower()
    if not any(hint in lowered for hint in _HINTS):
        return []
    snippets = (text[start:end] for start, end in _spans(text))
    return [snippet for snippet in snippets if not AUTOLINK.match(snippet)]
