"""Word's own numbering and cross-reference fields in the DOCX that pandoc wrote.

pandoc's DOCX writer has no multilevel list bound to paragraph styles and writes internal
links as hyperlinks, so a legal team inserting a clause in Word would renumber by hand and
every "clause 8.3" would go stale. This step rewrites the package:

- `numbering.xml` gains two multilevel lists: one numbering sections (Heading 1: "1") and
  their clauses (Clause Level 1-3: "1.1", "1.1.1", "1.1.1.1"), one numbering schedules
  (Schedule Heading: "Schedule 1") and their own clauses ("1", "1.1", "1.1.1");
- `styles.xml` ties each of those styles to its list level (`w:numPr` on the style), adds
  Schedule Heading and Unnumbered Heading (execution page, version history), and keeps
  headings from hyphenating;
- `document.xml` gives schedule and unnumbered headings their styles, and turns every
  cross-reference to a clause, section or schedule into a REF field to the bookmark pandoc
  put on its target, with the current number as the cached result, so the text is right
  before any field update and follows renumbering after one.

The document tree was drafted with `typed_numbers=False`, so no paragraph starts with a
typed number; the numbers Word shows are the ones the other formats print.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from collabagree.render.docx_xml import W, element, insert_in_order, sub

#: Style ids pandoc gives the clause styles of `emit_pandoc` (spaces removed).
CLAUSE_STYLE_IDS = ("ClauseLevel1", "ClauseLevel2", "ClauseLevel3")
SCHEDULE_CLAUSE_STYLE_IDS = ("ScheduleClauseLevel1", "ScheduleClauseLevel2", "ScheduleClauseLevel3")
SCHEDULE_HEADING = "ScheduleHeading"
UNNUMBERED_HEADING = "UnnumberedHeading"
_INDENT = 851  # twips (1.5 cm): the hanging indent a clause number sits in
# "clause 8.3", "8.3", "Schedule 2": the number is the field; words before it stay text.
REFERENCE = re.compile(r"^(?P<words>.*?)(?P<number>Schedule \d+|\d+(?:\.\d+)*)$")


@dataclass(frozen=True)
class ListLevel:
    """One level of a multilevel list: its text ("%1.%2"), the style it numbers, indent."""

    text: str
    style: str
    indent: int


SECTION_LEVELS = (ListLevel("%1", "Heading1", _INDENT), ListLevel("%1.%2", CLAUSE_STYLE_IDS[0], _INDENT),
                  ListLevel("%1.%2.%3", CLAUSE_STYLE_IDS[1], 2 * _INDENT),
                  ListLevel("%1.%2.%3.%4", CLAUSE_STYLE_IDS[2], 3 * _INDENT))
SCHEDULE_LEVELS = (ListLevel("Schedule %1", SCHEDULE_HEADING, 0),
                   ListLevel("%2", SCHEDULE_CLAUSE_STYLE_IDS[0], _INDENT),
                   ListLevel("%2.%3", SCHEDULE_CLAUSE_STYLE_IDS[1], 2 * _INDENT),
                   ListLevel("%2.%3.%4", SCHEDULE_CLAUSE_STYLE_IDS[2], 3 * _INDENT))


def add_lists(numbering: etree._Element) -> tuple[int, int]:
    """Append the section and schedule lists; return their `w:numId`s."""
    abstract_ids = [int(e.get(W + "abstractNumId", "0")) for e in numbering.iter(W + "abstractNum")]
    num_ids = [int(e.get(W + "numId", "0")) for e in numbering.iter(W + "num")]
    next_abstract, next_num = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    first_num = next(iter(numbering.iter(W + "num")), None)
    ids: list[int] = []
    for offset, levels in enumerate((SECTION_LEVELS, SCHEDULE_LEVELS)):
        abstract = element("abstractNum", abstractNumId=str(next_abstract + offset))
        sub(abstract, "multiLevelType", val="multilevel")
        for index, level in enumerate(levels):
            lvl = sub(abstract, "lvl", ilvl=str(index))
            sub(lvl, "start", val="1")
            sub(lvl, "numFmt", val="decimal")
            sub(lvl, "pStyle", val=level.style)
            sub(lvl, "suff", val="space" if level.style == SCHEDULE_HEADING else "tab")
            sub(lvl, "lvlText", val=level.text)
            sub(lvl, "lvlJc", val="left")
            ppr = sub(lvl, "pPr")
            if level.indent:
                sub(ppr, "ind", left=str(level.indent), hanging=str(_INDENT))
        # Every abstractNum comes before the first num (schema order).
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        num = sub(numbering, "num", numId=str(next_num + offset))
        sub(num, "abstractNumId", val=str(next_abstract + offset))
        ids.append(next_num + offset)
    return ids[0], ids[1]


def bind_styles(styles: etree._Element, section_list: int, schedule_list: int) -> None:
    """Tie each numbered style to its list level; add the two extra heading styles."""
    by_id = {s.get(W + "styleId"): s for s in styles.iter(W + "style")}
    heading = by_id.get("Heading1")
    for style_id, based_on, name in ((SCHEDULE_HEADING, "Heading1", "Schedule Heading"),
                                     (UNNUMBERED_HEADING, "Heading1", "Unnumbered Heading"),
                                     ("TOC1", "Normal", "toc 1")):  # Word's name for contents entries
        if style_id not in by_id:
            style = sub(styles, "style", type="paragraph", styleId=style_id)
            sub(style, "name", val=name)
            sub(style, "basedOn", val=based_on if heading is not None or based_on == "Normal" else "Normal")
            sub(style, "next", val="BodyText")
            sub(style, "qFormat")
            by_id[style_id] = style
    for levels, list_id in ((SECTION_LEVELS, section_list), (SCHEDULE_LEVELS, schedule_list)):
        for index, level in enumerate(levels):
            style = by_id.get(level.style)
            if style is not None:
                _number_style(style, list_id, index)
    # numId 0: no number, although based on Heading 1 (the contents heading too).
    numbered = {level.style for level in (*SECTION_LEVELS, *SCHEDULE_LEVELS)}
    for style_id, style in by_id.items():
        if style_id not in numbered and _based_on_heading(style, by_id):
            _number_style(style, 0, 0)
    for style_id in ("Heading1", SCHEDULE_HEADING, UNNUMBERED_HEADING):
        if style_id in by_id:
            _no_hyphenation(by_id[style_id])


def _based_on_heading(style: etree._Element, by_id: dict[str | None, etree._Element]) -> bool:
    """Whether `style` inherits from Heading 1 (so from its list numbering)."""
    seen: set[str] = set()
    while True:
        based = style.find(W + "basedOn")
        parent = None if based is None else based.get(W + "val")
        if parent is None or parent in seen or parent not in by_id:
            return False
        if parent == "Heading1":
            return True
        seen.add(parent)
        style = by_id[parent]


def _ppr(style: etree._Element) -> etree._Element:
    ppr = style.find(W + "pPr")
    if ppr is None:
        ppr = element("pPr")
        rpr = style.find(W + "rPr")
        if rpr is not None:
            rpr.addprevious(ppr)
        else:
            style.append(ppr)
    return ppr


def _number_style(style: etree._Element, list_id: int, level: int) -> None:
    num_pr = element("numPr")
    if list_id:
        sub(num_pr, "ilvl", val=str(level))
    sub(num_pr, "numId", val=str(list_id))
    insert_in_order(_ppr(style), num_pr)


def _no_hyphenation(style: etree._Element) -> None:
    insert_in_order(_ppr(style), element("suppressAutoHyphens"))
