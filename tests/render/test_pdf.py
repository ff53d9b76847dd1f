"""Typst back-end: PDF read back with pypdf (size, pages, text, XMP), drafts, reproducibility."""

from __future__ import annotations

import io
import time

import pytest
from pypdf import PdfReader

from collabagree.render.pandoc_runner import RenderBackendError, markdown_to_typst
from collabagree.render.pdf import parse_pdf_standards, typst_to_pdf
from collabagree.render.pdf_text import fit_string
from collabagree.render.textsafe import literal_to_markdown, text_to_markdown
from support.backends import HOSTILE, SAMPLE_MD, TITLE, TYPST_TEMPLATE, hostname_secret, plain, sample_metadata


def _pdf(md: str = SAMPLE_MD, *, draft: bool, standards: list[str] | None = None,
         metadata: dict[str, object] | None = None) -> bytes:
    meta = metadata if metadata is not None else sample_metadata(draft=draft)
    source = markdown_to_typst(md, template=TYPST_TEMPLATE, metadata=meta)
    if standards is None:
        return typst_to_pdf(source)
    return typst_to_pdf(source, standards=standards)


@pytest.fixture(scope="module")
def draft_pdf() -> bytes:
    return _pdf(draft=True)


@pytest.fixture(scope="module")
def final_pdf() -> bytes:
    return _pdf(draft=False)


def _pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def test_pdf_is_a4_multi_page_with_expected_text(final_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(final_pdf))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        box = page.mediabox
        assert abs(float(box.width) - 595.28) < 1 and abs(float(box.height) - 841.89) < 1
    text = plain(" ".join(_pages_text(final_pdf)))
    for expected in ("Kestrel Vale Food Security", "1 Purpose", "1.1 Scope", "2 Parties",
                     "Department for Food Resilience", "Partnership Board", "£250,000",
                     "KVBC-FOOD-2026-01", "5 Signatures"):
        assert expected in text, expected
    total = len(reader.pages)
    assert f"Page 1 of {total}" in text and f"Page {total} of {total}" in text
    assert reader.metadata is not None and reader.metadata.title == TITLE


def test_pdf_xmp_declares_pdfa_2a_and_pdfua_1(final_pdf: bytes) -> None:
    xmp = PdfReader(io.BytesIO(final_pdf)).xmp_metadata
    assert xmp is not None
    raw = xmp.stream.get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in raw
    assert "<pdfaid:conformance>A</pdfaid:conformance>" in raw
    assert "<pdfuaid:part>1</pdfuaid:part>" in raw
    assert "<rdf:li>en-GB</rdf:li>" in raw or "<rdf:li>en</rdf:li>" in raw
    assert TITLE in raw


def test_draft_marking_on_every_page_and_only_for_drafts(draft_pdf: bytes, final_pdf: bytes) -> None:
    draft_pages = _pages_text(draft_pdf)
    assert len(draft_pages) >= 2
    assert all("DRAFT" in page for page in draft_pages)
    assert not any("DRAFT" in page for page in _pages_text(final_pdf))


def test_pdf_is_byte_identical_across_runs(final_pdf: bytes) -> None:
    assert _pdf(draft=False) == final_pdf


def test_timestamp_sets_creation_date() -> None:
    source = markdown_to_typst("# 1 A\n\nText.", template=TYPST_TEMPLATE, metadata={"title": "T"})
    pdf = typst_to_pdf(source, timestamp=1775001600)  # 2026-04-01T00:00:00Z
    raw = PdfReader(io.BytesIO(pdf)).xmp_metadata.stream.get_data().decode()  # type: ignore[union-attr]
    assert "<xmp:CreateDate>2026-04-01T00:00:00" in raw
    assert typst_to_pdf(source, timestamp=1775001600) == pdf


@pytest.mark.parametrize(("value", "expected"), [
    ("a-2a,ua-1", ["a-2a", "ua-1"]), ("a-2b", ["a-2b"]), ("a-3b, ua-1", ["a-3b", "ua-1"]),
    ("ua-1", ["ua-1"]), ("none", []),
])
def test_each_standard_combination_compiles(value: str, expected: list[str]) -> None:
    assert parse_pdf_standards(value) == expected
    pdf = _pdf("# 1 A\n\n## 1.1 B\n\nText.", draft=False, standards=expected,
               metadata={"title": "T", "lang": "en-NZ"})
    raw = PdfReader(io.BytesIO(pdf)).xmp_metadata.stream.get_data().decode()  # type: ignore[union-attr]
    assert ("pdfuaid:part>1<" in raw) == ("ua-1" in expected)
    assert ("pdfaid:part>" in raw) == any(s.startswith("a-") for s in expected)


