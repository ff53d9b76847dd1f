"""Tracked paragraph marks and rows in the redline DOCX, and unique revision ids.

pandoc writes each `insertion`/`deletion` span as `w:ins`/`w:del` around its runs, but a
paragraph inserted or deleted whole needs its paragraph mark tracked too (`w:pPr/w:rPr/
w:ins`), or Word's Accept all would leave an empty paragraph behind; a table row likewise
(`w:trPr/w:ins`). `redline.Marks.marker` put an empty span with a `ca_pmark_` id in each
such paragraph, which pandoc wrote as a bookmark: each is replaced here by the mark. pandoc
also numbers every change `w:id="1"`; Word wants each revision's id unique.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from lxml import etree

from collabagree.render.docx_xml import W
from collabagree.versions.redline import MARKER_PREFIX

_PART = "word/document.xml"
# Elements that come after w:rPr inside w:pPr.
_AFTER_RPR = {W + "sectPr", W + "pPrChange"}


def track_marks(docx: bytes, author: str, date: str,
                title_block: dict[str, tuple[str, str]] | None = None) -> bytes:
    """The DOCX with marked paragraphs' and rows' marks tracked and revision ids unique.

    `title_block` maps a title-block style (`Title`, `Subtitle`, `Date`: paragraphs pandoc
    writes from the metadata, so from NEW) to OLD's and NEW's text; those that differ become
    a deletion of OLD's text and an insertion of NEW's.
    """
    source = zipfile.ZipFile(BytesIO(docx))
    parts = {name: source.read(name) for name in source.namelist()}
    body = etree.fromstring(parts[_PART])
    for style, (before, after) in (title_block or {}).items():
        _track_title(body, style, before, after, author, date)
    _paragraph_marks(body, author, date)
    _row_marks(body, author, date)
    _number_revisions(body)
    parts[_PART] = etree.tostring(body, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, parts[info.filename])
    return out.getvalue()


def _track_title(body: etree._Element, style: str, before: str, after: str, author: str,
                 date: str) -> None:
    if before == after:
        return
    found = next((p for p in body.iter(W + "p")
                  if (s := p.find(f"{W}pPr/{W}pStyle")) is not None and s.get(W + "val") == style), None)
    if found is None:
        return
    for child in list(found):
        if child.tag != W + "pPr":
            found.remove(child)
    for kind, words, tag in (("del", before, "delText"), ("ins", after, "t")):
        if not words:
            continue
        change = etree.SubElement(found, W + kind, {W + "id": "0", W + "author": author, W + "date": date})
        piece = etree.SubElement(etree.SubElement(change, W + "r"), W + tag)
        piece.text = words
        piece.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    if not before:
        mark_paragraph(found, "ins", author, date)


def _paragraph_marks(body: etree._Element, author: str, date: str) -> None:
    ends = {end.get(W + "id"): end for end in body.iter(W + "bookmarkEnd")}
    for start in list(body.iter(W + "bookmarkStart")):
        name = start.get(W + "name", "")
        if not name.startswith(MARKER_PREFIX):
            continue
        kind = "ins" if name[len(MARKER_PREFIX):].startswith("ins") else "del"
        paragraph = next((a for a in start.iterancestors(W + "p")), None)
        end = ends.get(start.get(W + "id"))
        for item in (start, end):
            if item is not None and item.getparent() is not None:
                item.getparent().remove(item)
        if paragraph is not None:
            mark_paragraph(paragraph, kind, author, date)


def mark_paragraph(paragraph: etree._Element, kind: str, author: str, date: str) -> None:
    """Track a paragraph's mark as inserted (`ins`) or deleted (`del`)."""
    properties = paragraph.find(W + "pPr")
    if properties is None:
        properties = etree.Element(W + "pPr")
        paragraph.insert(0, properties)
    run_properties = properties.find(W + "rPr")
    if run_properties is None:
        run_properties = etree.Element(W + "rPr")
        later = next((child for child in properties if child.tag in _AFTER_RPR), None)
        if later is not None:
            later.addprevious(run_properties)
        else:
            properties.append(run_properties)
    if run_properties.find(W + kind) is None:
        etree.SubElement(run_properties, W + kind, {W + "id": "0", W + "author": author, W + "date": date})


def paragraph_mark(paragraph: etree._Element) -> str:
    """`ins`, `del` or "" : how a paragraph's mark is tracked."""
    for kind in ("ins", "del"):
        if paragraph.find(f"{W}pPr/{W}rPr/{W}{kind}") is not None:
            return kind
    return ""


def _row_marks(body: etree._Element, author: str, date: str) -> None:
    for row in body.iter(W + "tr"):
        marks = {paragraph_mark(p) for p in row.iter(W + "p")}
        if len(marks) != 1 or "" in marks:
            continue
        kind = marks.pop()
        properties = row.find(W + "trPr")
        if properties is None:
            properties = etree.Element(W + "trPr")
            prefix = row.find(W + "tblPrEx")
            if prefix is not None:
                prefix.addnext(properties)
            else:
                row.insert(0, properties)
        etree.SubElement(properties, W + kind, {W + "id": "0", W + "author": author, W + "date": date})


def _number_revisions(body: etree._Element) -> None:
    taken = [int(b.get(W + "id", "0")) for b in body.iter(W + "bookmarkStart")
             if b.get(W + "id", "").isdigit()]
    next_id = max(taken, default=0) + 1
    for element in body.iter(W + "ins", W + "del"):
        element.set(W + "id", str(next_id))
        next_id += 1
