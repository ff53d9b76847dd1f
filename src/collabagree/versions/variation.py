"""`collabagree variation OLD NEW`: the variation to sign, drafted by the clause engine.

The changes are read from the two drafted documents, not from the model: each level-1
clause is matched by its anchor, so a clause whose words changed is "deleted and replaced
with" NEW's words (numbered as OLD numbers it: the agreement being varied), a clause only
in NEW is "inserted" (numbered as NEW numbers it), one only in OLD "deleted", and a schedule
that changed is replaced by the schedule attached. The document itself comes from
`templates/clauses/variation_document.j2` through the same sandbox, builder, definitions,
numbering and writers as an agreement, with `c` the facts of NEW (parties, signature blocks
in NEW's execution form, the law records) and `v` the facts of the variation.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from collabagree.drafting import ir
from collabagree.model import Agreement

TEMPLATE = "clauses/variation_document.j2"
REPLACED, INSERTED, DELETED, SCHEDULE, NEW_SECTION, GONE_SECTION, RETITLED = (
    "replaced", "inserted", "deleted", "schedule", "new-section", "deleted-section", "retitled")
SCHEDULE_ADDED = "schedule-added"


@dataclass
class Amendment:
    """One change the variation makes, in the words the template prints."""

    kind: str
    number: str
    """The clause or section number (OLD's for a replacement or deletion, NEW's for an insertion)."""
    title: str = ""
    after: str = ""
    """For an insertion: OLD's number of the clause it follows ("" at its section's start)."""
    blocks: list[ir.Block] = field(default_factory=list)
    """NEW's words, quoted (cross-references as plain text)."""
    intro: list[ir.Block] = field(default_factory=list)
    """For a replaced schedule: its text before any clause, quoted."""
    clauses: list[list[ir.Block]] = field(default_factory=list)
    """For a replaced schedule: each of its clauses' quoted words."""
    attached: int = 0
    """For a replaced or added schedule: which schedule of the variation it is (from 1)."""


@dataclass
class VariationFacts:
    """`v` in the template: which variation this is, of what, from when, and what changes."""

    number: int
    title: str
    reference: str
    original_date: str
    effective: str
    amendments: list[Amendment]
    binding: bool

    @property
    def schedules(self) -> list[Amendment]:
        """The replaced schedules, attached to the variation in order."""
        return [item for item in self.amendments if item.kind in (SCHEDULE, SCHEDULE_ADDED)]


def amendments(old: ir.Document, new: ir.Document) -> list[Amendment]:
    """The changes from OLD's document to NEW's, clause by clause, in NEW's order."""
    old_units, new_units = _units(old), _units(new)
    old_keys, new_keys = list(old_units), list(new_units)
    matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
    out: list[Amendment] = []
    previous = ""
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            for old_key, new_key in zip(old_keys[a0:a1], new_keys[b0:b1]):
                before, after = old_units[old_key], new_units[new_key]
                if _words(before) != _words(after):
                    out.append(_replacement(before, after))
                previous = before.number
            continue
        for key in old_keys[a0:a1]:
            if key not in new_units:
                out.append(_removal(old_units[key]))
        for key in new_keys[b0:b1]:
            if key not in old_units:
                out.append(_insertion(new_units[key], previous))
    for index, item in enumerate((a for a in out if a.kind in (SCHEDULE, SCHEDULE_ADDED)), start=1):
        item.attached = index
    return out


@dataclass
class _Unit:
    section: ir.Section
    clause: ir.Clause | None
    number: str


def _units(document: ir.Document) -> dict[str, _Unit]:
    """Level-1 clauses by anchor; a schedule, or a section, as one unit of its own."""
    units: dict[str, _Unit] = {}
    for section in document.sections:
        if section.kind == "unnumbered":
            continue
        units["section:" + section.anchor] = _Unit(section, None, section.number)
        if section.kind == "schedule":
            continue
        for clause in section.clauses:
            units[clause.anchor] = _Unit(section, clause, clause.number)
    return units


def _words(unit: _Unit) -> str:
    if unit.clause is None:
        if unit.section.kind != "schedule":
            return unit.section.title
        return "\n".join([unit.section.title, *(_block_text(b) for b in unit.section.intro),
                          *(_clause_text(c) for c in unit.section.clauses)])
    return _clause_text(unit.clause)


def _clause_text(clause: ir.Clause) -> str:
    parts = [_block_text(block) for block in clause.blocks]
    parts.extend(f"{child.number} {_clause_text(child)}" for child in clause.children)
    return "\n".join(parts)


def _block_text(block: ir.Block) -> str:
    if isinstance(block, ir.Paragraph):
        return ir.plain_text(block.inlines)
    if isinstance(block, ir.BulletList):
        return "\n".join(_block_text(b) for item in block.items for b in item)
    if isinstance(block, ir.Table):
        rows = [block.header, *block.rows]
        return "\n".join("\t".join(ir.plain_text(cell) for cell in row) for row in rows)
    if isinstance(block, ir.Definitions):
        return "\n".join(f"{d.term}: {ir.plain_text(d.meaning)}" for d in block.items)
    if isinstance(block, ir.SignatureBlock):
        return ir.plain_text(block.heading)
    return block.alt