@pytest.mark.parametrize("value", ["a-4", "pdf/a", "a-2a,a-3b", "none,ua-1"])
def test_bad_standards_are_refused(value: str) -> None:
    with pytest.raises(RenderBackendError):
        parse_pdf_standards(value)


def test_typst_errors_are_one_line() -> None:
    with pytest.raises(RenderBackendError) as info:
        typst_to_pdf("#let x = (")
    assert str(info.value).startswith("typst failed: ") and "\n" not in str(info.value)
    # PDF/UA-1 forbids skipped heading levels; Typst refuses, and says so in one line.
    source = markdown_to_typst("# 1 A\n\n### 1.1.1 C\n", template=TYPST_TEMPLATE, metadata={"title": "T"})
    with pytest.raises(RenderBackendError, match="heading"):
        typst_to_pdf(source)


def test_typst_cannot_read_files() -> None:
    with pytest.raises(RenderBackendError, match="typst failed"):
        typst_to_pdf('#set document(title: "T")\n#set text(lang: "en")\n#read("/etc/hostname")',
                     standards=[])


def test_hostile_text_renders_literally_in_pdf() -> None:
    # fit_string: what render does to agreement text before it becomes Markdown for the PDF.
    md = "# 1 Hostile text\n\n" + "\n\n".join(text_to_markdown(fit_string(h)) for h in HOSTILE)
    meta = {**sample_metadata(draft=False), "title": '#read("/etc/hostname") @c'}
    pdf = _pdf(md, draft=False, metadata=meta)
    text = plain(" ".join(_pages_text(pdf)))
    for hostile in ('#read("/etc/passwd")', "<script>alert(1)</script>", "[click](javascript:alert(1))",
                    "![x](/etc/hostname)", "@council", "{{ 7*7 }} {% for %}", "# not a heading",
                    "$5,000-$10,000", "[span]{.red}", "> quote", "~~strike~~ ^sup^ ~sub~",
                    '#set page(fill: red) #import "@preview/x:0.1.0"', "Ngā mihi nui",
                    '#read("/etc/hostname") @c'):
        assert plain(hostile) in text, hostile
    secret = hostname_secret()
    if secret:
        assert secret not in text and secret.encode() not in pdf
    assert literal_to_markdown(TITLE) == TITLE


def test_text_no_embedded_font_can_show_is_an_error_not_a_rewrite() -> None:
    # The Typst source is never edited: a character no font has (here in the title, from
    # a caller that skipped pdf_text) fails the compile, naming it.
    md = "# 1 A\n\n" + text_to_markdown("Back\\slash \\ and Ngā.")
    source = markdown_to_typst(md, template=TYPST_TEMPLATE, metadata={"title": "T \\\u20e3", "lang": "en"})
    # (Typst names only the cluster's first character, the backslash.)
    with pytest.raises(RenderBackendError, match="cannot show .*U\\+005C") as info:
        typst_to_pdf(source)
    assert "\n" not in str(info.value)


def test_text_no_embedded_font_can_show_becomes_one_replacement_character_per_cluster() -> None:
    text = fit_string("Handshake 🤝🏽, 中文, family 👩\u200d👩\u200d👧 and Ngā.")
    assert text == "Handshake \ufffd, \ufffd\ufffd, family \ufffd and Ngā."
    md = "# 1 A\n\n" + text_to_markdown(text)
    source = markdown_to_typst(md, template=TYPST_TEMPLATE, metadata={"title": "T", "lang": "en"})
    page_text = plain(" ".join(_pages_text(typst_to_pdf(source))))
    assert "Handshake \ufffd, \ufffd\ufffd, family \ufffd and Ngā." in page_text


def test_pdf_time_is_reasonable(final_pdf: bytes) -> None:
    started = time.perf_counter()
    _pdf(draft=True)
    assert time.perf_counter() - started < 20  # a few tenths of a second on the dev machine
