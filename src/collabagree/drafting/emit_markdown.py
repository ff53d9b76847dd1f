"""The document tree as pandoc Markdown (the `.md` output): numbers typed, text escaped.

Every piece of text is escaped with `render.textsafe.escape_markdown`, so a reader who runs
pandoc on the file gets the same words and no markup from the agreement's values.
"""

from __future__ import annotations

from collabagree.drafting import ir
from collabagree.render.textsafe import escape_markdown, escape_url

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def to_markdown(document: ir.Document, front_matter: str) -> str:
    """The whole document: front matter, front page, sections."""
    out: list[str] = [front_matter.rstrip("\n"), "", *_front(document.front)]
    for section in document.sections:
        out.extend(["", _heading(section), ""])
        out.extend(_blocks(section.intro, ""))
        for clause in section.clauses:
            out.extend(_clause(clause, 0))
    return "\n".join(_collapse(out)).strip("\n") + "\n"


def _front(front: ir.FrontPage) -> list[str]:
    lines = []
    if front.parties:
        lines.append("**" + escape_markdown("Between:") + "**")
        lines.append("")
        # Full names only, as a front page lists them; the Parties clause defines the labels.
        for index, (name, _label) in enumerate(front.parties, start=1):
            lines.append(escape_markdown(f"({index}) {name}"))
            lines.append("")
    for label, value in front.facts:
        lines.append(escape_markdown(f"{label}: {value}") + "  ")
    if front.dated:  # a page with no Dated line (the key-facts page) leaves it empty
        lines.append(escape_markdown(f"Dated: {front.dated}"))
    return lines


def _heading(section: ir.Section) -> str:
    title = f"{section.number} {section.title}".strip() if section.kind == "section" else (
        f"{section.number}: {section.title}" if section.number else section.title)
    return "# " + escape_markdown(title, line_start=False)


def _clause(clause: ir.Clause, depth: int) -> list[str]:
    indent = ""  # an indent of four spaces would make pandoc read a code block
    lines: list[str] = [""]
    first, *rest = clause.blocks or [ir.Paragraph([])]
    lead = f"{indent}{clause.number} "
    if isinstance(first, ir.Paragraph):
        lines.append(lead + _inlines(first.inlines))
    else:
        lines.append(lead.rstrip())
        lines.extend(["", *_block(first, indent)])
    for block in rest:
        lines.extend(["", *_block(block, indent)])
    for child in clause.children:
        lines.extend(_clause(child, depth + 1))
    return lines


def _blocks(blocks: list[ir.Block], indent: str) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        lines.extend([*_block(block, indent), ""])
    return lines


def _block(block: ir.Block, indent: str) -> list[str]:
    if isinstance(block, ir.Paragraph):
        return [indent + _inlines(block.inlines)]
    if isinstance(block, ir.BulletList):
        return _list(block, indent)
    if isinstance(block, ir.Table):
        return _table(block, indent)
    if isinstance(block, ir.Definitions):
        return [line for item in block.items for line in
                (indent + "**" + escape_markdown(f"\u201c{item.term}\u201d", line_start=False) + "** "
                 + _inlines(item.meaning, line_start=False), "")]
    if isinstance(block, ir.SignatureBlock):
        return _signature(block, indent)
    # A figure in words: its caption, then its alternative text (the dates it shows).
    return [indent + escape_markdown("Figure: " + block.caption), "", indent + escape_markdown(block.alt)]


def _list(block: ir.BulletList, indent: str) -> list[str]:
    lines: list[str] = []
    for index, item in enumerate(block.items):
        marker = f"({_LETTERS[index % 26]})" if block.lettered else "-"
        body = [_inlines(b.inlines) if isinstance(b, ir.Paragraph) else "" for b in item]
        lines.append(f"{indent}{marker} " + " ".join(part for part in body if part))
    return lines


def _table(table: ir.Table, indent: str) -> list[str]:
    keep = table.visible_columns()
    header = [_cell(table.header[i]) for i in keep]
    rule = ["---:" if i < len(table.numeric) and table.numeric[i] else ":---" for i in keep]
    lines = [indent + "| " + " | ".join(header) + " |", indent + "|" + "|".join(rule) + "|"]
    for row in table.rows:
        lines.append(indent + "| " + " | ".join(_cell(row[i]) if i < len(row) else "" for i in keep) + " |")
    return lines


def _signature(block: ir.SignatureBlock, indent: str) -> list[str]:
    lines = [indent + "**" + _inlines(block.heading) + "**", "", indent + "| | |", indent + "|:---|:---|"]
    for index, (label, value) in enumerate(block.lines):
        shown = (_cell(value) if value else
                 escape_markdown(ir.SIGNING_LINE, line_start=False) if index in block.sign_rows else "\u00a0")
        lines.append(indent + "| " + escape_markdown(label, line_start=False) + " | " + shown + " |")
    return lines


def _cell(inlines: list[ir.Inline]) -> str:
    return _inlines(inlines)


def _inlines(inlines: list[ir.Inline] | tuple[ir.Inline, ...], line_start: bool = True) -> str:
    out: list[str] = []
    for index, item in enumerate(inlines):
        at_start = line_start and index == 0
        if isinstance(item, ir.Text):
            out.append(escape_markdown(item.value, line_start=at_start))
        elif isinstance(item, ir.Strong):
            out.append("**" + _inlines(item.children) + "**")
        elif isinstance(item, ir.Emph):
            out.append("*" + _inlines(item.children) + "*")
        elif isinstance(item, ir.Link):
            out.append("[" + _inlines(item.children) + "](" + escape_url(item.url) + ")")
        elif isinstance(item, ir.Ref):
            out.append(escape_markdown(ir.ref_text(item), line_start=at_start))
        else:
            out.append("\\\n")
    return "".join(out)


def _collapse(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line.rstrip() if not line.endswith("  ") else line)
    return out
