"""Build templates/reference.docx, the style source for collabagree's DOCX output.

Starts from pandoc's own default reference document (so every style pandoc uses exists),
then sets: A4 with 2.5 cm margins; an 11 pt serif body that matches the PDF; Title, Subtitle,
Date and Heading 1-3 styles; the "Table" style pandoc gives every table (rules, bold header
row); and a footer reading "Page X of Y" from PAGE and NUMPAGES fields.

The output is deterministic (fixed core properties, fixed ZIP timestamps and attributes), so
re-running the script reproduces the committed file byte for byte with the same pandoc,
python-docx and zlib. Usage: ``python tools/make_reference_docx.py [OUTPUT]``.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path

import pypandoc
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Twips
from docx.styles.style import BaseStyle

# Libertinus Serif (the PDF's font) is rarely installed where Word runs; Cambria is a serif
# of similar colour that ships with Office, and LibreOffice substitutes metric-compatible
# Caladea for it.
BODY_FONT = "Cambria"
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x59, 0x59, 0x59)
FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "templates" / "reference.docx"


def pandoc_default_reference() -> bytes:
    """pandoc's built-in reference.docx, as bytes."""
    return subprocess.run(
        [pypandoc.get_pandoc_path(), "--print-default-data-file", "reference.docx"],
        check=True,
        capture_output=True,
    ).stdout


def build_reference_docx() -> bytes:
    """Return the styled reference document as deterministic DOCX bytes."""
    doc = Document(BytesIO(pandoc_default_reference()))
    _set_page(doc)
    _set_defaults(doc)
    _set_paragraph_styles(doc)
    _set_table_style(doc)
    _set_footer(doc)
    props = doc.core_properties
    props.title = "collabagree reference document"
    props.author = props.last_modified_by = "collabagree"
    props.created = props.modified = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1
    raw = BytesIO()
    doc.save(raw)
    return _normalise_zip(raw.getvalue())


def _set_page(doc: Document) -> None:
    section = doc.sections[0]
    # Twips, not centimetres: 21 cm rounds to 11906 twips, which is Word's own A4 width.
    section.page_width, section.page_height = Twips(11906), Twips(16838)
    margin = Twips(1418)  # 2.5 cm
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = margin
    section.header_distance = section.footer_distance = Twips(709)  # 1.25 cm


def _fonts(rpr: object, name: str) -> None:
    # Explicit font names, with the theme attributes removed: theme fonts win over names.
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)  # type: ignore[attr-defined]
    for attr in list(fonts.attrib):
        if attr.endswith("Theme") or attr.endswith("theme"):
            del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _set_defaults(doc: Document) -> None:
    # Size and font live in the document defaults, not in Normal, so that the Table style's
    # smaller size can apply to paragraphs inside tables.
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(rpr, BODY_FONT)
    for tag in ("w:sz", "w:szCs"):
        rpr.find(qn(tag)).set(qn("w:val"), "22")


def _style(doc: Document, name: str) -> BaseStyle:
    try:
        return doc.styles[name]
    except KeyError:  # pandoc's default lacks Header and Footer
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        return style


def _para(doc: Document, name: str, *, size: float | None = None, bold: bool | None = None,
          italic: bool | None = None, colour: RGBColor | None = None, before: float | None = None,
          after: float | None = None, align: WD_ALIGN_PARAGRAPH | None = None) -> None:
    style = _style(doc, name)
    font = style.font  # type: ignore[attr-defined]
    _fonts(style.element.get_or_add_rPr(), BODY_FONT)
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    if colour is not None:
        font.color.rgb = colour
    fmt = style.paragraph_format  # type: ignore[attr-defined]
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if align is not None:
        fmt.alignment = align


