"""Keep text that starts a table cell, list item, link or the title from reading as markup.

In Typst markup the start of a content block or of a list item's text counts as the start
of a line, so `[= a]` is a heading, `[- a]` a bullet list, `[+ a]` and `[1. a]` numbered
lists and `[/ a: b]` a term list. pandoc's Typst writer escapes these marks at the start of
a paragraph line (`\\= a`) and of emphasis, but not at the start of a table cell, of a
bullet item's text (`- = a`), of a link's label, or of the title the template keeps as
`#let doc-title = [...]`. So a short name "- see schedule" was a bullet in the PDF only, a
list item "= x" a heading, and a cell starting "= " failed PDF/UA-1 ("heading title is
empty"). Found by tests/fuzz/test_format_agreement.py.

`escape_content_starts` puts a backslash before such a mark (followed by a space or a line
break) in exactly those places: a `[` at the start of a line, after `], ` (cells are written
`[a], [b],`), in `#let name = [`, or after `#link("...")`; and the text after a list marker
at the start of a line. None of these can be inside a Typst string: pandoc writes strings
only for link targets and settings, which hold no spaces, and the link target is matched
as a whole string. pandoc escapes every `[` of the text itself as `\\[`. Only a backslash is
added; no character of the text is changed or removed.
"""

from __future__ import annotations

import re

# A mark that starts a heading, a list or a term where a line starts.
_MARK = r"(?=(?:=+|[-+/]|\d+\.)\s)"
_CONTENT_START = re.compile(
    r"(?m)(^[ \t]*\[|\], \[|^#let [\w-]+ = \[|#link\(\"(?:[^\"\\\n]|\\.)*\"\)\[|^[ \t]*(?:[-+]|\d+\.)[ \t]+)"
    r"([ \t]*)" + _MARK)


def escape_content_starts(typst_source: str) -> str:
    """`typst_source` with heading, list and term marks escaped where pandoc leaves them
    at the start of a cell, list item, link label or template value."""
    return _CONTENT_START.sub(lambda match: f"{match.group(1)}{match.group(2)}\\", typst_source)
