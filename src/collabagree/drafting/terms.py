"""Defined terms: the definitions clause holds exactly the terms the document uses.

Templates offer every term they might use (`s.define`); once the document is built, a
term no other text uses is dropped, and the user's own `definitions` are added, so
"every defined term is used and every term used is defined" holds by construction for
the tool's own terms (tests check the rest).
"""

from __future__ import annotations

import re

from collabagree.drafting import ir
from collabagree.drafting.facts import ClauseFacts
from collabagree.drafting.numbering import iter_inline_holders


def fill_definitions(document: ir.Document, facts: ClauseFacts) -> None:
    """Keep the offered definitions the document uses; add the user's; sort them."""
    lists = [block for block in _all_blocks(document) if isinstance(block, ir.Definitions)]
    if not lists:
        return
    outside = _text_outside(document, lists)
    for block in lists:
        # A term offered twice (the tool's "Grant" and the user's): the user's, offered last, wins.
        latest = {item.term: item for item in block.items}
        block.items = list(latest.values())
        # A term used only in another definition's meaning is used too.
        kept = [item for item in block.items
                if _used(item.term, outside + "\n".join(ir.plain_text(other.meaning)
                                                       for other in block.items if other is not item))]
        block.items = sorted(kept, key=lambda item: item.term.lower())


def _used(term: str, text: str) -> bool:
    forms = [term]
    # "Party" and "Parties", "Working Day" and "Working Days": either form counts.
    if term.endswith("y") and not term.endswith("ey"):
        forms.append(term[:-1] + "ies")
    if term.endswith("ies"):
        forms.append(term[:-3] + "y")
    forms.append(term + "s")
    return any(re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", text) for form in forms)


def _text_outside(document: ir.Document, lists: list[ir.Definitions]) -> str:
    skip = {id(definition.meaning) for block in lists for definition in block.items}
    parts = [ir.plain_text(holder) for holder in iter_inline_holders(document) if id(holder) not in skip]
    parts.extend(section.title for section in document.sections)
    return "\n".join(parts)


def _all_blocks(document: ir.Document) -> list[ir.Block]:
    found: list[ir.Block] = []
    for section in document.sections:
        found.extend(section.intro)
        stack = list(section.clauses)
        while stack:
            clause = stack.pop()
            found.extend(clause.blocks)
            stack.extend(clause.children)
    return found
