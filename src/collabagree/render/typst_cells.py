"""Keep text at the start of a Typst table cell or the title from reading as markup.

In Typst markup the start of a content block counts as the start of a line, so a cell
`[= a]` is a heading, `[- a]` a bullet list, `[+ a]` and `[1. a]` numbered lists and
`[/ a: b]` a term list. pandoc's Typst writer escapes these marks at the start of a
paragraph line (`\\= a`) but not at the start of a table cell, so a party's registration
note or a KPI target typed as "- see schedule" became a list in the PDF only, and "=" alone
failed PDF/UA-1 ("heading title is empty").

The same holds for the title, which the template keeps as `#let doc-title = [...]` and
shows in the title block and running header: "- Plan" was a bullet there.

`escape_cell_starts` puts a backslash before such a mark where a cell or a template value
starts: a `[` at the start of a line, right after `], ` (cells are written `[a], [b],`) or
in `#let name = [`. None of these can be inside a Typst string (pandoc writes strings only
for link targets and settings, which hold no spaces or line breaks), and pandoc escapes
every `[` of the text itself as `\\[`. Only a backslash is added; no character of the text
is changed or removed.
"""

from __future__ import annotations

import re

_CELL_START = re.compile(r"(?m)(^[ \t]*|\], |^#let [\w-]+ = )\[([ \t]*)(?=(?:=+|[-+/]|\d+\.)(?:\s|\]))")


def escape_cell_starts(typst_source: str) -> str:
    """`typst_source` with heading, list and term marks at the start of table cells escaped."""
    return _CELL_START.sub(lambda match: f"{match.group(1)}[{match.group(2)}\\", typst_source)
