"""The drafted document in each output format: Markdown from the tree, the rest through
pandoc's JSON reader (no text is ever read as Markdown on the way to Word, HTML or PDF)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from collabagree.drafting import ir
from collabagree.drafting.emit_markdown import to_markdown
from collabagree.drafting.emit_pandoc import to_pandoc

#: Metadata keys the pandoc templates read (values are literal text in the tree's meta).
TEMPLATE_KEYS = ("title", "subtitle", "reference", "version", "status", "date", "lang", "draft",
                 "papersize", "short-title", "author", "description", "keywords")


def markdown_document(document: ir.Document, front_matter: str) -> str:
    """The `.md` output."""
    return to_markdown(document, front_matter)


def pandoc_json(document: ir.Document, metadata: dict[str, Any], *, typed_numbers: bool = True,
                heading_level: int = 1,
                figure_nodes: Callable[[ir.Figure], list[dict[str, Any]]] | None = None) -> str:
    """The document as pandoc JSON, with the template metadata in its meta block; figures
    as `figure_nodes` makes them for the format (`render.figures.FIGURE_NODES`)."""
    meta = {key: metadata.get(key) for key in TEMPLATE_KEYS if metadata.get(key) is not None}
    tree = to_pandoc(document, meta, typed_numbers=typed_numbers, heading_level=heading_level,
                     figure_nodes=figure_nodes)
    return json.dumps(tree, ensure_ascii=False)
