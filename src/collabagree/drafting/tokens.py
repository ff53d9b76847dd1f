"""How clause templates say "a clause starts here" without any markup a user could forge.

Templates are Jinja2 and write prose; structure comes only from calls to the `s` helper
(`s.section(...)`, `s.clause(...)`, `s.ref(...)`), each of which returns a *token*: the
ASCII SUB character, a nonce drawn afresh for every render, an id into a side table, and
SUB again. Every value a template prints (`{{ value }}`, `{% trans %}` variables) goes
through `finalize`, which also becomes a token holding the value as literal text. The
template's output is therefore wording plus tokens, and `builder` turns it into the
document tree without parsing any markup: user text cannot contain the nonce (it is random
per render, and control characters are removed from every value), so it can never start a
clause, a table or a reference, and it is never read as Markdown.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from typing import Any

SUB = "\x1a"


class Wording(str):
    """Template wording that may hold tokens (the result of the tool's own gettext)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What a token stands for: a `kind` and its payload."""

    kind: str
    payload: Any = None


@dataclass
class TokenTable:
    """The side table of one render: tokens out, entries back."""

    nonce: str = field(default_factory=lambda: secrets.token_hex(8))
    entries: list[Entry] = field(default_factory=list)

    def token(self, kind: str, payload: Any = None) -> Wording:
        """A new token for an entry of `kind`."""
        self.entries.append(Entry(kind, payload))
        return Wording(f"{SUB}{self.nonce}:{len(self.entries) - 1}{SUB}")

    def pattern(self) -> re.Pattern[str]:
        """Matches this render's tokens (and only them)."""
        return re.compile(re.escape(SUB + self.nonce + ":") + r"(\d{1,9})" + re.escape(SUB))

    def holds_tokens(self, text: str) -> bool:
        """Whether `text` carries a token of this render (so it is template output)."""
        return (SUB + self.nonce + ":") in text

    def split(self, text: str) -> list[str | Entry]:
        """`text` as wording strings and entries, in order."""
        parts: list[str | Entry] = []
        position = 0
        for match in self.pattern().finditer(text):
            if match.start() > position:
                parts.append(text[position:match.start()])
            index = int(match.group(1))
            parts.append(self.entries[index])
            position = match.end()
        if position < len(text):
            parts.append(text[position:])
        return parts


# Kinds of entry. Structure:
SECTION = "section"          # payload: (anchor, title, kind)
CLAUSE = "clause"            # payload: (anchor, level)
PARA = "para"                # a new paragraph in the current clause
ITEM = "item"                # payload: lettered (bool); a new list item
END_LIST = "end_list"        # back to paragraphs after a list
BLOCK = "block"              # payload: an ir block (table, definitions, signature, figure)
PROSE = "prose"              # payload: user text parsed as blocks (the Markdown whitelist)
# Inline:
LITERAL = "literal"          # payload: str shown exactly
INLINE_PROSE = "inline_prose"  # payload: user text, whitelist inline (emphasis, links)
REF = "ref"                  # payload: (anchor, style)

STRUCTURE_KINDS = frozenset({SECTION, CLAUSE, PARA, ITEM, END_LIST, BLOCK, PROSE})
