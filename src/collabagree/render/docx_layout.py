"""Page layout of the DOCX body that pandoc's writer cannot express (issue 15, part 3).

- Table rows never split across pages (pandoc already repeats header rows).
- A paragraph that leads into a table or list is kept on the page with it.
- Signature blocks keep together with their heading, and the signature row is at least
  2 cm high: room to sign on paper, whatever the printer does with the rest.
- A draft carries a "Draft, not for signature" box under the front page facts.
- An agreement with more than ten sections gets a table of contents (a TOC field whose
  cached entries are the section headings, so it reads right before anyone updates it).
"""

from __future__ import annotations

from lxml import etree

from collabagree.drafting import ir
from collabagree.render.docx_xml import TEXT_WIDTH_TWIPS, W, element, field_end, field_start, insert_in_order, sub, text_run

SIGNATURE_ROW_TWIPS = 1134  # 2 cm
OTHER_SIGNATURE_ROW_TWIPS = 510  # 0.9 cm: room to print or write a name or date
CONTENTS_AFTER = 10  # sections; a shorter agreement reads without a contents list
DRAFT_BOX_TEXT = "DRAFT \N{EM DASH} NOT FOR SIGNATURE"


def _style(paragraph: etree._Element) -> str:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return "" if style is None else str(style.get(W + "val"))


def _ppr(paragraph: etree._Element) -> etree._Element:
    ppr = paragraph.find(W + "pPr")
    if ppr is None:
        ppr = element("pPr")
        paragraph.insert(0, ppr)
    return ppr


def keep_with_next(paragraph: etree._Element) -> None:
    """Keep `paragraph` on the same page as the next one."""
    insert_in_order(_ppr(paragraph), element("keepNext"))


def _row_properties(row: etree._Element) -> etree._Element:
    trpr = row.find(W + "trPr")
    if trpr is None:
        trpr = element("trPr")
        tblpr_ex = row.find(W + "tblPrEx")
        (tblpr_ex.addnext if tblpr_ex is not None else lambda e: row.insert(0, e))(trpr)
    return trpr


def _set_row(row: etree._Element, height: int = 0) -> None:
    """A row that does not split (pandoc already marks header rows to repeat)."""
    trpr = _row_properties(row)
    # CT_TrPr is a choice group, so order is free; each kind appears once.
    for tag in ("cantSplit", "trHeight"):
        for old in trpr.findall(W + tag):
            trpr.remove(old)
    sub(trpr, "cantSplit")
    if height:
        sub(trpr, "trHeight", val=str(height), hRule="atLeast")


def _full_width_grid(table: etree._Element) -> None:
    """pandoc sizes the grid for a 5.5 inch line; scale it to the real one, so that a
    program using the grid (LibreOffice) gives each column the width it was drafted with."""
    columns = table.findall(f"{W}tblGrid/{W}gridCol")
    total = sum(int(column.get(W + "w", "0")) for column in columns)
    if not total:
        return
    for column in columns:
        column.set(W + "w", str(round(int(column.get(W + "w", "0")) * TEXT_WIDTH_TWIPS / total)))


def lay_out_tables(body: etree._Element) -> None:
    """Rows that never split; repeated header rows; lead-ins and signature blocks kept
    with what follows them; grids as wide as the text."""
    for table in body.iter(W + "tbl"):
        _full_width_grid(table)
        rows = table.findall(W + "tr")
        before = table.getprevious()
        signature = before is not None and before.tag == W + "p" and _style(before) == "SignatureHeading"
        for index, row in enumerate(rows):
            if signature:
                _set_row(row, height=SIGNATURE_ROW_TWIPS if index == 0 else OTHER_SIGNATURE_ROW_TWIPS)
                for paragraph in row.iter(W + "p"):
                    if index < len(rows) - 1:
                        keep_with_next(paragraph)
            else:
                _set_row(row)
        if before is not None and before.tag == W + "p":
            keep_with_next(before)
    for paragraph in body.iter(W + "p"):
        following = paragraph.getnext()
        if following is not None and following.tag == W + "p" and following.find(f"{W}pPr/{W}numPr") is not None \
                and paragraph.find(f"{W}pPr/{W}numPr") is None and _style(following) not in ("", "Heading1"):
            keep_with_next(paragraph)  # the lead-in of a lettered or bulleted list


