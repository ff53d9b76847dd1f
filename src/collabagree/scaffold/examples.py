"""The shipped example agreements: listing them (`--list-examples`) and copying one
(`--example NAME`). Names are the file stems; a unique prefix is enough."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from collabagree.core.errors import UsageError
from collabagree.core.resources import data_dir

_MODELINE = re.compile(rb"\A# yaml-language-server: \$schema=[^\r\n]*")


@dataclass(frozen=True)
class Example:
    """One shipped example: its name, file, and what it is (read from the file itself)."""

    name: str
    path: Path
    type: str
    jurisdiction: str
    title: str


def _describe(path: Path) -> Example:
    from collabagree.load.reader import load_bytes

    data: Any = load_bytes(str(path), path.read_bytes()).data
    meta = data.get("agreement", {}) if isinstance(data, dict) else {}
    meta = meta if isinstance(meta, dict) else {}
    return Example(path.stem, path, str(meta.get("type", "?")), str(meta.get("jurisdiction", "?")),
                   str(meta.get("title", "")))


def list_examples(folder: Path | None = None) -> list[Example]:
    """Every example agreement, sorted by name."""
    folder = folder if folder is not None else data_dir("examples")
    return [_describe(path) for path in sorted(folder.glob("*.yaml"))]


def find_example(name: str, folder: Path | None = None) -> Example:
    """The example called `name`, or the only one whose name starts with it."""
    examples = list_examples(folder)
    names = ", ".join(example.name for example in examples) or "none are installed"
    wanted = name.strip().removesuffix(".yaml")
    exact = [example for example in examples if example.name == wanted]
    if exact:
        return exact[0]
    matches = [example for example in examples if example.name.startswith(wanted)] if wanted else []
    if len(matches) == 1:
        return matches[0]
    if matches:
        found = ", ".join(example.name for example in matches)
        raise UsageError(f"--example '{name}' matches several examples ({found}); give more of the name")
    raise UsageError(f"--example '{name}' is not a shipped example; choose one of: {names}")


def example_bytes(example: Example, schema_ref: str) -> bytes:
    """The example's bytes, with its modeline pointing at `schema_ref` (the shipped files
    point at the schema relative to the repository, which is wrong once copied elsewhere)."""
    raw = example.path.read_bytes()
    line = f"# yaml-language-server: $schema={schema_ref}".encode()
    if _MODELINE.match(raw):
        return _MODELINE.sub(lambda _match: line, raw, count=1)
    return line + b"\n" + raw


def format_listing(examples: list[Example]) -> str:
    """One line per example: name, type, jurisdiction and title, in aligned columns."""
    if not examples:
        return "No example agreements are installed.\n"
    rows = [("NAME", "TYPE", "JURISDICTION", "TITLE")]
    rows += [(e.name, e.type, e.jurisdiction, e.title) for e in examples]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return "".join(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}".rstrip() + "\n"
                   for row in rows)
