"""Template output (wording and tokens) -> sections, clauses and blocks.

Wording is literal: runs of whitespace become one space (so templates may wrap lines
freely) and control characters are dropped; nothing in it is markup. Structure comes from
the tokens alone (see `tokens`). Empty paragraphs, clauses and sections are dropped, so a
template may open a clause and then find it has nothing to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from collabagree.core.errors import RenderError
from collabagree.drafting import ir
from collabagree.drafting import tokens as tk
from collabagree.drafting.usertext import inline_prose, prose_blocks
from collabagree.render.textsafe import clean_text

_SPACES = re.compile(r"\s+")
MAX_LEVEL = 3


@dataclass
class _State:
    sections: list[ir.Section] = field(default_factory=list)
    clauses: list[ir.Clause] = field(default_factory=list)
    """The open clause at each level (index 0 is level 1)."""
    inlines: list[ir.Inline] = field(default_factory=list)
    items: ir.BulletList | None = None

    def section(self) -> ir.Section:
        if not self.sections:
            raise RenderError("template error: text before the first s.section()")
        return self.sections[-1]

    def target(self) -> list[ir.Block]:
        """Where the next block goes: the open list item, the open clause, or the section."""
        if self.items is not None:
            return self.items.items[-1]
        if self.clauses:
            return self.clauses[-1].blocks
        return self.section().intro


def build(text: str, table: tk.TokenTable) -> list[ir.Section]:
    """Turn one template output into sections (not yet numbered)."""
    state = _State()
    for part in table.split(text):
        if isinstance(part, str):
            _add_wording(state, part)
        elif part.kind in tk.STRUCTURE_KINDS:
            _flush(state)
            _structure(state, part)
        else:
            state.inlines.extend(inline_entry(part))
    _flush(state)
    return [section for section in state.sections if _section_has_content(section)]


def inline_entry(entry: tk.Entry) -> list[ir.Inline]:
    """The inlines of an inline entry (a literal value, user prose, a reference)."""
    if entry.kind == tk.LITERAL:
        return [ir.Text(_clean(str(entry.payload)))]
    if entry.kind == tk.INLINE_PROSE:
        return inline_prose(str(entry.payload))
    if entry.kind == tk.REF:
        anchor, style, fallback = entry.payload
        return [ir.Ref(anchor, style, fallback=fallback)]
    raise RenderError(f"template error: {entry.kind} cannot stand inside a sentence")


def wording_inlines(text: str, table: tk.TokenTable) -> list[ir.Inline]:
    """Wording with inline tokens (a table cell, a signature line) as inlines."""
    inlines: list[ir.Inline] = []
    for part in table.split(text):
        if isinstance(part, str):
            if part:
                inlines.append(ir.Text(_clean(part)))
        else:
            inlines.extend(inline_entry(part))
    return _trim(inlines)


def _add_wording(state: _State, text: str) -> None:
    cleaned = _clean(text)
    if cleaned:
        state.inlines.append(ir.Text(cleaned))


def _clean(text: str) -> str:
    return _SPACES.sub(" ", clean_text(text).replace(tk.SUB, ""))


def _structure(state: _State, entry: tk.Entry) -> None:
    kind = entry.kind
    if kind == tk.SECTION:
        anchor, title, section_kind = entry.payload
        state.sections.append(ir.Section(anchor, title, kind=section_kind))
        state.clauses, state.items = [], None
    elif kind == tk.CLAUSE:
        anchor, level = entry.payload
        _open_clause(state, anchor, level)
    elif kind == tk.ITEM:
        if state.items is None:
            state.items = ir.BulletList([], lettered=bool(entry.payload))
            holder = state.clauses[-1].blocks if state.clauses else state.section().intro
            holder.append(state.items)
        state.items.items.append([])
    elif kind in (tk.END_LIST, tk.PARA):
        state.items = None
    elif kind == tk.BLOCK:
        state.items = None
        state.target().append(entry.payload)
    elif kind == tk.PROSE:
        state.target().extend(prose_blocks(str(entry.payload)))


def _open_clause(state: _State, anchor: str, level: int) -> None:
    section = state.section()
    if not 1 <= level <= MAX_LEVEL or level > len(state.clauses) + 1:
        raise RenderError(f"template error: clause {anchor!r} at level {level} has no parent clause")
    clause = ir.Clause(anchor)
    del state.clauses[level - 1:]
    if level == 1:
        section.clauses.append(clause)
    else:
        state.clauses[-1].children.append(clause)
    state.clauses.append(clause)
    state.items = None


def _flush(state: _State) -> None:
    inlines = _trim(state.inlines)
    state.inlines = []
    if not inlines:
        return
    state.target().append(ir.Paragraph(inlines))


def _trim(inlines: list[ir.Inline]) -> list[ir.Inline]:
    """Drop leading and trailing spaces, and merge neighbouring text."""
    merged: list[ir.Inline] = []
    for item in inlines:
        if isinstance(item, ir.Text) and merged and isinstance(merged[-1], ir.Text):
            joined = merged[-1].value + item.value
            # Two sentences from separate template blocks: keep a space between them.
            if merged[-1].value.endswith((".", ":", ";")) and item.value[:1].isupper():
                joined = merged[-1].value + " " + item.value
            merged[-1] = ir.Text(_SPACES.sub(" ", joined))
        else:
            merged.append(item)
    while merged and isinstance(merged[0], ir.Text) and not merged[0].value.strip():
        merged.pop(0)
    while merged and isinstance(merged[-1], ir.Text) and not merged[-1].value.strip():
        merged.pop()
    if merged and isinstance(merged[0], ir.Text):
        merged[0] = ir.Text(merged[0].value.lstrip())
    if merged and isinstance(merged[-1], ir.Text):
        merged[-1] = ir.Text(merged[-1].value.rstrip())
    return merged


def _clause_has_content(clause: ir.Clause) -> bool:
    clause.children = [child for child in clause.children if _clause_has_content(child)]
    clause.blocks = [block for block in clause.blocks if _block_has_content(block)]
    return bool(clause.blocks or clause.children)


def _block_has_content(block: ir.Block) -> bool:
    if isinstance(block, ir.BulletList):
        block.items = [[b for b in item if _block_has_content(b)] for item in block.items]
        block.items = [item for item in block.items if item]
        return bool(block.items)
    if isinstance(block, ir.Paragraph):
        return bool(block.inlines)
    if isinstance(block, ir.Table):
        return bool(block.rows)
    return True


def _section_has_content(section: ir.Section) -> bool:
    section.clauses = [clause for clause in section.clauses if _clause_has_content(clause)]
    section.intro = [block for block in section.intro if _block_has_content(block)]
    return bool(section.clauses or section.intro)