def _text_paragraph(text: str, style: str = "") -> etree._Element:
    paragraph = element("p")
    if style:
        sub(sub(paragraph, "pPr"), "pStyle", val=style)
    paragraph.append(text_run(text))
    return paragraph


def _front_page_end(body: etree._Element) -> etree._Element | None:
    """The Dated line, last paragraph of the front page."""
    return next((p for p in body.iter(W + "p") if _style(p) == "Dated"), None)


def add_draft_box(body: etree._Element) -> None:
    """A bordered "not for signature" box under the front page facts."""
    anchor = _front_page_end(body)
    if anchor is None:
        return
    box = _text_paragraph(DRAFT_BOX_TEXT)
    ppr = _ppr(box)
    borders = element("pBdr")
    for side in ("top", "left", "bottom", "right"):
        sub(borders, side, val="single", sz="8", space="4", color="9B1C1C")
    insert_in_order(ppr, borders)
    insert_in_order(ppr, element("jc", val="center"))
    run_properties = element("rPr")
    sub(run_properties, "b")
    sub(run_properties, "color", val="9B1C1C")
    box.find(W + "r").insert(0, run_properties)
    anchor.addnext(box)


def add_contents(body: etree._Element, document: ir.Document) -> bool:
    """A TOC field after the front page when there are more than ten sections; its cached
    result lists the headings with their numbers. Returns whether one was added."""
    sections = [s for s in document.sections if s.kind != "unnumbered"]
    anchor = _front_page_end(body)
    if len(sections) <= CONTENTS_AFTER or anchor is None:
        return False
    entries = [_text_paragraph(f"{s.number} {s.title}", "TOC1") for s in sections]
    first, last = entries[0], entries[-1]
    # The field spans the entries: it opens in the first and closes in the last.
    for position, run in enumerate(field_start('TOC \\o "1-1" \\h \\z \\u')):
        first.insert(1 + position, run)
    last.append(field_end())
    heading = _text_paragraph("Contents", "TOCHeading")
    anchor.addnext(heading)
    for entry in reversed(entries):
        heading.addnext(entry)
    return True


TABLE_TEXT_HALF_POINTS = 18  # 9 pt: an eight-column table keeps "Quarterly" on one line
CELL_SIDE_MARGIN_TWIPS = 72


def table_text_size(styles: etree._Element) -> None:
    """Table cells (pandoc's Compact style) in 9 pt, as in a printed schedule: Word does not
    hyphenate, so at body size a narrow column splits words mid-word ("Quarte rly")."""
    for style in styles.iter(W + "style"):
        if style.get(W + "styleId") == "Table":
            # Narrower side margins in cells: 0.13 cm instead of 0.19 cm, as a schedule prints.
            for side in ("left", "right"):
                for margin in style.iter(W + side):
                    if margin.getparent() is not None and margin.getparent().tag == W + "tblCellMar":
                        margin.set(W + "w", str(CELL_SIDE_MARGIN_TWIPS))
        if style.get(W + "styleId") != "Compact":
            continue
        rpr = style.find(W + "rPr")
        if rpr is None:
            rpr = sub(style, "rPr")
        for tag in ("sz", "szCs"):
            for old in rpr.findall(W + tag):
                rpr.remove(old)
        # CT_RPr order puts sz and szCs late; append keeps them after b, i, color and fonts.
        sub(rpr, "sz", val=str(TABLE_TEXT_HALF_POINTS))
        sub(rpr, "szCs", val=str(TABLE_TEXT_HALF_POINTS))
