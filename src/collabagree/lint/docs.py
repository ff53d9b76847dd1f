"""Rule documentation: `collabagree rules`, `collabagree rule CODE` and docs/rules.md.

Everything here is generated from the rules' own data and their test cases, so the
documentation, the command and the tests cannot drift apart.
"""

from __future__ import annotations

import io
import json
from typing import Any, TextIO

from collabagree.core.errors import UsageError
from collabagree.lint.cases import load_cases
from collabagree.lint.registry import RULES, SUPPRESSION_CODE, SUPPRESSION_NAME, find_rule
from collabagree.lint.rule import Rule, RuleDoc
from collabagree.schema.codes import SCHEMA_CODES

GROUP_TITLES: dict[str, str] = {
    "SCH": "The file and its schema",
    "REF": "References and consistency",
    "TXT": "Wording",
    "BND": "Legal status",
    "PUR": "Purpose and scope",
    "PTY": "Parties and roles",
    "GOV": "Governance",
    "FUN": "Funding and resources",
    "PRF": "Performance",
    "COM": "Communication and coordination",
    "INF": "Information, privacy, official information, records and IP",
    "RSK": "Risk and integrity",
    "LIF": "Term, review, variation, termination and exit",
    "DSP": "Dispute resolution",
    "GEN": "General provisions",
    "SIG": "Execution and document control",
    "VAR": "Versions and variations (`check --against REV`)",
    "PUB": "Publication and redactions",
    "APS": "Profile aps_charter: APS Charter of Partnerships and Engagement",
    "VIC": "Profile vic_cross_sector: Victorian cross-sector collaboration principles",
    "NZP": "Profile nz_partnering: NZ local and central government partnering",
    "UKC": "Profile uk_compact: the Compact (England)",
    "SUP": "Suppressions",
}

PROFILE_DEFAULTS: dict[str, str] = {
    "vic_cross_sector": ", and by default for cross-sector collaborations",
    "nz_partnering": ", and by default for partnering agreements in NZ",
}
_SCHEMA_SOURCE = "YAML 1.2.2 specification, https://yaml.org/spec/1.2.2/"
FIXED_DOCS: dict[str, tuple[str, RuleDoc]] = {
    "SCH001": ("the YAML does not parse", RuleDoc(
        "The file is not valid YAML; the finding points at the parser's position.",
        "Nothing else can be checked until the file parses.", _SCHEMA_SOURCE,
        "Read the hint in the message, then fix the line it names: indent with spaces, never "
        "tabs, and line each key up with the other keys of its section; put a value that "
        "contains ': ' (or starts with @ or `) in quotes; close every quote and bracket.")),
    "SCH002": ("a mapping repeats a key", RuleDoc(
        "A mapping repeats a key; every repeat is reported.",
        "YAML tools silently keep one of the values, so part of the agreement would be lost.",
        _SCHEMA_SOURCE, "Merge the two entries or rename one.")),
    "SCH003": ("a key the format does not define", RuleDoc(
        "A key that the agreement format does not define, with the closest known key suggested.",
        "A misspelt key would otherwise be ignored and its content lost from the document.",
        "collabagree file format, docs/format.md", "Use the key the message suggests, or remove it.")),
    "SCH004": ("a required field is absent", RuleDoc(
        "A field the format requires is missing; the finding points at the mapping that should hold it.",
        "Without it the agreement cannot be checked or rendered.", "collabagree file format, docs/format.md",
        "Add the field.")),
    "SCH005": ("wrong type, unknown enum value, bad date or bad id", RuleDoc(
        "A value of the wrong kind: text where a number is needed, an unknown choice (the allowed "
        "values are listed), a date that is not YYYY-MM-DD or not real, an id in the wrong form.",
        "Values the format does not understand cannot be checked or rendered correctly.",
        "collabagree file format, docs/format.md",
        "Write the kind of value the message asks for: for a choice, one of the values it lists; "
        "for an amount or a number of days, the plain number (60000, not £60,000 or 60,000; 30, "
        "not 30 days); for a date, YYYY-MM-DD; for text YAML would read as a number or a date (a "
        "version such as 1.0), put it in quotes.")),
    "SCH006": ("not an agreement, or an unknown format version", RuleDoc(
        "The file has no top-level `collabagree:` key, or names a format version this release does not read.",
        "collabagree only reads files that declare the format they follow.",
        "collabagree file format, docs/format.md", "Start the file with `collabagree: 1`.")),
    "SCH007": ("unsafe or oversized input", RuleDoc(
        "The file is not UTF-8, is over the size limit (2 MiB), is nested more than 64 levels "
        "deep, holds more than 100,000 values once aliases are expanded, uses a tag outside the "
        "YAML core schema (such as `!!python/object` or `!include`) or holds more than one "
        "document. A file with more than 1,000 findings shows the first 1,000 and one SCH007 "
        "counting the rest.",
        "Such files can hang or crash YAML tools, or make them run code; they are refused.",
        "YAML 1.2.2 specification, 10.3 Core Schema, https://yaml.org/spec/1.2.2/#103-core-schema",
        "Save as UTF-8, keep one plain agreement per file, and remove tags and alias chains.")),
    SUPPRESSION_CODE: ("a suppression comment matched no finding", RuleDoc(
        "A `# collabagree: ignore[...]` or `file-ignore[...]` comment that suppressed nothing.",
        "Stale suppressions hide future problems and mislead readers.",
        "collabagree command line, docs/cli.md", "Remove the comment or correct its codes.")),
}


