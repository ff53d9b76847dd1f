"""The tool's figures as images: compiled by the `typst` package, placed in each format.

A figure's drawing program (`templates/figures/NAME.typ`) is compiled in the sandbox of
`render.pdf` (an empty root, embedded fonts only) with the figure's JSON as
`sys.inputs.data`, so no value of the agreement is ever Typst source. HTML gets the SVG
inline, with a title and description (the page stays one self-contained file); DOCX gets a
PNG as a data URI, whose alternative text pandoc writes into `wp:docPr/@descr`; the PDF gets
the SVG as a file beside the document and a figure whose `alt` and caption the document
reads from a JSON file there (`typst_files`), so it is tagged Figure with its Alt.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from collabagree.core.errors import RenderError
from collabagree.core.resources import data_dir
from collabagree.drafting import ir
from collabagree.drafting.emit_pandoc import Node, para, text

PNG_PPI = 200.0
FigureNodes = Callable[[ir.Figure], list[Node]]
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")


@lru_cache(maxsize=32)
def compile_figure(name: str, data: str, fmt: str) -> bytes:
    """The figure compiled to `svg` or `png` bytes (cached: drafting runs more than once)."""
    from collabagree.render.pdf import sandboxed_compiler

    if not re.fullmatch(r"[a-z][a-z0-9-]{0,40}", name):
        raise RenderError(f"unknown figure {name!r}")
    program = (data_dir("templates") / "figures" / f"{name}.typ").read_bytes()
    with sandboxed_compiler() as (typst, compiler):
        try:
            out = compiler.compile(program, format=fmt, ppi=PNG_PPI if fmt == "png" else None,
                                   sys_inputs={"data": data})
        except (typst.TypstError, RuntimeError) as error:
            raise RenderError(f"typst failed drawing the {name} figure: "
                              f"{str(getattr(error, 'message', '') or error).splitlines()[0]}") from None
    if not isinstance(out, bytes):
        raise RenderError(f"the {name} figure is more than one page")
    return out


def figures(document: ir.Document) -> Iterator[ir.Figure]:
    """Every figure of a document, in order."""
    for section in document.sections:
        for block in section.intro:
            if isinstance(block, ir.Figure):
                yield block
    for clause in document.all_clauses():
        for block in clause.blocks:
            if isinstance(block, ir.Figure):
                yield block


def without_figures(document: ir.Document) -> ir.Document:
    """The document with every figure left out (`render --no-figure`), changed in place."""
    for section in document.sections:
        section.intro = [b for b in section.intro if not isinstance(b, ir.Figure)]
    for clause in document.all_clauses():
        clause.blocks = [b for b in clause.blocks if not isinstance(b, ir.Figure)]
    return document


def figure_id(figure: ir.Figure, index: int = 1) -> str:
    """The figure's file stem and identifier: `fig-timeline-1`."""
    return f"fig-{figure.name}-{index}"


def html_nodes(figure: ir.Figure) -> list[Node]:
    """The SVG inline in a `<figure>`, its alternative text as `<title>` and `<desc>`."""
    svg = compile_figure(figure.name, figure.data, "svg").decode("utf-8")
    ident = figure_id(figure)
    label = (f'<title id="{ident}-title">{html.escape(figure.caption)}</title>'
             f'<desc id="{ident}-desc">{html.escape(figure.alt)}</desc>')
    match = _SVG_OPEN.search(svg)
    if match is None:
        raise RenderError(f"typst wrote no SVG for the {figure.name} figure")
    opening = match.group(0)[:-1].rstrip("/") + (f' role="img" aria-labelledby="{ident}-title {ident}-desc"'
                                                  ' style="max-width:100%;height:auto">')
    svg = svg[:match.start()] + opening + label + svg[match.end():]
    svg = re.sub(r"^<\?xml[^>]*>\s*", "", svg)
    caption = f"<figcaption>{html.escape(figure.caption)}</figcaption>"
    raw = f'<figure id="{ident}" class="timeline-figure">{svg}{caption}</figure>'
    return [{"t": "RawBlock", "c": ["html", raw]}]


def docx_nodes(figure: ir.Figure) -> list[Node]:
    """A PNG as a data URI (pandoc reads it without touching a file), then the caption."""
    png = compile_figure(figure.name, figure.data, "png")
    url = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    image = {"t": "Image", "c": [[figure_id(figure), [], [["width", "15cm"]]], text(figure.alt), [url, ""]]}
    return [para([image], style="Figure"), para(text(figure.caption), style="Caption")]


def pdf_nodes(figure: ir.Figure) -> list[Node]:
    """A Typst figure reading its image, alt and caption from files (`typst_files`)."""
    ident = figure_id(figure)
    raw = (f'#{{ let fig = json("{ident}.json")\n'
           f'figure(image("{ident}.svg", alt: fig.alt, width: 100%), caption: [#fig.caption]) }}')
    return [{"t": "RawBlock", "c": ["typst", raw]}]


def typst_files(document: ir.Document) -> dict[str, bytes]:
    """The files the PDF's figures read: the SVG and a JSON of alt and caption, each."""
    files: dict[str, bytes] = {}
    for figure in figures(document):
        ident = figure_id(figure)
        files[f"{ident}.svg"] = compile_figure(figure.name, figure.data, "svg")
        words = {"alt": figure.alt, "caption": figure.caption}
        files[f"{ident}.json"] = json.dumps(words, ensure_ascii=False).encode("utf-8")
    return files


FIGURE_NODES: dict[str, FigureNodes] = {"html": html_nodes, "docx": docx_nodes, "pdf": pdf_nodes}
