"""Each example's DOCX and PDF, read back: the content people sign is really there."""

from __future__ import annotations

import re

import pytest
from docx import Document
from pypdf import PdfReader

from collabagree.drafting.clause_facts import SCHEDULE_PREFIX as _SCHEDULE_PREFIX
from collabagree.model import Agreement
from support.render import EXAMPLE_PATHS, Rendered, squash

STEMS = [path.stem for path in EXAMPLE_PATHS]


def key_strings(agreement: Agreement) -> list[str]:
    """Title, parties, signatories' positions, schedule titles, main body, top dispute level."""
    strings = [agreement.agreement.title]
    strings += [party.name for party in agreement.parties]
    strings += [s.position for s in agreement.signatories or [] if s.position]
    # The engine numbers schedules itself, so a typed "Schedule 1 –" is not repeated.
    strings += [_SCHEDULE_PREFIX.sub("", s.title) for s in agreement.schedules or [] if s.title]
    if agreement.governance and agreement.governance.bodies:
        strings.append(agreement.governance.bodies[0].name or "")
    levels = agreement.dispute_resolution.levels if agreement.dispute_resolution else None
    if levels:
        strings += list((levels[-1].roles or {}).values())
    return [s for s in strings if s]


def docx_text(path: object) -> tuple[str, list[tuple[str, str]]]:
    document = Document(str(path))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([text for _, text in paragraphs] + cells), paragraphs


@pytest.mark.parametrize("stem", STEMS)
def test_docx_holds_the_key_content(rendered: dict[str, Rendered], stem: str) -> None:
    item = rendered[stem]
    text, paragraphs = docx_text(item.outputs["docx"])
    for expected in key_strings(item.agreement):
        assert squash(expected) in squash(text), expected
    headings = [(style, body) for style, body in paragraphs if style.startswith("Heading")]
    assert len(headings) >= 10
    # Word numbers the Heading 1 paragraphs itself (test_docx_word_native), so they hold titles only.
    titles = re.findall(r"^# \d+ (.*)$", item.outputs["md"].read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert [body for style, body in headings if style == "Heading 1"] == [t.replace("\\", "") for t in titles]
    assert any(style == "Title" for style, _ in paragraphs)


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_holds_the_key_content_on_a4_with_pdfa_and_pdfua(rendered: dict[str, Rendered], stem: str) -> None:
    item = rendered[stem]
    reader = PdfReader(str(item.outputs["pdf"]))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in key_strings(item.agreement):
        assert squash(expected) in squash(text), expected
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595.28) < 1 and abs(height - 841.89) < 1
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfaid:part[>=\"]+2", xmp) and re.search(r"pdfaid:conformance[>=\"]+A", xmp)
    assert re.search(r"pdfuaid:part[>=\"]+1", xmp)
    assert reader.metadata.title == item.agreement.agreement.title
    assert "DRAFT" not in text  # the examples are final or signed


def test_markdown_numbers_match_the_docx_numbers(rendered: dict[str, Rendered]) -> None:
    item = rendered[STEMS[0]]
    markdown = item.outputs["md"].read_text(encoding="utf-8")
    md_schedules = re.findall(r"^# Schedule \d+: (.*)$", markdown, flags=re.MULTILINE)
    _, paragraphs = docx_text(item.outputs["docx"])
    docx_schedules = [body for style, body in paragraphs if style == "Schedule Heading"]
    assert md_schedules and docx_schedules == md_schedules  # numbered "Schedule N" by their list


def test_no_heading_level_is_skipped(rendered: dict[str, Rendered]) -> None:
    for item in rendered.values():
        levels = [len(m) for m in re.findall(r"^(#+) ", item.outputs["md"].read_text(), flags=re.MULTILINE)]
        assert levels[0] == 1
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:]))


@pytest.mark.parametrize("stem", STEMS)
def test_html_has_one_h1_sections_as_h2_and_a_contents_list_after_the_reference(
        rendered: dict[str, Rendered], stem: str) -> None:
    html = rendered[stem].outputs["html"].read_text(encoding="utf-8")
    assert len(re.findall(r"<h1\b", html)) == 1 and '<h1 class="title">' in html
    sections = re.findall(r'<section id="([^"]+)" class="level2[^"]*">\s*<h2[ >]', html)
    assert len(sections) >= 10
    contents = html[html.index('<div id="contents"'):]
    contents = contents[:contents.index("</div>")]
    assert re.findall(r'<a href="#([^"]+)"', contents) == sections
    assert html.index("Reference:") < html.index('<div id="contents"') if rendered[stem].agreement.agreement.id else True
    assert "@media screen and (max-width: 600px)" in html and "text-align: left" in html