def rule_entries() -> list[dict[str, Any]]:
    """One entry per code, schema and suppression codes included, in catalogue order."""
    entries = [_fixed_entry(code, SCHEMA_CODES[code]) for code in SCHEMA_CODES]
    entries += [{"code": rule.code, "name": rule.name, "group": rule.group,
                 "severity": rule.severity.highest.value, "severity_by_type": rule.severity.text,
                 "summary": rule.summary, "profile": rule.profile} for rule in RULES]
    entries.append(_fixed_entry(SUPPRESSION_CODE, SUPPRESSION_NAME, severity="warning"))
    return entries


def _fixed_entry(code: str, name: str, severity: str = "error") -> dict[str, Any]:
    return {"code": code, "name": name, "group": code[:3], "severity": severity,
            "severity_by_type": severity[0].upper(), "summary": FIXED_DOCS[code][0], "profile": None}


def print_rule_table(output_format: str, stream: TextIO) -> None:
    """`collabagree rules`: a table for people or a JSON list for tools."""
    entries = rule_entries()
    if output_format == "json":
        keys = ("code", "name", "group", "severity", "severity_by_type", "summary", "profile")
        json.dump([{key: entry[key] for key in keys} for entry in entries], stream, indent=2)
        stream.write("\n")
        return
    if output_format != "table":
        raise UsageError(f"unknown output format '{output_format}' (choose table or json)")
    from rich.console import Console

    console = Console(file=stream, highlight=False)
    if not console.is_terminal:
        # Piped or redirected: plain text at its natural width, one rule per line, for grep.
        table = _rule_table(entries, plain=True)
        wide = Console(file=io.StringIO(), width=100_000).measure(table).maximum
        buffer = io.StringIO()
        Console(file=buffer, width=max(wide, 40), highlight=False, no_color=True,
                color_system=None).print(table)
        stream.write("\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n")
        return
    # A terminal: fit its width; the prose columns wrap between words, never inside one, and
    # the group column (the first three letters of the code) goes first when space is short.
    table = _rule_table(entries, plain=False)
    if Console(file=io.StringIO(), width=100_000).measure(table).minimum > console.width:
        table = _rule_table(entries, plain=False, group=False)
    console.print(table)


