"""The DOCX page furniture: a footer with reference, page X of Y and version, and the draft
watermark (issue 15, part 3).

The footer is a borderless three-cell table of fixed widths, so a long reference wraps in
its own cell instead of pushing "Page 1 of 7" off centre. Page numbers are PAGE and
NUMPAGES fields. User values (the reference, the version) are set as XML text, never
parsed. The watermark is a VML text path in the draft header, which Word and LibreOffice
both show behind the text of every page.
"""

from __future__ import annotations

from lxml import etree

from collabagree.render.docx_xml import TEXT_WIDTH_TWIPS, W, element, field_runs, insert_in_order, sub, text_run

#: The runs of the draft header: a VML "DRAFT" across the page, behind the text.
WATERMARK_RUN = (
    '<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
    '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="CollabagreeDraftWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;'
    'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
    'fillcolor="#e3e3e3" stroked="f"><v:fill opacity=".6"/>'
    '<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt;font-weight:bold" string="DRAFT"/>'
    '</v:shape></w:pict></w:r>'
)
VML_NAMESPACES = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def footer(reference: str | None, version: str | None) -> bytes:
    """The footer part: reference left, "Page X of Y" centred, "Version v" right."""
    root = etree.Element(W + "ftr", nsmap={"w": W[1:-1]})
    table = sub(root, "tbl")
    properties = sub(table, "tblPr")
    sub(properties, "tblW", w=str(TEXT_WIDTH_TWIPS), type="dxa")
    sub(properties, "tblLayout", type="fixed")
    sub(properties, "tblLook", val="0000", firstRow="0", lastRow="0", firstColumn="0", lastColumn="0",
        noHBand="1", noVBand="1")
    grid = sub(table, "tblGrid")
    third = TEXT_WIDTH_TWIPS // 3
    for _ in range(3):
        sub(grid, "gridCol", w=str(third))
    row = sub(table, "tr")
    for align in ("left", "center", "right"):
        cell = sub(row, "tc")
        sub(sub(cell, "tcPr"), "tcW", w=str(third), type="dxa")
        paragraph = sub(cell, "p")
        ppr = sub(paragraph, "pPr")
        sub(ppr, "pStyle", val="footer")
        sub(ppr, "jc", val=align)
        if align == "left" and reference:
            paragraph.append(text_run(reference))
        elif align == "center":
            paragraph.extend([text_run("Page "), *field_runs("PAGE", "1"), text_run(" of "),
                              *field_runs("NUMPAGES", "1")])
        elif align == "right" and version:
            paragraph.append(text_run(f"Version {version}"))
    sub(root, "p")  # a table cannot be the last thing in a footer
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def replace_footer(parts: dict[str, bytes], reference: str | None, version: str | None) -> None:
    """Give every footer part of the package the collabagree footer."""
    for name in [n for n in parts if n.startswith("word/footer") and n.endswith(".xml")]:
        parts[name] = footer(reference, version)


def first_page_break(body: etree._Element) -> None:
    """The clauses (or the contents list) start on a new page, after the front page."""
    dated = next((p for p in body.iter(W + "p")
                  if (s := p.find(f"{W}pPr/{W}pStyle")) is not None and s.get(W + "val") == "Dated"), None)
    following = dated.getnext() if dated is not None else None
    while following is not None and following.tag != W + "p":
        following = following.getnext()
    if following is None:
        return
    ppr = following.find(W + "pPr")
    if ppr is None:
        ppr = element("pPr")
        following.insert(0, ppr)
    insert_in_order(ppr, element("pageBreakBefore"))
