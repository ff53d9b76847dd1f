"""Word's Accept all and Reject all, done on a DOCX's XML, and its paragraph texts.

Accepting drops every `w:del` (and paragraphs and rows whose mark is deleted) and unwraps
every `w:ins`; rejecting does the opposite (deleted text comes back from `w:delText`). The
text of a paragraph is its `w:t` (and, rejected, `w:delText`) in order: Word's list numbers
are not text, and the contents list (a field Word rebuilds) is left out.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def body(docx: bytes) -> etree._Element:
    """The parsed `word/document.xml`."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return etree.fromstring(package.read("word/document.xml"))


def resolved(docx: bytes, accept: bool) -> etree._Element:
    """The body with every tracked change accepted (or rejected)."""
    tree = body(docx)
    drop, keep = ("del", "ins") if accept else ("ins", "del")
    for row in list(tree.iter(W + "tr")):
        if row.find(f"{W}trPr/{W}{drop}") is not None:
            row.getparent().remove(row)
    for paragraph in list(tree.iter(W + "p")):
        if paragraph.find(f"{W}pPr/{W}rPr/{W}{drop}") is not None:
            paragraph.getparent().remove(paragraph)
    for element in list(tree.iter(W + drop)):
        if element.getparent() is not None and element.getparent().tag != W + "rPr":
            element.getparent().remove(element)
    for element in list(tree.iter(W + keep)):
        parent = element.getparent()
        if parent is None or parent.tag in (W + "rPr", W + "trPr"):
            continue
        index = parent.index(element)
        for offset, child in enumerate(list(element)):
            parent.insert(index + offset, child)
        parent.remove(element)
    for deleted in tree.iter(W + "delText"):
        deleted.tag = W + "t"
    return tree


def paragraph_texts(tree: etree._Element) -> list[str]:
    """Each paragraph's text in document order, the contents list left out."""
    texts: list[str] = []
    for paragraph in tree.iter(W + "p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(W + "val", "").startswith("TOC"):
            continue
        texts.append("".join(t.text or "" for t in paragraph.iter(W + "t")))
    return texts


def own_texts(docx: bytes) -> list[str]:
    """The paragraph texts of a DOCX with no tracked changes."""
    return paragraph_texts(body(docx))


def change_count(docx: bytes) -> int:
    """How many `w:ins` and `w:del` elements the DOCX holds."""
    tree = body(docx)
    return sum(1 for _ in tree.iter(W + "ins", W + "del"))
