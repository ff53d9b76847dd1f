"""`render --summary`: the key-facts page, `STEM.summary.EXT`, in every `--to` format.

Its own document tree (`drafting.engine.draft_page` with `templates/summary/summary.j2`)
goes through the same writers as the agreement: Markdown from the tree, the rest through
pandoc's JSON reader. The PDF uses its own page template (`templates/summary.typ`, compact
type on one A4 page); the DOCX is pandoc's with the reference document's styles, without
the agreement's Word numbering, contents list and page breaks.

One page, however large the agreement: `drafting.summary` cuts every list and every piece
of prose to the limits of a level (`LIMITS`). The page is drafted at level 0; when PDF is
asked for and its PDF runs past one page, it is drafted again at the next level (fewer
items, shorter prose, and at the last level no figure), and every format is written from
the level the PDF fitted at.
"""

from __future__ import annotations

import re
from typing import Any

from collabagree.drafting import ir
from collabagree.model import Agreement

SUMMARY_TEMPLATE = "summary/summary.j2"
_PAGE_COUNT = re.compile(rb"/Type\s*/Pages\s*/Count\s+(\d+)")


def draft_summary(agreement: Agreement, options: Any, level: int = 0) -> ir.Document:
    """The key-facts page as a document tree, cut to the limits of `level`."""
    from collabagree.drafting.engine import draft_page
    from collabagree.drafting.summary import SummaryFacts
    facts_type = type(f"SummaryFacts{level}", (SummaryFacts,), {"level": level, "show_figure": options.figure})
    document = draft_page(agreement, SUMMARY_TEMPLATE, facts_type, options.template_dir)
    meta = agreement.agreement
    document.front = ir.FrontPage(title=meta.title, subtitle="Key facts", parties=[], facts=[],
                                  dated="", draft=meta.status == "draft")
    return document


def summary_metadata(agreement: Agreement) -> dict[str, Any]:
    """The agreement's title-block metadata, subtitled "Key facts"."""
    from collabagree.render.document import document_metadata

    return {**document_metadata(agreement), "subtitle": "Key facts"}


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF typst wrote (its page tree's /Count)."""
    counts = [int(match.group(1)) for match in _PAGE_COUNT.finditer(pdf)]
    return max(counts) if counts else 1


def render_summary(agreement: Agreement, options: Any, epoch: int,
                   warnings: list[str] | None = None) -> dict[str, bytes]:
    """The key-facts page in every requested format, as bytes, in the order md, html, docx,
    pdf (the PDF drafted from the agreement as its fonts can show it, like the document)."""
    from collabagree.drafting.summary import LIMITS
    from collabagree.render.document import FORMATS, _fit_for_pdf

    level, pdf = 0, None
    if "pdf" in options.formats:
        fitted = _fit_for_pdf(agreement, options)
        if warnings is not None:
            warnings.extend(fitted.warnings)
        for level in range(len(LIMITS)):
            pdf = _pdf(draft_summary(fitted.agreement, options, level), summary_metadata(fitted.agreement),
                       options, epoch)
            if page_count(pdf) <= 1:
                break
    document = draft_summary(agreement, options, level)
    meta = summary_metadata(agreement)
    out: dict[str, bytes] = {}
    for extension in (f for f in FORMATS if f in options.formats):
        out[extension] = pdf if extension == "pdf" and pdf is not None else _convert(
            extension, document, meta, options, epoch)
    return out


def _convert(extension: str, document: ir.Document, meta: dict[str, Any], options: Any,
             epoch: int) -> bytes:
    from collabagree.render import pandoc_runner
    from collabagree.render.document import _asset, front_matter
    from collabagree.render.figures import FIGURE_NODES
    from collabagree.render.produce import markdown_document, pandoc_json

    if extension == "md":
        return markdown_document(document, front_matter(meta)).encode("utf-8")
    body = pandoc_json(document, meta, figure_nodes=FIGURE_NODES[extension])
    reader = pandoc_runner.JSON_READER
    if extension == "html":
        css = _asset("agreement.css", options).read_text(encoding="utf-8")
        return pandoc_runner.markdown_to_html(body, css=css, lang=str(meta["lang"]),
                                              title=str(meta["title"]), metadata=meta, reader=reader)
    from collabagree.render.summary_docx import compact_docx

    reference = options.reference_doc or _asset("reference.docx", options)
    return compact_docx(pandoc_runner.markdown_to_docx(body, reference_doc=reference, metadata=meta,
                                                       epoch=epoch, reader=reader))


def _pdf(document: ir.Document, meta: dict[str, Any], options: Any, epoch: int) -> bytes:
    from collabagree.render import pandoc_runner
    from collabagree.render.document import _asset
    from collabagree.render.figures import FIGURE_NODES, typst_files
    from collabagree.render.pdf import typst_to_pdf
    from collabagree.render.produce import pandoc_json
    from collabagree.render.typst_cells import escape_content_starts

    body = pandoc_json(document, meta, figure_nodes=FIGURE_NODES["pdf"])
    source = pandoc_runner.markdown_to_typst(body, template=_asset("summary.typ", options), metadata=meta,
                                             reader=pandoc_runner.JSON_READER)
    return typst_to_pdf(escape_content_starts(source), standards=options.pdf_standards,
                        timestamp=epoch, files=typst_files(document))
