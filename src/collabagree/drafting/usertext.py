"""User text into the document tree: prose keeps the Markdown whitelist, the rest is literal.

Prose fields (`Text` in the model) may use paragraphs, bullet lists, emphasis, strong and
http(s)/mailto links (FORMAT.md); `render.textsafe` parses exactly that whitelist, and this
module maps its tree onto the drafting tree. Anything else the user typed stays literal.
"""

from __future__ import annotations

from collabagree.drafting import ir
from collabagree.render import textsafe as ts
from collabagree.render.inline_parser import parse_inlines


def prose_blocks(text: str) -> list[ir.Block]:
    """A prose value as paragraphs and bullet lists."""
    blocks: list[ir.Block] = []
    for block in ts.parse_text(text):
        if isinstance(block, ts.Paragraph):
            blocks.append(ir.Paragraph(_inlines(block.inlines)))
        else:
            blocks.append(ir.BulletList([[ir.Paragraph(_inlines(item))] for item in block.items]))
    return blocks


def inline_prose(text: str) -> list[ir.Inline]:
    """A prose value inside a sentence, a list item or a table cell: one run of text with
    its emphasis and links. Line and paragraph breaks become spaces, and a line that starts
    "- " stays text: there is no room for a list there, and dropping the marker would
    change what the user wrote."""
    return _spaces(_inlines(parse_inlines(" ".join(ts.clean_text(text).split()), links=True)))


def _inlines(nodes: tuple[ts.Inline, ...]) -> list[ir.Inline]:
    out: list[ir.Inline] = []
    for node in nodes:
        if isinstance(node, ts.Text):
            out.append(ir.Text(node.value.replace("\n", " ")))
        elif isinstance(node, ts.Strong):
            out.append(ir.Strong(tuple(_inlines(node.children))))
        elif isinstance(node, ts.Emph):
            out.append(ir.Emph(tuple(_inlines(node.children))))
        else:
            out.append(ir.Link(tuple(_inlines(node.children)), node.url))
    return out


def _spaces(inlines: list[ir.Inline]) -> list[ir.Inline]:
    return [ir.Text(" ".join(item.value.split(" "))) if isinstance(item, ir.Text) else item
            for item in inlines]