def _set_paragraph_styles(doc: Document) -> None:
    centre, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    _para(doc, "Normal", after=6)
    # A little space before body paragraphs too, so text after a table or list breathes.
    _para(doc, "Body Text", before=4, after=6, align=justify)
    _para(doc, "Compact", before=0, after=2)
    _para(doc, "Title", size=20, bold=True, colour=ACCENT, after=8, align=centre)
    # Subtitle and Date are based on Title in pandoc's default, so bold is switched off.
    _para(doc, "Subtitle", size=13, bold=False, italic=True, colour=RGBColor(0x26, 0x26, 0x26), after=6, align=centre)
    _para(doc, "Date", size=10, bold=False, colour=GREY, after=18, align=centre)
    _para(doc, "Heading 1", size=13, bold=True, colour=ACCENT, before=18, after=6)
    _para(doc, "Heading 2", size=11.5, bold=True, colour=RGBColor(0, 0, 0), before=12, after=4)
    _para(doc, "Heading 3", size=11, bold=True, italic=True, colour=RGBColor(0, 0, 0), before=10, after=3)
    _para(doc, "Heading 4", size=11, bold=False, italic=True, colour=RGBColor(0, 0, 0), before=8, after=3)
    _para(doc, "Definition Term", bold=True, before=6, after=0)
    _para(doc, "Table Caption", size=10, italic=True, before=6, after=4)
    _para(doc, "Footer", size=8.5, colour=GREY, align=centre)
    _para(doc, "Header", size=8.5, colour=GREY)
    doc.styles["Hyperlink"].font.color.rgb = ACCENT
    definition = _style(doc, "Definition").paragraph_format  # type: ignore[attr-defined]
    definition.left_indent = Pt(18)


def _border(parent: object, edge: str, size: int, colour: str) -> None:
    el = OxmlElement(f"w:{edge}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))  # eighths of a point
    el.set(qn("w:space"), "0")
    el.set(qn("w:color"), colour)
    parent.append(el)  # type: ignore[attr-defined]


def _set_table_style(doc: Document) -> None:
    # pandoc gives every table the style named "Table" and marks its first row as header.
    style = doc.styles["Table"].element
    tblpr = style.find(qn("w:tblPr"))
    borders = OxmlElement("w:tblBorders")
    _border(borders, "top", 8, "000000")
    _border(borders, "bottom", 8, "000000")
    _border(borders, "insideH", 4, "A6A6A6")
    margins = tblpr.find(qn("w:tblCellMar"))
    margins.addprevious(borders)  # schema order: tblInd, tblBorders, ..., tblCellMar
    for edge in ("top", "bottom"):
        margins.find(qn(f"w:{edge}")).set(qn("w:w"), "57")  # 1 mm of air above and below text
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "20")
    rpr.append(size)
    tblpr.addprevious(rpr)
    first = style.find(qn("w:tblStylePr"))
    for old in first.findall(qn("w:tcPr")):
        first.remove(old)
    head_rpr = OxmlElement("w:rPr")
    head_rpr.append(OxmlElement("w:b"))
    first.append(head_rpr)
    tcpr = OxmlElement("w:tcPr")
    tc_borders = OxmlElement("w:tcBorders")
    _border(tc_borders, "top", 8, "000000")
    _border(tc_borders, "bottom", 6, "000000")
    tcpr.append(tc_borders)
    valign = OxmlElement("w:vAlign")
    valign.set(qn("w:val"), "bottom")
    tcpr.append(valign)
    first.append(tcpr)


def _field(paragraph: object, instruction: str, placeholder: str) -> None:
    # A complex field (begin, instruction, separate, cached result, end): Word updates the
    # result when it lays the document out.
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None),
                       ("result", placeholder), ("end", None)):
        run = paragraph.add_run()  # type: ignore[attr-defined]
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "result":
            run.text = text
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def _set_footer(doc: Document) -> None:
    footer = doc.sections[0].footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = doc.styles["Footer"]
    paragraph.add_run("Page ")
    _field(paragraph, " PAGE ", "1")
    paragraph.add_run(" of ")
    _field(paragraph, " NUMPAGES ", "1")


def _normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(BytesIO(data))
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def main(argv: list[str]) -> int:
    """Write the reference document to ``argv[0]`` or templates/reference.docx."""
    target = Path(argv[0]) if argv else DEFAULT_OUTPUT
    target.write_bytes(build_reference_docx())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
