"""The body of the DOCX: heading styles by kind of section, and cross-references as fields.

See `docx_numbering` for the package as a whole. pandoc writes a section's bookmark just
before its heading paragraph and a clause's bookmark inside its paragraph; a reference
becomes `REF bookmark \\w \\h` (the paragraph number in full context, as a link), whose
cached result is the number the drafting engine gave the target.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from lxml import etree

from collabagree.drafting import ir
from collabagree.drafting.emit_pandoc import anchor_id
from collabagree.render.docx_layout import add_contents, add_draft_box, lay_out_tables, table_text_size
from collabagree.render.docx_numbering import REFERENCE, SCHEDULE_HEADING, UNNUMBERED_HEADING, add_lists, bind_styles
from collabagree.render.docx_page import first_page_break, replace_footer
from collabagree.render.docx_xml import W, field_runs, text_run

_PARTS = ("word/document.xml", "word/styles.xml", "word/numbering.xml")


def word_native(docx: bytes, document: ir.Document, reference: str | None = None,
                version: str | None = None) -> bytes:
    """The DOCX with Word numbering on every heading and clause, REF fields for every
    cross-reference and the layout of `docx_layout`; entry order and other parts kept."""
    source = zipfile.ZipFile(BytesIO(docx))
    parts = {name: source.read(name) for name in source.namelist()}
    if not all(name in parts for name in _PARTS):
        return docx  # not pandoc's package (pandoc always writes all three): leave it be
    trees = {name: etree.fromstring(parts[name]) for name in _PARTS}
    section_list, schedule_list = add_lists(trees["word/numbering.xml"])
    bind_styles(trees["word/styles.xml"], section_list, schedule_list)
    table_text_size(trees["word/styles.xml"])
    body = trees["word/document.xml"]
    style_headings(body, heading_kinds(document))
    reference_fields(body)
    lay_out_tables(body)
    add_contents(body, document)
    first_page_break(body)
    if document.front.draft:
        add_draft_box(body)
    for name, tree in trees.items():
        parts[name] = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)
    replace_footer(parts, reference, version)
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, parts[info.filename])
    return out.getvalue()



def heading_kinds(document: ir.Document) -> dict[str, str]:
    """Bookmark name -> heading style, for the sections Heading 1 must not number."""
    kinds: dict[str, str] = {}
    for section in document.sections:
        if section.kind == "schedule":
            kinds[anchor_id(section.anchor)] = SCHEDULE_HEADING
        elif section.kind != "section":
            kinds[anchor_id(section.anchor)] = UNNUMBERED_HEADING
    return kinds


def style_headings(body: etree._Element, kinds: dict[str, str]) -> None:
    """Give each schedule and unnumbered heading its style (found by its bookmark), and
    put every section's bookmark on its heading paragraph alone.

    pandoc's section bookmark starts before the heading and ends at the end of the
    section; a REF field to it then has no single numbered paragraph, and LibreOffice
    shows "Error: Reference source not found" when it updates the field.
    """
    ends = {e.get(W + "id"): e for e in body.iter(W + "bookmarkEnd")}
    for bookmark in list(body.iter(W + "bookmarkStart")):
        paragraph = bookmark.getnext()
        if paragraph is None or paragraph.tag != W + "p":
            continue
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is None or style.get(W + "val") != "Heading1":
            continue
        style_id = kinds.get(bookmark.get(W + "name", ""))
        if style_id is not None:
            style.set(W + "val", style_id)
        end = ends.get(bookmark.get(W + "id"))
        properties = paragraph.find(W + "pPr")
        properties.addnext(bookmark)
        if end is not None:
            paragraph.append(end)


def reference_fields(body: etree._Element) -> int:
    """Replace each internal hyperlink whose text ends in a number with words + REF field;
    return how many were replaced. Links to bookmarks that do not exist are left alone."""
    bookmarks = {b.get(W + "name") for b in body.iter(W + "bookmarkStart")}
    replaced = 0
    for link in list(body.iter(W + "hyperlink")):
        anchor = link.get(W + "anchor")
        label = "".join(t.text or "" for t in link.iter(W + "t"))
        match = REFERENCE.match(label)
        # "paragraph 2 of Schedule 1" names two numbers; its words stay a plain link.
        if anchor not in bookmarks or match is None or " of " in match.group("words"):
            continue
        runs: list[etree._Element] = []
        if match.group("words"):
            runs.append(text_run(match.group("words")))
        runs.extend(field_runs(f"REF {anchor} \\w \\h", match.group("number")))
        for run in runs:
            link.addprevious(run)
        link.getparent().remove(link)
        replaced += 1
    return replaced
