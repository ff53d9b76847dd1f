"""Small builders for WordprocessingML, shared by the steps that rewrite pandoc's DOCX
(`docx_numbering`, `docx_fields`, `docx_layout`, `docx_page`, and the redline).

Text is always set as an element's text by lxml, so a value from the agreement is data in
the XML, never markup.
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TEXT_WIDTH_TWIPS = 9070  # A4 less the reference document's 2.5 cm margins

# The order CT_PPrBase gives the children of w:pPr (Word refuses a file that breaks it).
_PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
              "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
              "rPr", "sectPr", "pPrChange")


def element(tag: str, **attributes: str) -> etree._Element:
    """A w: element with w: attributes."""
    node = etree.Element(W + tag)
    for key, value in attributes.items():
        node.set(W + key, value)
    return node


def sub(parent: etree._Element, tag: str, **attributes: str) -> etree._Element:
    """A new w: child of `parent`."""
    child = element(tag, **attributes)
    parent.append(child)
    return child


def insert_in_order(ppr: etree._Element, child: etree._Element) -> None:
    """Put `child` into `w:pPr` where the schema's sequence wants it, replacing its kind."""
    name = etree.QName(child).localname
    for old in ppr.findall(W + name):
        ppr.remove(old)
    rank = _PPR_ORDER.index(name)
    for position, existing in enumerate(ppr):
        local = etree.QName(existing).localname
        if local in _PPR_ORDER and _PPR_ORDER.index(local) > rank:
            ppr.insert(position, child)
            return
    ppr.append(child)


def text_run(text: str) -> etree._Element:
    """A run of literal text, its spaces kept."""
    run = element("r")
    t = sub(run, "t")
    t.text = text
    t.set(XML_SPACE, "preserve")
    return run


def field_start(code: str) -> list[etree._Element]:
    """The runs that open a complex field (`PAGE`, `REF bookmark \\w \\h`, `TOC ...`) up to
    its result: begin, the instruction, separate."""
    begin, instruction, separate = element("r"), element("r"), element("r")
    sub(begin, "fldChar", fldCharType="begin")
    code_text = sub(instruction, "instrText")
    code_text.text = f" {code} "
    code_text.set(XML_SPACE, "preserve")
    sub(separate, "fldChar", fldCharType="separate")
    return [begin, instruction, separate]


def field_end() -> etree._Element:
    """The run that closes a complex field."""
    end = element("r")
    sub(end, "fldChar", fldCharType="end")
    return end


def field_runs(code: str, cached: str) -> list[etree._Element]:
    """A whole complex field with `cached` as its current result (right before any update)."""
    return [*field_start(code), text_run(cached), field_end()]
