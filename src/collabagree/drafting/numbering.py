"""Numbers from structure: sections 1, 2...; clauses 8.1, 8.1.1; schedules Schedule 1...

Numbers are never typed in templates. After numbering, every cross-reference is resolved
to the number of its target as it stands in this document; a reference to an anchor that
does not exist is a template error, never a wrong number in a signed document.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from collabagree.core.errors import RenderError
from collabagree.drafting import ir


def number(document: ir.Document) -> dict[str, str]:
    """Number sections, schedules and clauses in place; return anchor -> number."""
    numbers: dict[str, str] = {}
    section_count = schedule_count = 0
    for section in document.sections:
        if section.kind == "schedule":
            schedule_count += 1
            section.number = f"Schedule {schedule_count}"
            prefix = ""
        elif section.kind == "section":
            section_count += 1
            section.number = str(section_count)
            prefix = section.number + "."
        else:
            section.number = ""
            prefix = ""
        _remember(numbers, section.anchor, section.number or section.title)
        for index, clause in enumerate(section.clauses, start=1):
            _number_clause(clause, f"{prefix}{index}", numbers, schedule=section.number if not prefix else "")
    return numbers


def _number_clause(clause: ir.Clause, number: str, numbers: dict[str, str], schedule: str) -> None:
    clause.number = number
    # A clause in a schedule is cited with its schedule: "paragraph 2 of Schedule 1".
    _remember(numbers, clause.anchor, f"{number} of {schedule}" if schedule else number)
    for index, child in enumerate(clause.children, start=1):
        _number_clause(child, f"{number}.{index}", numbers, schedule)


def _remember(numbers: dict[str, str], anchor: str, value: str) -> None:
    if anchor in numbers:
        raise RenderError(f"template error: the anchor {anchor!r} is used twice")
    numbers[anchor] = value


def resolve(document: ir.Document, numbers: dict[str, str]) -> None:
    """Fill in the number of every cross-reference; unknown anchors are template errors."""
    for holder in inline_holders(document):
        holder[:] = [_resolved(item, numbers) for item in holder]


def _resolved(item: ir.Inline, numbers: dict[str, str]) -> ir.Inline:
    if isinstance(item, ir.Ref) and item.style in ("many", "Many"):
        return replace(item, number=_many(item, numbers))
    if isinstance(item, ir.Ref):
        if item.anchor not in numbers:
            if item.fallback:
                return item
            raise RenderError(f"template error: a cross-reference names {item.anchor!r}, which is not "
                              "a clause, section or schedule of this document")
        return replace(item, number=numbers[item.anchor])
    if isinstance(item, (ir.Emph, ir.Strong, ir.Link)):
        return replace(item, children=tuple(_resolved(child, numbers) for child in item.children))
    return item


def _many(ref: ir.Ref, numbers: dict[str, str]) -> str:
    """"clauses 9.11, 13.1 and 14.4" for the anchors that exist, in number order."""
    found = sorted({numbers[a] for a in ref.anchor.split("|") if a in numbers}, key=_number_key)
    if not found:
        return ref.fallback
    word = ("Clause" if ref.style == "Many" else "clause") + ("s" if len(found) > 1 else "")
    listed = found[0] if len(found) == 1 else ", ".join(found[:-1]) + " and " + found[-1]
    return f"{word} {listed}"


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in number.split("."))


def inline_holders(document: ir.Document) -> Iterator[list[ir.Inline]]:
    """Every list of inlines in the document (paragraphs, cells, definitions, signatures)."""
    for section in document.sections:
        yield from _block_holders(section.intro)
        for clause in _clauses(section.clauses):
            yield from _block_holders(clause.blocks)


def _clauses(clauses: list[ir.Clause]) -> Iterator[ir.Clause]:
    for clause in clauses:
        yield clause
        yield from _clauses(clause.children)


def _block_holders(blocks: list[ir.Block]) -> Iterator[list[ir.Inline]]:
    for block in blocks:
        if isinstance(block, ir.Paragraph):
            yield block.inlines
        elif isinstance(block, ir.BulletList):
            for item in block.items:
                yield from _block_holders(item)
        elif isinstance(block, ir.Table):
            yield from block.header
            for row in block.rows:
                yield from row
        elif isinstance(block, ir.Definitions):
            for definition in block.items:
                yield definition.meaning
        elif isinstance(block, ir.SignatureBlock):
            yield block.heading
            for _label, value in block.lines:
                yield value


def iter_inline_holders(document: ir.Document) -> Iterator[list[ir.Inline]]:
    """Public form of the walk, for the defined-terms pass and the tests."""
    return inline_holders(document)
