"""The DOCX page: footer fields, draft watermark and box, contents, rows and room to sign."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from collabagree.drafting.engine import draft
from collabagree.render.document import RenderOptions, render_file
from collabagree.render.docx_layout import CONTENTS_AFTER, DRAFT_BOX_TEXT, SIGNATURE_ROW_TWIPS
from support.render import EXAMPLE_PATHS, EXAMPLES, Rendered

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
V = "{urn:schemas-microsoft-com:vml}"
STEMS = [path.stem for path in EXAMPLE_PATHS]


def _xml(path: Path, prefix: str) -> list[etree._Element]:
    with zipfile.ZipFile(path) as package:
        return [etree.fromstring(package.read(name)) for name in package.namelist()
                if name.startswith(prefix) and name.endswith(".xml")]


def _text(node: etree._Element) -> str:
    return "".join(t.text or "" for t in node.iter(W + "t"))


def _style(paragraph: etree._Element) -> str:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return "" if style is None else str(style.get(W + "val"))


@pytest.mark.parametrize("stem", STEMS)
def test_footer_has_reference_page_of_pages_and_version(rendered: dict[str, Rendered], stem: str) -> None:
    meta = rendered[stem].agreement.agreement
    control = rendered[stem].agreement.document_control
    (footer,) = _xml(rendered[stem].outputs["docx"], "word/footer")
    codes = [i.text.strip() for i in footer.iter(W + "instrText") if i.text]
    assert codes == ["PAGE", "NUMPAGES"]
    cells = [_text(cell) for cell in footer.iter(W + "tc")]
    assert cells[0] == (meta.id or "") and cells[1].startswith("Page ") and " of " in cells[1]
    assert cells[2] == (f"Version {control.version}" if control and control.version else "")
    assert footer.find(f".//{W}tblLayout").get(W + "type") == "fixed"  # stays centred


@pytest.mark.parametrize("stem", STEMS)
def test_rows_do_not_split_and_signature_rows_leave_room_to_sign(rendered: dict[str, Rendered], stem: str) -> None:
    (body,) = _xml(rendered[stem].outputs["docx"], "word/document.xml")
    signature_tables = 0
    for table in body.iter(W + "tbl"):
        rows = table.findall(W + "tr")
        assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)
        before = table.getprevious()
        assert before.find(f"{W}pPr/{W}keepNext") is not None, _text(before)[:60]  # lead-in kept with it
        if _style(before) == "SignatureHeading":
            signature_tables += 1
            height = rows[0].find(f"{W}trPr/{W}trHeight")
            assert _text(rows[0]).startswith("Signature") and int(height.get(W + "val")) >= SIGNATURE_ROW_TWIPS
    assert signature_tables == len(rendered[stem].agreement.signatories or [])


@pytest.mark.parametrize("stem", STEMS)
def test_contents_list_only_for_long_agreements(rendered: dict[str, Rendered], stem: str) -> None:
    (body,) = _xml(rendered[stem].outputs["docx"], "word/document.xml")
    document = draft(rendered[stem].agreement)
    sections = [s for s in document.sections if s.kind != "unnumbered"]
    codes = [i.text for i in body.iter(W + "instrText") if i.text and "TOC" in i.text]
    entries = [_text(p) for p in body.iter(W + "p") if _style(p) == "TOC1"]
    if len(sections) > CONTENTS_AFTER:
        assert len(codes) == 1 and entries == [f"{s.number} {s.title}" for s in sections]
    else:
        assert not codes and not entries


def test_signed_documents_carry_no_draft_marks(rendered: dict[str, Rendered]) -> None:
    signed = [stem for stem in STEMS if rendered[stem].agreement.agreement.status != "draft"]
    assert signed
    for stem in signed:
        path = rendered[stem].outputs["docx"]
        assert not any(node.iter(V + "textpath") for node in _xml(path, "word/header"))
        assert DRAFT_BOX_TEXT not in _text(_xml(path, "word/document.xml")[0])


def test_a_draft_has_the_watermark_on_every_page_and_the_box_on_the_front(tmp_path: Path) -> None:
    source = EXAMPLES / "uk-food-bank-funding.yaml"
    copy = tmp_path / "food.yaml"
    copy.write_text(source.read_text(encoding="utf-8").replace("  status: signed\n", "  status: draft\n", 1),
                    encoding="utf-8")
    outcome = render_file(str(copy), RenderOptions(formats=("docx",), output_dir=tmp_path))
    assert outcome.status == "rendered", outcome.findings
    docx = tmp_path / "food.docx"
    headers = _xml(docx, "word/header")
    marks = [path.get("string") for header in headers for shape in header.iter(V + "shape")
             for path in shape.iter(V + "textpath")]
    assert marks == ["DRAFT"]
    (body,) = _xml(docx, "word/document.xml")
    references = {ref.get(W + "type") for ref in body.iter(W + "headerReference")}
    assert references == {"default", "first", "even"}  # every page, the first included
    paragraphs = list(body.iter(W + "p"))
    box = next(p for p in paragraphs if _text(p) == DRAFT_BOX_TEXT)
    assert paragraphs.index(box) == 1 + next(i for i, p in enumerate(paragraphs) if _style(p) == "Dated")
    assert box.find(f"{W}pPr/{W}pBdr/{W}top") is not None
