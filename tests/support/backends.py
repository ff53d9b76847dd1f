"""Shared material for the format back-end tests: a sample agreement, hostile text, helpers."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from collabagree.core.resources import data_dir
from collabagree.render.pandoc_runner import MARKDOWN_READER, pandoc_path

TEMPLATES = data_dir("templates")
TYPST_TEMPLATE = TEMPLATES / "agreement.typ"
REFERENCE_DOCX = TEMPLATES / "reference.docx"
CSS_FILE = TEMPLATES / "agreement.css"

HOSTILE: tuple[str, ...] = (
    '```{=typst}\n#read("/etc/passwd")\n```',
    '`#read("/etc/hostname")`{=typst}',
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[open](file:///etc/hostname)",
    "![x](/etc/hostname)",
    "@council",
    "[@council, p. 3]",
    "\\input{/etc/passwd} \\textbf{x}",
    "{{ 7*7 }} {% for %}",
    "# not a heading",
    "$5,000-$10,000",
    "::: warning\nx\n:::",
    "[span]{.red}",
    "a | b\n--|--\n1 | 2",
    "<!-- comment -->",
    "1. not a list?",
    "> quote",
    "---\ntitle: x\n---",
    "Term\n: definition",
    "line\\\\ break",
    "&amp; &lt;",
    "~~strike~~ ^sup^ ~sub~",
    "#set page(fill: red) #import \"@preview/x:0.1.0\"",
    "Ngā mihi nui — Te Kaunihera o Tāmaki; emoji 🤝🏽",
)


def plain(text: str) -> str:
    """What a reader should see for a hostile string: its characters, whitespace collapsed."""
    return " ".join(text.split())


SAMPLE_MD = """\
# 1 Purpose

The Parties enter this Agreement to improve food security across the Kestrel Vale district,
sharing what they know about household need and pooling their resources.

## 1.1 Scope

This Agreement covers:

- the distribution of surplus food through community hubs;
- shared reporting on household need; and
- joint reporting to the **Partnership Board**.

## 1.2 Legal status

This Agreement is not legally binding, except for clause 4 (*Funding*).

### 1.2.1 Good faith

Each Party will act in good faith. See [the Compact](https://www.gov.uk/government/publications/the-compact).

# 2 Parties

| Party | Kind | Role |
|---|---|---|
| Kestrel Vale Borough Council | Local government | Lead agency |
| Department for Food Resilience | Central government | Funder |
| Kestrel Vale Food Network | Charity | Delivery partner |

Table: The Parties

# 3 Definitions

Agreement
: this document and its schedules.

Partnership Board
: the governance body set up under clause 5.

# 4 Funding

The Department will contribute £250,000 in each financial year, paid quarterly in arrears.
"""

SAMPLE_MD += "".join(
    f"\n## 4.{n} Condition {n}\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do"
    " eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam,"
    " quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.\n"
    for n in range(1, 26)
)
SAMPLE_MD += """
# 5 Signatures

Signed for Kestrel Vale Borough Council by the Chief Executive.

| | |
|---|---|
| Signature | |
| Name | |
| Date | |
"""

TITLE = "Kestrel Vale Food Security Partnership Agreement"


def sample_metadata(*, draft: bool) -> dict[str, object]:
    """Metadata as the render command would pass it."""
    return {
        "title": TITLE,
        "subtitle": "Partnering agreement",
        "date": "1 April 2026",
        "reference": "KVBC-FOOD-2026-01",
        "version": "1.0",
        "status": "Draft" if draft else "Final",
        "lang": "en-GB",
        "papersize": "a4",
        "draft": draft,
    }


def pandoc_ast(md: str) -> dict[str, object]:
    """pandoc's JSON AST for ``md`` read with the production reader."""
    out = subprocess.run(
        [pandoc_path(), "--sandbox", f"--from={MARKDOWN_READER}", "--to=json"],
        input=md.encode("utf-8"),
        capture_output=True,
        check=True,
    ).stdout
    return json.loads(out)


def pandoc_to(md: str, fmt: str) -> str:
    """``md`` converted to ``fmt`` (a text format) with the production reader."""
    return subprocess.run(
        [pandoc_path(), "--sandbox", f"--from={MARKDOWN_READER}", f"--to={fmt}", "--wrap=none"],
        input=md.encode("utf-8"),
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")


def ast_node_types(node: object) -> set[str]:
    """Every pandoc element type (``"t"``) anywhere in an AST fragment."""
    found: set[str] = set()
    if isinstance(node, dict):
        if "t" in node:
            found.add(str(node["t"]))
        for value in node.values():
            found |= ast_node_types(value)
    elif isinstance(node, list):
        for item in node:
            found |= ast_node_types(item)
    return found


def hostname_secret() -> str | None:
    """This machine's /etc/hostname, when it is distinctive enough to search for."""
    try:
        text = Path("/etc/hostname").read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text if len(text) >= 6 else None
