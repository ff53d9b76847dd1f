"""The document tree as pandoc's JSON AST, for the DOCX, HTML and Typst writers.

Building the AST directly means no text is ever read as Markdown on the way to Word, the
browser or the PDF: every string is a `Str` node. Clause paragraphs carry a Word paragraph
style (`custom-style`), anchors become identifiers (bookmarks in Word, ids in HTML, labels
in Typst) and cross-references links to them, so later steps can turn them into fields.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from collabagree.drafting import ir
from collabagree.drafting.column_widths import fitted_widths

API_VERSION = [1, 23, 1, 1]
CLAUSE_STYLES = ("Clause Level 1", "Clause Level 2", "Clause Level 3")
#: Clauses of a schedule: Word numbers them within their schedule (1, 1.1), not as 8.3.
SCHEDULE_CLAUSE_STYLES = ("Schedule Clause Level 1", "Schedule Clause Level 2", "Schedule Clause Level 3")
_WORD_OR_SPACE = re.compile(r"\S+|\s+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"

Node = dict[str, Any]
#: How the format being written shows a figure (`render.figures`); unset: its words.
_FIGURE_NODES: ContextVar[Callable[[ir.Figure], list[Node]] | None] = ContextVar(
    "collabagree_figure_nodes", default=None)


def anchor_id(anchor: str) -> str:
    """An identifier valid everywhere (Word bookmarks: letters, digits, underscores, at most
    40 characters); long anchors keep a hash of the whole so two never share an id."""
    clean = "c_" + re.sub(r"[^A-Za-z0-9]+", "_", anchor).strip("_")
    if len(clean) <= 40:
        return clean
    digest = hashlib.sha256(anchor.encode("utf-8")).hexdigest()[:8]
    return clean[:31] + "_" + digest


def to_pandoc(document: ir.Document, metadata: dict[str, Any], *, typed_numbers: bool = True,
              heading_level: int = 1,
              figure_nodes: Callable[[ir.Figure], list[Node]] | None = None) -> dict[str, Any]:
    """The pandoc JSON document. `typed_numbers`: print clause numbers in the text (HTML,
    PDF); without, Word's own numbering shows them (DOCX). `heading_level`: the level of
    section headings (2 in HTML, where the title is the page's one h1). `figure_nodes`
    makes a figure's nodes for the format (without: its caption and alternative text as
    paragraphs)."""
    token = _FIGURE_NODES.set(figure_nodes)
    try:
        return _document(document, metadata, typed_numbers, heading_level)
    finally:
        _FIGURE_NODES.reset(token)


def _document(document: ir.Document, metadata: dict[str, Any], typed_numbers: bool,
              heading_level: int) -> dict[str, Any]:
    blocks: list[Node] = [*front_blocks(document.front)]
    if heading_level > 1:  # HTML: a contents list after the front page's reference block
        blocks.append(contents(document))
    for section in document.sections:
        blocks.append(_section_heading(section, typed_numbers, heading_level))
        blocks.extend(_blocks(section.intro))
        styles = SCHEDULE_CLAUSE_STYLES if section.kind == "schedule" else CLAUSE_STYLES
        for clause in section.clauses:
            blocks.extend(_clause(clause, 1, typed_numbers, styles))
    return {"pandoc-api-version": API_VERSION, "meta": _meta(metadata), "blocks": blocks}


def _meta(metadata: dict[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for key, value in metadata.items():
        if value is None:
            continue
        if isinstance(value, bool):
            meta[key] = {"t": "MetaBool", "c": value}
        elif isinstance(value, (list, tuple)):
            meta[key] = {"t": "MetaList", "c": [{"t": "MetaInlines", "c": text(str(v))} for v in value]}
        else:
            meta[key] = {"t": "MetaInlines", "c": text(str(value))}
    return meta


def front_blocks(front: ir.FrontPage) -> list[Node]:
    """The front page: parties, reference facts and the Dated line, in a styled div."""
    blocks: list[Node] = []
    if front.parties:
        blocks.append(para(text("Between:"), style="Front Label"))
        # Full names only, as a front page lists them; the Parties clause defines the labels.
        for index, (name, _label) in enumerate(front.parties, start=1):
            blocks.append(para(text(f"({index}) {name}"), style="Front Party"))
    for label, value in front.facts:
        blocks.append(para(text(f"{label}: {value}"), style="Front Fact"))
    if front.dated:  # a page with no Dated line (the key-facts page) leaves it empty
        blocks.append(para(text(f"Dated: {front.dated}"), style="Dated"))
    return [div(blocks, classes=["front-page"])] if blocks else []


def contents(document: ir.Document) -> Node:
    """A contents list linking to every section, for the HTML page."""
    items = [[{"t": "Plain", "c": [{"t": "Link", "c": [attr(), text(_heading_text(section)),
                                                      ["#" + anchor_id(section.anchor), ""]]}]}]
             for section in document.sections]
    heading = {"t": "Para", "c": [{"t": "Strong", "c": text("Contents")}]}
    return {"t": "Div", "c": [attr("contents", ["contents"], [["role", "navigation"]]),
                              [heading, {"t": "BulletList", "c": items}]]}


def _heading_text(section: ir.Section) -> str:
    if section.kind == "schedule":
        return f"{section.number}: {section.title}"
    return f"{section.number} {section.title}" if section.kind == "section" else section.title


def _section_heading(section: ir.Section, typed: bool = True, level: int = 1) -> Node:
    # Without typed numbers, Word's list numbering shows "1" or "Schedule 1" (render.docx_numbering).
    title = _heading_text(section) if typed else section.title
    return {"t": "Header", "c": [level, [anchor_id(section.anchor), [section.kind], []], text(title)]}


def _clause(clause: ir.Clause, level: int, typed: bool,
            styles: tuple[str, ...] = CLAUSE_STYLES) -> list[Node]:
    style = styles[min(level, 3) - 1]
    blocks = clause.blocks or [ir.Paragraph([])]
    out: list[Node] = []
    first, *rest = blocks
    # The anchor sits on the clause number (a label in Typst must follow content); without
    # typed numbers (Word numbers the paragraph itself) it is an empty bookmark span.
    bookmark = anchor_id(clause.anchor)
    shown = text(clause.number) if typed else []
    lead: list[Node] = [{"t": "Span", "c": [[bookmark, ["clause-number"], []], shown]}]
    if typed:
        lead.append(space())
    if isinstance(first, ir.Paragraph):
        out.append(div([{"t": "Para", "c": [*lead, *inlines(first.inlines)]}], style=style,
                       classes=[f"clause-{level}"]))
    else:
        out.append(div([{"t": "Para", "c": lead}], style=style, classes=[f"clause-{level}"]))
        rest = blocks
    if rest and isinstance(rest[0], ir.Table) and len(rest[0].rows) <= KEEP_WITH_LEAD_IN:
        # A short table stays on the page of the sentence that introduces it.
        out = [keep_together(div([*out, *_blocks([rest[0]], style="Clause Text")], classes=["lead-in"]))]
        rest = rest[1:]
    for block in rest:
        out.extend(_blocks([block], style="Clause Text"))
    for child in clause.children:
        out.extend(_clause(child, level + 1, typed, styles))
    return out


def _blocks(blocks: list[ir.Block], style: str = "") -> list[Node]:
    out: list[Node] = []
    for block in blocks:
        if isinstance(block, ir.Paragraph):
            out.append(para(inlines(block.inlines), style=style or "Body Text"))
        elif isinstance(block, ir.BulletList):
            out.append(_list(block))
        elif isinstance(block, ir.Table):
            out.append(table(block))
        elif isinstance(block, ir.Definitions):
            for item in block.items:
                term = {"t": "Strong", "c": text(f"\u201c{item.term}\u201d")}
                out.append(para([term, space(), *inlines(item.meaning)], style="Definition"))
        elif isinstance(block, ir.SignatureBlock):
            out.append(_signature(block))
        else:
            make = _FIGURE_NODES.get()
            out.extend(make(block) if make is not None else [para(text(block.alt), style="Figure Text")])
    return out


def _list(block: ir.BulletList) -> Node:
    items = [[*_blocks(item)] for item in block.items]
    if block.lettered:
        return {"t": "OrderedList", "c": [[1, {"t": "LowerAlpha"}, {"t": "TwoParens"}], items]}
    return {"t": "BulletList", "c": items}


def table(block: ir.Table) -> Node:
    """A pandoc table with relative widths; empty columns left out."""
    keep = block.visible_columns()
    widths = [block.widths[i] if i < len(block.widths) else 0 for i in keep]
    total = sum(widths) or 0
    if total:  # room for each column's longest word first (`column_widths`)
        columns = [[block.header[i], *(row[i] if i < len(row) else [] for row in block.rows)] for i in keep]
        widths = fitted_widths(widths, columns)
    specs = []
    for position, index in enumerate(keep):
        align = {"t": "AlignRight"} if index < len(block.numeric) and block.numeric[index] else {"t": "AlignLeft"}
        width = {"t": "ColWidth", "c": widths[position]} if total else {"t": "ColWidthDefault"}
        specs.append([align, width])
    head = [_row([block.header[i] for i in keep], header=True)]
    body = [_row([row[i] if i < len(row) else [] for i in keep]) for row in block.rows]
    return {"t": "Table", "c": [attr(), [None, []], specs, [attr(), head], [[attr(), 0, [], body]], [attr(), []]]}


def _row(cells: list[list[ir.Inline]], header: bool = False) -> list[Any]:
    return [attr(), [[attr(), {"t": "AlignDefault"}, 1, 1, [{"t": "Plain", "c": inlines(cell)}]] for cell in cells]]


def _signature(block: ir.SignatureBlock) -> Node:
    rows: list[tuple[list[ir.Inline], list[ir.Inline]]] = [
        ([ir.Text(label)], [ir.Break(), ir.Break(), ir.Text(ir.SIGNING_LINE)] if index in block.sign_rows and not value
         else value)
        for index, (label, value) in enumerate(block.lines)]
    grid = ir.Table([[], []], [[label, value] for label, value in rows], [0.3, 0.7])
    node = table(grid)
    node["c"][3] = [attr(), []]  # no header row
    heading = para([{"t": "Strong", "c": inlines(block.heading)}], style="Signature Heading")
    classes = ["signature-block", "advisory"] if block.advisory else ["signature-block"]
    return keep_together(div([heading, node], classes=classes, style="Signature Block"))


#: Tables of at most this many rows stay on one page with the sentence that leads into them.
KEEP_WITH_LEAD_IN = 8


def keep_together(node: Node) -> Node:
    """`node` (a Div) not broken across pages in the PDF (pandoc writes the attribute as
    `#block(breakable: false)`; Word keeps these together with keep-with-next instead)."""
    node["c"][0][2].append(["typst:breakable", "false"])
    return node


# -- small builders --------------------------------------------------------------------


def attr(identifier: str = "", classes: list[str] | None = None,
         pairs: list[list[str]] | None = None) -> list[Any]:
    """A pandoc Attr."""
    return [identifier, classes or [], pairs or []]


def div(blocks: list[Node], *, style: str = "", classes: list[str] | None = None) -> Node:
    """A Div; `style` becomes the Word paragraph style of its paragraphs."""
    return {"t": "Div", "c": [attr("", classes, [["custom-style", style]] if style else []), blocks]}


def para(content: list[Node], *, style: str = "") -> Node:
    """A paragraph, in a styled Div when `style` is given."""
    node = {"t": "Para", "c": content}
    return div([node], style=style) if style else node


def space() -> Node:
    """A space."""
    return {"t": "Space"}


def text(value: str) -> list[Node]:
    """Literal text as Str and Space nodes (no character is markup here)."""
    nodes: list[Node] = []
    for piece in _WORD_OR_SPACE.findall(value):
        nodes.append(space() if piece.isspace() else {"t": "Str", "c": piece})
    return nodes


def inlines(items: list[ir.Inline] | tuple[ir.Inline, ...]) -> list[Node]:
    """Inlines as pandoc nodes; references link to their target's anchor."""
    out: list[Node] = []
    for item in items:
        if isinstance(item, ir.Text):
            out.extend(text(item.value))
        elif isinstance(item, ir.Strong):
            out.append({"t": "Strong", "c": inlines(item.children)})
        elif isinstance(item, ir.Emph):
            out.append({"t": "Emph", "c": inlines(item.children)})
        elif isinstance(item, ir.Link):
            out.append({"t": "Link", "c": [attr(), inlines(item.children), [item.url, ""]]})
        elif isinstance(item, ir.Ref) and (item.style in ("many", "Many") or not item.number):
            out.extend(text(ir.ref_text(item)))  # several targets, or none: plain words
        elif isinstance(item, ir.Ref):
            label = text(ir.ref_text(item))
            out.append({"t": "Link", "c": [attr("", ["xref"]), label, ["#" + anchor_id(item.anchor), ""]]})
        else:
            out.append({"t": "LineBreak"})
    return out
