"""The variation in every requested format, by the same writers as an agreement: Markdown
from the tree, HTML and PDF (PDF/A, tagged) through pandoc's JSON and Typst, DOCX with Word
numbering and REF fields (`word_native`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from collabagree.drafting import ir
from collabagree.model import Agreement
from collabagree.render.document import FORMATS, RenderOptions, document_metadata, front_matter
from collabagree.versions.command import LoadedVersion


def variation_metadata(document: ir.Document, new: Agreement) -> dict[str, Any]:
    """The title block: the variation's title and reference, not the agreement's."""
    meta = document_metadata(new)
    facts = dict(document.front.facts)
    return {**meta, "title": document.front.title, "subtitle": None,
            "reference": facts.get("Reference"), "version": None, "status": "Final", "draft": False}


def variation_documents(old: LoadedVersion, new: LoadedVersion, options: RenderOptions,
                        effective: date | None = None, number: int | None = None) -> dict[str, bytes]:
    """Every requested format of the variation of OLD into NEW, as bytes by extension."""
    from collabagree.render.document import _convert, _epoch, _fit_for_pdf
    from collabagree.render.produce import markdown_document, pandoc_json
    from collabagree.versions.variation import draft_variation

    document = draft_variation(old.agreement, new.agreement, effective, number, options.template_dir)
    metadata = variation_metadata(document, new.agreement)
    epoch = _epoch(new.agreement)
    out: dict[str, bytes] = {}
    for extension in FORMATS:
        if extension not in options.formats:
            continue
        if extension == "md":
            out["md"] = markdown_document(document, front_matter(metadata)).encode("utf-8")
        elif extension == "docx":
            from collabagree.render.docx_fields import word_native

            body = pandoc_json(document, metadata, typed_numbers=False)
            out["docx"] = word_native(_convert("docx", body, metadata, epoch, options), document,
                                      reference=metadata.get("reference"))
        elif extension == "pdf":
            fitted_old, fitted_new = (_fit_for_pdf(a, options).agreement for a in (old.agreement, new.agreement))
            source = draft_variation(fitted_old, fitted_new, effective, number, options.template_dir)
            out["pdf"] = _convert("pdf", pandoc_json(source, metadata), metadata, epoch, options)
        else:
            out[extension] = _convert(extension, pandoc_json(document, metadata), metadata, epoch, options)
    return out
