"""User text made safe for one line of a table, or for HTML: the agreement's words are data.

Names and titles come from YAML files a person typed; they may hold newlines, control
characters, bidirectional overrides or markup. A table cell gets them on one line without
controls; HTML gets them escaped (and without the characters HTML forbids).
"""

from __future__ import annotations

import html
import re
from datetime import date

# C0 and C1 controls (tab and newlines included: a cell is one line) and the bidirectional
# embedding, override and isolate marks, which can reorder what a terminal shows.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# HTML's own rule: no C0 controls but tab, newline, form feed, carriage return; no C1, no
# noncharacters U+FDD0..U+FDEF, U+xFFFE, U+xFFFF.
_HTML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def one_line(value: object) -> str:
    """`value` as text on one line: controls become spaces, runs of space one space."""
    return " ".join(_UNSAFE.sub(" ", str(value)).split())


def html_text(value: object) -> str:
    """`value` escaped for HTML text or a quoted attribute, on one line."""
    return html.escape(_HTML_FORBIDDEN.sub("", one_line(value)), quote=True)


def long_date(day: date) -> str:
    """`23 November 2026`: a date in words, for text alternatives and headings."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
