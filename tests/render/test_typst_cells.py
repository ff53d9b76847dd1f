"""Text starting a table cell, list item, link label or the title stays text in the PDF
(found by the property test).

pandoc's Typst writer leaves `= - + / 1.` unescaped at the start of a table cell, a bullet
item and a link label, where Typst reads them as a heading or a list: "- see schedule"
became a bullet in the PDF only, and a cell starting "= " failed PDF/UA-1 with "heading
title is empty".
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from collabagree.load.reader import load_file
from collabagree.render.document import RenderOptions, render_documents
from collabagree.render.typst_cells import escape_content_starts
from collabagree.schema.validate import validate

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "uk-food-bank-funding.yaml"
STARTS = ["- see schedule", "= heading?", "+ plus", "/ term: meaning", "1. first", "== two", "-"]


@pytest.mark.parametrize(("source", "expected"), [
    ("    [= a], [- b], [x],\n", "    [\\= a], [\\- b], [x],\n"),
    ("[1. a], [+ b], [/ c: d]", "[\\1. a], [\\+ b], [\\/ c: d]"),
    ("#let doc-title = [- Plan]\n", "#let doc-title = [\\- Plan]\n"),
    ("    [=\n    more], [a - b], [1.5 m], [-1], [=]", "    [\\=\n    more], [a - b], [1.5 m], [-1], [=]"),
    ("- = item\n- - item\n  + 1. x\n- a - b", "- \\= item\n- \\- item\n  + \\1. x\n- a - b"),
    ('#link("https://a.example/x")[+ z] and #link("https://a.example/\\"[- ")[x]',
     '#link("https://a.example/x")[\\+ z] and #link("https://a.example/\\"[- ")[x]'),
    ('#link("https://a.example/[-]")[x], \\[- y], text [- z], #emph[\\= x]',
     '#link("https://a.example/[-]")[x], \\[- y], text [- z], #emph[\\= x]'),
])
def test_marks_at_content_starts_get_a_backslash(source: str, expected: str) -> None:
    assert escape_content_starts(source) == expected


def test_cell_and_title_text_reads_back_literally() -> None:
    agreement, findings = validate(load_file(str(EXAMPLE)))
    assert agreement is not None, findings
    parties = list(agreement.parties)
    parties[0] = parties[0].model_copy(update={"short_name": STARTS[0]})
    risks = [risk.model_copy(update={"mitigation": STARTS[(n + 1) % len(STARTS)]})
             for n, risk in enumerate(agreement.risks or [])]
    scope = agreement.scope.model_copy(update={"in_": ["= not a heading", "- not a sub-list"]})
    changed = agreement.model_copy(update={
        "parties": parties, "risks": risks, "scope": scope,
        "agreement": agreement.agreement.model_copy(update={"title": "- Plan = x"})})
    pdf = render_documents(changed, RenderOptions(formats=("pdf",)))["pdf"]
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert text.startswith("- Plan = x")
    assert text.count("- see schedule") >= 2  # the parties table and the clauses
    assert "= not a heading" in text and "- not a sub-list" in text
    for start in STARTS[1:1 + len(risks)]:
        assert start in text, start
