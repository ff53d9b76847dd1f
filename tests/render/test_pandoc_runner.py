"""pandoc back-end: DOCX and HTML read back, reproducibility, metadata safety, errors."""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from docx.shared import Twips

from collabagree.core.errors import RenderError
from collabagree.render.pandoc_runner import (
    MARKDOWN_READER,
    RenderBackendError,
    markdown_to_docx,
    markdown_to_html,
    markdown_to_typst,
    metadata_json,
)
from collabagree.render.textsafe import text_to_markdown
from support.backends import (
    CSS_FILE,
    HOSTILE,
    REFERENCE_DOCX,
    SAMPLE_MD,
    TITLE,
    TYPST_TEMPLATE,
    hostname_secret,
    plain,
    sample_metadata,
)


def _docx(md: str = SAMPLE_MD, *, draft: bool = False, **kw: object) -> bytes:
    return markdown_to_docx(md, reference_doc=REFERENCE_DOCX, metadata=sample_metadata(draft=draft), **kw)


def _html(md: str = SAMPLE_MD, *, draft: bool = False) -> str:
    css = CSS_FILE.read_text(encoding="utf-8")
    meta = sample_metadata(draft=draft)
    return markdown_to_html(md, css=css, lang="en-GB", title=TITLE, metadata=meta).decode("utf-8")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def test_extension_string_is_accepted_by_pandoc() -> None:
    assert MARKDOWN_READER.startswith("markdown-raw_html-raw_tex-raw_attribute-tex_math_dollars")
    for ext in ("citations", "implicit_figures", "fenced_divs", "bracketed_spans", "link_attributes",
                "yaml_metadata_block", "native_divs", "native_spans", "header_attributes"):
        assert f"-{ext}" in MARKDOWN_READER
    assert markdown_to_typst("x", template=TYPST_TEMPLATE, metadata={"title": "T"})


def test_docx_reads_back_with_styles_table_footer_and_a4() -> None:
    document = docx.Document(io.BytesIO(_docx()))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3"} <= styles
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["1 Purpose", "2 Parties", "3 Definitions"]
    assert document.paragraphs[0].text == TITLE
    assert document.tables and document.tables[0].style.name == "Table"
    assert document.tables[0].rows[1].cells[0].text == "Kestrel Vale Borough Council"
    section = document.sections[-1]
    assert abs(section.page_width - Twips(11906)) < Twips(5)
    assert abs(section.page_height - Twips(16838)) < Twips(5)
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml and "Page " in footer_xml
    assert not any("DRAFT" in p.text for p in section.header.paragraphs)


def test_docx_draft_has_draft_header_on_every_page() -> None:
    data = _docx(draft=True)
    document = docx.Document(io.BytesIO(data))
    for section in document.sections:
        assert section.header.paragraphs[0].text == "DRAFT"
    sect = re.findall(r"<w:sectPr\b.*?</w:sectPr>", zipfile.ZipFile(io.BytesIO(data)).read(
        "word/document.xml").decode(), re.S)
    assert sect and all('w:type="default"' in s and 'w:type="first"' in s for s in sect)


def test_docx_is_byte_identical_across_runs_and_honours_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first, second = _docx(draft=True), _docx(draft=True)
    assert first == second
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1775001600")  # 2026-04-01
    dated = _docx(draft=True)
    assert dated != first
    core = zipfile.ZipFile(io.BytesIO(dated)).read("docProps/core.xml").decode()
    assert "2026-04-01" in core


def test_html_is_standalone_with_embedded_css_lang_and_title() -> None:
    html = _html()
    assert html.startswith("<!DOCTYPE html>")
    assert 'lang="en-GB"' in html
    assert f"<title>{TITLE}</title>" in html
    assert "--accent: #1f3a5f" in html and "<link" not in html
    assert '<section id="signatures"' in html
    assert "draft-banner\"" not in html and "@top-right" not in html


def test_html_draft_banner_and_reproducible() -> None:
    html = _html(draft=True)
    assert '<div class="draft-banner" role="note">DRAFT</div>' in html
    assert '@top-right { content: "DRAFT"' in html  # on every printed sheet
    assert html == _html(draft=True)


def test_hostile_text_is_literal_in_docx_and_html() -> None:
    md = "# 1 Hostile text\n\n" + "\n\n".join(text_to_markdown(h) for h in HOSTILE)
    meta = {**sample_metadata(draft=False), "title": '#read("/etc/hostname") <b>x</b> @c $x$'}
    data = markdown_to_docx(md, reference_doc=REFERENCE_DOCX, metadata=meta)
    package = zipfile.ZipFile(io.BytesIO(data))
    assert not [n for n in package.namelist() if n.startswith("word/media")]
    text = plain(" ".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs))
    for hostile in HOSTILE:
        assert plain(hostile) in text, hostile
    assert '#read("/etc/hostname") <b>x</b> @c $x$' in text
    secret = hostname_secret()
    if secret:
        assert all(secret.encode() not in package.read(n) for n in package.namelist())

    html = markdown_to_html(md, css="", lang="en", title=str(meta["title"]), metadata=meta).decode()
    parser = _Text()
    parser.feed(html)
    assert not parser.tags & {"script", "img", "code", "span", "div", "math", "b"}
    assert "javascript:" not in re.sub(r">[^<]*<", "><", html)  # not in any tag or attribute
    shown = plain(" ".join(parser.parts))
    for hostile in HOSTILE:
        assert plain(hostile) in shown, hostile


def test_auto_width_tables_span_the_text() -> None:
    typst = markdown_to_typst("| a | b |\n|---|---|\n| 1 | 2 |\n\n| | |\n|--|--|\n| x | \\#table( |\n",
                              template=TYPST_TEMPLATE, metadata={"title": "T"})
    assert typst.count("columns: (auto, 1fr),") == 2
    body = zipfile.ZipFile(io.BytesIO(_docx())).read("word/document.xml").decode()
    assert '<w:tblW w:type="pct" w:w="5000"/>' in body and 'w:type="auto" w:w="0"' not in body


def test_metadata_strings_are_escaped_and_checked() -> None:
    out = metadata_json({"title": "*x* @y", "draft": True, "keywords": ["a_b"]})
    assert '"title": "\\\\*x\\\\* \\\\@y"' in out and '"draft": true' in out
    with pytest.raises(RenderBackendError, match="language tag"):
        metadata_json({"lang": 'en"); #read("x'})
    with pytest.raises(RenderBackendError, match="paper size"):
        metadata_json({"papersize": "a4\")"})
    with pytest.raises(RenderBackendError, match="metadata key"):
        metadata_json({"Bad Key": "x"})


def test_pandoc_failure_is_one_line_render_error(tmp_path: Path) -> None:
    bogus = tmp_path / "not-a-docx.docx"
    bogus.write_text("plain text, not a zip", encoding="utf-8")
    with pytest.raises(RenderBackendError) as info:
        markdown_to_docx("x", reference_doc=bogus, metadata={"title": "T"})
    message = str(info.value)
    assert message.startswith("pandoc failed: ") and "\n" not in message
    assert isinstance(info.value, RenderError)
    with pytest.raises(RenderBackendError, match="not found"):
        markdown_to_docx("x", reference_doc=tmp_path / "missing.docx", metadata={})
    with pytest.raises(RenderBackendError, match="</style"):
        markdown_to_html("x", css="</style><script>", lang="en", title="T", metadata={})
