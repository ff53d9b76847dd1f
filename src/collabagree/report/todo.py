"""`check --todo`: what is left to do in each agreement, grouped by section, in a short list.

Three kinds of item, from the findings `check` already makes:

- **fill in**: a placeholder (TXT001 on a value: TODO, TBC, `[insert ...]`);
- **confirm**: a default `init` chose, marked with a `# TODO` comment (TXT001 on a comment);
- **missing**: an element a rule reports absent (a rule whose name ends in `-missing` or says
  a party is `-without-` something).

Each is placed in the top-level section (`parties`, `funding`, ...) it belongs to: by its YAML
path, or for a comment by the section its line is in. Every other finding is counted at the end,
to be read in the usual report. `full` prints a few lines per agreement; `json` the same as data.
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from collabagree.check.settings import Settings
from collabagree.core.errors import UsageError
from collabagree.core.findings import FileResult, Finding
from collabagree.model import Agreement
from collabagree.report.base import write_output_file
from collabagree.report.model import Report

TODO_FORMATS = ("full", "json")
JSON_VERSION = 1
PLACEHOLDER_CODE = "TXT001"
SHOWN_FIELDS = 3
SECTION_ORDER: tuple[str, ...] = tuple(info.alias or name for name, info in Agreement.model_fields.items())
"""Top-level sections in format order: sections still to add are listed in this order."""
NO_AGREEMENTS = "No agreements found (YAML files with a top-level 'collabagree:' key); nothing to show.\n"
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def is_missing(finding: Finding) -> bool:
    """True for a finding that reports an element absent (`review-missing`,
    `party-without-signatory`)."""
    return finding.name.endswith("-missing") or "-without-" in finding.name


@dataclass
class SectionTodo:
    """What is left in one top-level section."""

    section: str
    line: int
    present: bool = True
    fill_in: list[tuple[str, int]] = field(default_factory=list)
    confirm: list[int] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)

    def count(self) -> int:
        """Number of items left in the section."""
        return len(self.fill_in) + len(self.confirm) + len(self.missing)

    def to_dict(self) -> dict[str, Any]:
        """The section as JSON data."""
        return {"section": self.section, "line": self.line, "present": self.present,
                "fill_in": [{"field": name, "line": line} for name, line in self.fill_in],
                "confirm": [{"line": line} for line in self.confirm],
                "missing": [{"what": what, "code": code} for what, code in self.missing]}


@dataclass
class AgreementTodo:
    """What is left in one agreement: its sections in file order, and the other findings."""

    path: str
    sections: list[SectionTodo] = field(default_factory=list)
    other: int = 0
    schema_codes: list[str] = field(default_factory=list)

    def count(self) -> int:
        """Number of items left in the agreement."""
        return sum(section.count() for section in self.sections)

    def to_dict(self) -> dict[str, Any]:
        """The agreement as JSON data."""
        return {"path": self.path, "items": self.count(), "other_findings": self.other,
                "schema_errors": self.schema_codes,
                "sections": [section.to_dict() for section in self.sections]}


def _section_starts(path: str) -> list[tuple[int, str]]:
    """The line each top-level key starts on, in file order."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return []
    return [(number, match.group(1)) for number, line in enumerate(lines, 1)
            if (match := _TOP_KEY.match(line))]


def _where(yaml_path: str) -> tuple[str, str]:
    """(section, field within it) of a YAML path: `$.agreement.title` -> ('agreement', 'title'),
    `$.parties[0].name` -> ('parties', 'parties[0].name'), `$.review` -> ('review', 'review')."""
    rest = yaml_path.removeprefix("$").removeprefix(".")
    section = re.split(r"[.\[]", rest, maxsplit=1)[0]
    inside = rest.removeprefix(section + ".") if rest.startswith(section + ".") else rest
    return section, inside


def agreement_todo(result: FileResult) -> AgreementTodo:
    """The to-do list of one checked file."""
    todo = AgreementTodo(result.path)
    schema = sorted({finding.code for finding in result.findings if finding.code.startswith("SCH")})
    if schema:
        todo.schema_codes = schema
        return todo
    starts = _section_starts(result.path)
    sections: dict[str, SectionTodo] = {}

    def section_of(name: str, line: int) -> SectionTodo:
        if name not in sections:
            start = next((number for number, key in starts if key == name), None)
            sections[name] = SectionTodo(name or "(file)", start or line, start is not None or not name)
        return sections[name]

    for finding in result.findings:
        line = finding.span.line
        if finding.code == PLACEHOLDER_CODE and finding.yaml_path == "$":
            name = next((key for number, key in reversed(starts) if number <= line), "")
            section_of(name, line).confirm.append(line)
        elif finding.code == PLACEHOLDER_CODE:
            name, where = _where(finding.yaml_path)
            section_of(name, line).fill_in.append((where, line))
        elif is_missing(finding):
            name, where = _where(finding.yaml_path)
            section_of(name, line).missing.append((where or name, finding.code))
        else:
            todo.other += 1
    order = {name: index for index, name in enumerate(SECTION_ORDER)}
    todo.sections = sorted(sections.values(), key=lambda item: (
        not item.present, item.line if item.present else order.get(item.section, len(order)), item.section))
    return todo


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _listed(names: list[str]) -> str:
    shown = ", ".join(dict.fromkeys(names[:SHOWN_FIELDS]))
    return shown + (f" and {len(names) - SHOWN_FIELDS} more" if len(names) > SHOWN_FIELDS else "")