def _rule_table(entries: list[dict[str, Any]], *, plain: bool, group: bool = True) -> Any:
    """The rule list as a Rich table: code, name, (group), severity, when."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None if plain else box.SIMPLE, pad_edge=False, show_edge=False,
                  header_style="" if plain else "bold", expand=not plain)
    columns = [("code", True, None), ("name", True, None), ("group", True, None),
               ("severity", False, None), ("when", False, None)]
    keys = {"code": "code", "name": "name", "group": "group", "severity": "severity_by_type",
            "when": "summary"}
    shown = [column for column in columns if group or column[0] != "group"]
    for header, no_wrap, _ in shown:
        # On a terminal the severity plan takes at most a fifth of the room, the summary the rest.
        table.add_column(header, no_wrap=no_wrap or plain, overflow="fold",
                         ratio=None if no_wrap or plain else (1 if header == "severity" else 3))
    for entry in entries:
        # Text, not markup: summaries hold brackets such as `[insert ...]`.
        table.add_row(*(Text(str(entry[keys[header]])) for header, _, _ in shown))
    return table


def rule_markdown(code: str, heading: str = "##") -> str:
    """The documentation of one rule in Markdown."""
    upper = code.strip().upper()
    if upper in FIXED_DOCS:
        summary, doc = FIXED_DOCS[upper]
        name = SCHEMA_CODES.get(upper, SUPPRESSION_NAME)
        severity = "warning" if upper == SUPPRESSION_CODE else "error (cannot be suppressed)"
        return _doc_markdown(upper, name, severity, summary, doc, None, heading)
    found = find_rule(code)
    if found is None:
        raise UsageError(f"unknown rule '{code}' (see `collabagree rules`)")
    return _doc_markdown(found.code, found.name, found.severity.text, found.summary, found.doc,
                         found, heading)


def _doc_markdown(code: str, name: str, severity: str, summary: str, doc: RuleDoc,
                  found: Rule | None, heading: str) -> str:
    lines = [f"{heading} {code} {name}", "", f"**Severity:** {severity}. **Fires when:** {summary}.", ""]
    if found is not None and found.profile:
        default = PROFILE_DEFAULTS.get(found.profile, "")
        lines += [f"**Profile:** `{found.profile}` (on when named in `agreement.profiles` or "
                  f"config{default}).", ""]
    lines += ["**What it checks.** " + doc.what, ""]
    if doc.principle:
        lines += ["**Principle.** " + doc.principle, ""]
    lines += ["**Why.** " + doc.why, "", "**Source.** " + doc.source, ""]
    cases = load_cases(code) if found is not None else None
    failing = cases.doc_example() if cases else None
    if failing is not None:
        where = ", ".join(f"line {item.line}, column {item.column}" for item in failing.expect)
        if failing.against is not None:
            lines += ["**The version at REV** (`check --against REV`):", "", "```yaml",
                      failing.against.rstrip("\n"), "```", ""]
        lines += [f"**Example that fails** ({where}):", "", "```yaml", failing.yaml.rstrip("\n"), "```", ""]
    lines += ["**Fix.** " + doc.fix, ""]
    fixed = cases.fixed_example() if cases else None
    if fixed is not None:
        lines += ["**Passes:**", "", "```yaml", fixed.yaml.rstrip("\n"), "```", ""]
    return "\n".join(lines)


def print_rule(code: str, stream: TextIO) -> None:
    """`collabagree rule CODE`: rendered with Rich Markdown on a terminal (headings, bold,
    highlighted YAML); the Markdown source, which is plain text, when piped or redirected."""
    from rich.console import Console

    text = rule_markdown(code, heading="#")
    console = Console(file=stream, highlight=False)
    if not console.is_terminal:
        stream.write(text)
        return
    from rich.markdown import Markdown

    console.print(Markdown(text, code_theme="ansi_dark", hyperlinks=False))


def rules_markdown() -> str:
    """The whole of docs/rules.md."""
    parts = ["# Rules", "",
             "Generated by `collabagree` from the rules and their test cases; do not edit by hand.",
             "Regenerate with `python -m collabagree.lint.docs > docs/rules.md`.", "",
             "Every finding has a code and a name; both work in `--select`, `--ignore`, config and",
             "suppression comments. Severity `E: partnering; else W` means an error for partnering",
             "agreements and a warning for every other type; a rule that names types without `else`",
             "runs only for those types.", ""]
    current_group = ""
    for entry in rule_entries():
        if entry["group"] != current_group:
            current_group = entry["group"]
            parts += [f"## {current_group}: {GROUP_TITLES.get(current_group, current_group)}", ""]
        parts.append(rule_markdown(entry["code"], heading="###"))
    return "\n".join(parts).rstrip("\n") + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(rules_markdown())