def _replacement(before: _Unit, after: _Unit) -> Amendment:
    if after.clause is None:
        if after.section.kind == "schedule":
            return _schedule(after, before.number)
        return Amendment(RETITLED, before.number, after.section.title)
    return Amendment(REPLACED, before.number, blocks=in_quotes(quoted_clause(after.clause)))


def _removal(unit: _Unit) -> Amendment:
    if unit.clause is None:
        return Amendment(GONE_SECTION, unit.number, unit.section.title)
    return Amendment(DELETED, unit.number)


def _insertion(unit: _Unit, previous: str) -> Amendment:
    if unit.clause is None:
        if unit.section.kind == "schedule":
            return _schedule(unit, unit.number, SCHEDULE_ADDED)
        return Amendment(NEW_SECTION, unit.number, unit.section.title)
    return Amendment(INSERTED, unit.number, after=previous, blocks=in_quotes(quoted_clause(unit.clause)))


def _schedule(unit: _Unit, number: str, kind: str = "schedule") -> Amendment:
    """A schedule replaced (or added) by the one attached: NEW's clauses, quoted."""
    return Amendment(kind, number, unit.section.title, intro=[_quoted(b) for b in unit.section.intro],
                     clauses=[quoted_clause(c) for c in unit.section.clauses])


def in_quotes(blocks: list[ir.Block]) -> list[ir.Block]:
    """Quoted words between quotation marks, as a variation quotes the text it inserts: the
    opening mark before the first paragraph, the closing one after the last (when the
    quotation ends in a paragraph)."""
    if blocks and isinstance(blocks[0], ir.Paragraph):
        blocks[0] = ir.Paragraph([ir.Text("\u201c"), *blocks[0].inlines], blocks[0].role)
    if blocks and isinstance(blocks[-1], ir.Paragraph):
        blocks[-1] = ir.Paragraph([*blocks[-1].inlines, ir.Text("\u201d")], blocks[-1].role)
    return blocks


def quoted_clause(clause: ir.Clause) -> list[ir.Block]:
    """A clause's words as blocks to quote: its number first, sub-clauses after it, and
    every cross-reference as the words it reads (the variation has no such clause)."""
    blocks: list[ir.Block] = []
    first, *rest = clause.blocks or [ir.Paragraph([])]
    lead: list[ir.Inline] = [ir.Text(f"{clause.number} ")]
    if isinstance(first, ir.Paragraph):
        blocks.append(ir.Paragraph(lead + _plain(first.inlines)))
    else:
        blocks.extend([ir.Paragraph(lead), _quoted(first)])
    blocks.extend(_quoted(block) for block in rest)
    for child in clause.children:
        blocks.extend(quoted_clause(child))
    return blocks


def _plain(inlines: list[ir.Inline] | tuple[ir.Inline, ...]) -> list[ir.Inline]:
    out: list[ir.Inline] = []
    for item in inlines:
        if isinstance(item, ir.Ref):
            out.append(ir.Text(ir.ref_text(item)))
        elif isinstance(item, ir.Strong):
            out.append(ir.Strong(tuple(_plain(item.children))))
        elif isinstance(item, ir.Emph):
            out.append(ir.Emph(tuple(_plain(item.children))))
        elif isinstance(item, ir.Link):
            out.append(ir.Link(tuple(_plain(item.children)), item.url))
        else:
            out.append(item)
    return out


def _quoted(block: ir.Block) -> ir.Block:
    if isinstance(block, ir.Paragraph):
        return ir.Paragraph(_plain(block.inlines), block.role)
    if isinstance(block, ir.BulletList):
        return ir.BulletList([[_quoted(b) for b in item] for item in block.items], block.lettered)
    if isinstance(block, ir.Table):
        return ir.Table([_plain(c) for c in block.header], [[_plain(c) for c in row] for row in block.rows],
                        block.widths, block.numeric, block.caption)
    if isinstance(block, ir.Definitions):
        return ir.Table([[ir.Text("Term")], [ir.Text("Meaning")]],
                        [[[ir.Text(d.term)], _plain(d.meaning)] for d in block.items], [1, 3])
    if isinstance(block, ir.SignatureBlock):
        return ir.Paragraph(_plain(block.heading))
    return ir.Paragraph([ir.Text(block.alt)])


def for_signature(agreement: Agreement) -> Agreement:
    """NEW with its signature dates cleared: the variation is signed afresh."""
    people = [person.model_copy(update={"date": None}) for person in agreement.signatories or []]
    return agreement.model_copy(update={"signatories": people})


def draft_variation(old: Agreement, new: Agreement, effective: date | None = None,
                    number: int | None = None, template_dir: Path | None = None) -> ir.Document:
    """The variation document: numbered, cross-referenced, its definitions filled."""
    from collabagree.versions.variation_draft import draft_with

    return draft_with(old, new, effective, number, template_dir)


def variation_number(old: Agreement, new: Agreement) -> int:
    """Which variation this is: NEW's history entries that OLD does not have (at least 1)."""
    before = {(h.version, h.date) for h in (old.document_control.history if old.document_control else None) or []}
    after = [h for h in (new.document_control.history if new.document_control else None) or []
             if (h.version, h.date) not in before]
    return max(1, len(after))