def _grouped(missing: list[tuple[str, str]]) -> list[str]:
    """`what (CODE, CODE)` for each missing element, in order, codes merged."""
    codes: dict[str, list[str]] = {}
    for what, code in missing:
        codes.setdefault(what, [])
        if code not in codes[what]:
            codes[what].append(code)
    return [f"{what} ({', '.join(found)})" for what, found in codes.items()]


def section_line(section: SectionTodo) -> str:
    """One line for a section: what to fill in, confirm and add."""
    parts = []
    if section.fill_in:
        parts.append(f"fill in {len(section.fill_in)}: {_listed([name for name, _ in section.fill_in])}")
    if section.confirm:
        lines = [str(line) for line in section.confirm]
        parts.append(f"confirm {len(lines)} (line{'s' if len(lines) > 1 else ''} {_listed(lines)})")
    if section.missing:
        added = _grouped(section.missing)
        parts.append(f"add {len(added)}: {_listed(added)}")
    return "; ".join(parts)


def write_todo_text(todos: list[AgreementTodo], stream: TextIO) -> None:
    """A few plain lines per agreement (user text is printed as data, never as markup)."""
    for todo in todos:
        if todo.schema_codes:
            stream.write(f"{todo.path}: fix the schema errors first ({', '.join(todo.schema_codes)}); "
                         "`collabagree check` shows them\n\n")
            continue
        if not todo.sections:
            stream.write(f"{todo.path}: nothing left to fill in, confirm or add\n")
        else:
            stream.write(f"{todo.path}: {_plural(todo.count(), 'item')} left in "
                         f"{_plural(len(todo.sections), 'section')}\n")
            present = [section for section in todo.sections if section.present]
            absent = [section for section in todo.sections if not section.present]
            width = max((len(section.section) for section in present), default=0)
            for section in present:
                stream.write(f"  {section.section:<{width}}  {section_line(section)}\n")
            if absent:
                added = [item for section in absent for item in _grouped(
                    [(what if what == section.section else f"{section.section}.{what}", code)
                     for what, code in section.missing])]
                stream.write(f"  sections to add: {', '.join(added)}\n")
        if todo.other:
            stream.write(f"  and {_plural(todo.other, 'other finding')}: `collabagree check "
                         f"{todo.path}` shows {'it' if todo.other == 1 else 'them'}\n")
        stream.write("\n")
    total = sum(todo.count() for todo in todos)
    stream.write(f"{_plural(total, 'item')} left in {_plural(len(todos), 'agreement')}. Replace "
                 "each placeholder, confirm each `# TODO` default (then delete the comment), and "
                 "add what is missing.\n")


def write_todo_json(todos: list[AgreementTodo], stream: TextIO) -> None:
    """One JSON document: an object per agreement."""
    document = {"version": JSON_VERSION, "files": len(todos),
                "agreements": [todo.to_dict() for todo in todos],
                "summary": {"items": sum(todo.count() for todo in todos)}}
    json.dump(document, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def write_todo(report: Report, settings: Settings, stdout: TextIO) -> None:
    """The to-do view in the chosen format; with --output-file it goes there too, in that
    format, and the terminal gets the text."""
    if settings.output_format not in TODO_FORMATS:
        raise UsageError(f"--todo shows 'full' or 'json' output, not '{settings.output_format}'")
    todos = [agreement_todo(result) for result in report.agreements]
    terminal_format = settings.output_format
    if settings.output_file is not None:
        buffer = io.StringIO()
        _write(todos, settings.output_format, buffer)
        write_output_file(settings.output_file, buffer.getvalue())
        terminal_format = "full"
    if not todos:
        (sys.stderr if terminal_format == "json" else stdout).write(NO_AGREEMENTS)
        if terminal_format != "json":
            return
    _write(todos, terminal_format, stdout)


def _write(todos: list[AgreementTodo], output_format: str, stream: TextIO) -> None:
    if output_format == "json":
        write_todo_json(todos, stream)
    else:
        write_todo_text(todos, stream)
