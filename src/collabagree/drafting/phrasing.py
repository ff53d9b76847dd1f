"""Fitting the user's words into the tool's sentences, without changing what they say.

A purpose written as "To reduce food insecurity." can finish "The purpose of this
Agreement is ..."; a list item written "A serious safeguarding failure" can complete a
lead-in as "(a) a serious safeguarding failure;". Only the first letter and a final full
stop are ever touched, and only where that is safe; otherwise the text stands on its own
as a paragraph (the templates check for None).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from collabagree.drafting import tokens as tk

# Words that start a noun phrase and can safely lose their capital mid-sentence.
_DETERMINERS = frozenset({
    "a", "an", "the", "all", "any", "each", "every", "one", "two", "three", "four", "five",
    "its", "their", "this", "these", "those", "our", "some", "no", "both", "either", "at",
    "up", "more", "less", "not", "only", "once", "twice", "annual", "monthly", "quarterly",
    "weekly", "daily",
})
_SENTENCE_INSIDE = re.compile(r"[.!?;:]\s+\S")


if TYPE_CHECKING:
    from collabagree.drafting.structure import Structure


class Phrasing:
    """Mixin of `ClauseFacts`: user text shaped to finish a sentence."""

    if TYPE_CHECKING:  # provided by the other parts of ClauseFacts
        def _terms(self) -> set[str]:
            """Capitalised words that must keep their capital (party names, defined terms)."""
            ...

    _s: Structure


    def phrase(self, text: str | None, infinitive: bool = False) -> tk.Wording | None:
        """One sentence of user text, as a phrase to finish the tool's sentence: its first
        letter lowered where it is a determiner ("The borough" -> "the borough"), its final
        full stop dropped. None when the text is more than one sentence or does not fit."""
        if not text:
            return None
        body = " ".join(str(text).split()).rstrip()
        if body.endswith("."):
            body = body[:-1].rstrip()
        if not body or "\n" in str(text).strip() or _SENTENCE_INSIDE.search(body) or body.startswith("- "):
            return None
        first = body.split(" ", 1)[0]
        if infinitive:
            if first.lower() != "to":
                return None
            body = "to" + body[2:]
        elif first.lower() in _DETERMINERS and first[:1].isupper():
            body = first[:1].lower() + body[1:]
        return self._s.inline(body)

    def object_phrase(self, text: str | None) -> tk.Wording | None:
        """One sentence of user text that names something ("Staff of both agencies"), as the
        object that finishes the tool's sentence ("The training is for staff of both
        agencies."): capital lowered unless it starts a name or a defined term, final full
        stop dropped. None when the text is more than one sentence."""
        if self.phrase(text) is None:
            return None
        return self.list_phrase(text)

    def position_phrase(self, text: str | None) -> tk.Wording | None:
        """A position the user names ("Chief Executive"), with "the" before it unless the
        text starts with its own determiner: "the Chief Executive", "both co-chairs"."""
        found = self.object_phrase(text)
        if found is None:
            return None
        first = " ".join(str(text).split()).split(" ", 1)[0].lower()
        if first in _DETERMINERS:
            return found
        return tk.Wording(self._s.gettext("the") + " " + found)

    def list_phrase(self, text: str | None) -> tk.Wording:
        """A list item that completes a lead-in: capital lowered unless it starts a name,
        final punctuation dropped (the template adds `;`, `; and` or `.`)."""
        body = " ".join(str(text or "").split()).rstrip(" .;")
        if body and not self._keeps_capital(body):
            body = body[:1].lower() + body[1:]
        return self._s.inline(body)

    def user_meaning(self, text: str | None) -> tk.Wording:
        """The meaning of a user's defined term, to follow `"Grant" means`: first letter
        lowered where it is a determiner, ending with one full stop."""
        body = " ".join(str(text or "").split()).rstrip()
        if body and not self._keeps_capital(body):
            body = body[:1].lower() + body[1:]
        if body and body[-1] not in ".!?":
            body += "."
        return tk.Wording(self._s.gettext("means") + " " + self._s.inline(body))

    def _keeps_capital(self, body: str) -> bool:
        """Whether the first word must keep its capital: it is not capitalised anyway, an
        acronym, a party's or a defined term's word, or starts a name ("Kestrel Vale")."""
        words = body.split(" ")
        first = words[0] if words else ""
        second = words[1] if len(words) > 1 else ""
        return (not first[:1].isupper() or (first.isupper() and len(first) > 1)
                or first in self._terms()
                or (second[:1].isupper() and first.lower() not in _DETERMINERS))
