"""docs/format.md documents every field of the agreement models, and nothing else.

The models under `collabagree.model` are walked field by field, by YAML key (alias), giving
dotted paths such as `parties[].contact.role` (`[]` for each item of a list). Each path must
be the first cell of a row in one of the page's field tables (header `Field | Type | Required
| What it is for`), under the heading of its top-level section (for `parties[].contact.role`,
the heading `parties` in backticks). The row's Required column must say what the schema
says, every allowed value of an enumerated field must appear in its row, and the sections must
come in the order of the file. A field added to a
model without a row here, a row left behind for a field that is gone, or a row that says a
field is optional when the schema requires it all fail.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import pytest
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from collabagree.model import Agreement
from support import ROOT

FORMAT_DOC = ROOT / "docs" / "format.md"
_HEADING = re.compile(r"^(#{2,6})\s+(.*?)\s*$")
_CODE_SPAN = re.compile(r"`([^`]+)`")
FIELD_TABLE_HEADER = ("Field", "Type", "Required", "What it is for")


@dataclass(frozen=True)
class ModelField:
    """One field of the models, by its YAML path."""

    path: str
    info: FieldInfo


@dataclass(frozen=True)
class DocRow:
    """One row of a field table in docs/format.md."""

    path: str
    cells: tuple[str, ...]
    heading: str
    line: int


def _flatten(annotation: Any) -> list[Any]:
    """The alternatives of an annotation, with Annotated and Optional/Union unwrapped."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _flatten(typing.get_args(annotation)[0])
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [inner for arg in typing.get_args(annotation) for inner in _flatten(arg)]
    return [annotation]


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _sub_models(annotation: Any) -> Iterator[tuple[type[BaseModel], str]]:
    """Models nested in a field, with the path separator: `.` for a section, `[].` for a list."""
    for alternative in _flatten(annotation):
        if _is_model(alternative):
            yield alternative, "."
        elif typing.get_origin(alternative) is list:
            for item in typing.get_args(alternative):
                for inner in _flatten(item):
                    if _is_model(inner):
                        yield inner, "[]."
        elif typing.get_origin(alternative) is dict:
            for value in typing.get_args(alternative)[1:]:
                for inner in _flatten(value):
                    if _is_model(inner):
                        yield inner, ".*."


def model_fields(model: type[BaseModel] = Agreement, prefix: str = "") -> Iterator[ModelField]:
    """Every field of `model` and the models inside it, in declaration order."""
    for name, info in model.model_fields.items():
        path = prefix + (info.alias or name)
        yield ModelField(path, info)
        for sub_model, separator in _sub_models(info.annotation):
            yield from model_fields(sub_model, path + separator)


def literal_values(annotation: Any) -> list[str]:
    """The allowed values of the Literal types in an annotation (also inside lists)."""
    found: list[str] = []
    for alternative in _flatten(annotation):
        if typing.get_origin(alternative) is Literal:
            found.extend(str(value) for value in typing.get_args(alternative))
        elif typing.get_origin(alternative) in (list, dict):
            for arg in typing.get_args(alternative):
                found.extend(literal_values(arg))
    return found


def _cells(line: str) -> tuple[str, ...]:
    # `\|` inside a cell is an escaped pipe, not a column border.
    parts = re.split(r"(?<!\\)\|", line.strip())
    return tuple(part.strip() for part in parts[1:-1])


def doc_rows(text: str) -> list[DocRow]:
    """The rows of every field table (header `| Field | Type | Required | What it is for |`)."""
    rows: list[DocRow] = []
    heading = ""
    lines = text.splitlines()
    in_field_table = False
    for number, line in enumerate(lines, start=1):
        match = _HEADING.match(line)
        if match:
            heading = match.group(2)
            in_field_table = False
            continue
        if not line.startswith("|"):
            in_field_table = False
            continue
        cells = _cells(line)
        if cells == FIELD_TABLE_HEADER:
            in_field_table = True
            continue
        if not in_field_table or set(line.replace("|", "").strip()) <= {"-", ":", " "}:
            continue
        first = _CODE_SPAN.fullmatch(cells[0])
        assert first, (f"docs/format.md:{number}: a field table row must start with the "
                       "field's path in backticks")
        rows.append(DocRow(first.group(1), cells, heading, number))
    return rows


@pytest.fixture(scope="module")
def rows() -> dict[str, DocRow]:
    found = doc_rows(FORMAT_DOC.read_text(encoding="utf-8"))
    by_path: dict[str, DocRow] = {}
    for row in found:
        assert row.path not in by_path, f"docs/format.md:{row.line}: `{row.path}` is documented twice"
        by_path[row.path] = row
    return by_path


FIELDS = list(model_fields())


def _reached_models(model: type[BaseModel] = Agreement) -> set[type[BaseModel]]:
    found = {model}
    for info in model.model_fields.values():
        for sub_model, _ in _sub_models(info.annotation):
            found |= _reached_models(sub_model)
    return found


def test_the_walk_covers_every_model() -> None:
    """Guard the walker itself: aliases are used, lists of models are entered, and every model
    class defined under `collabagree.model` is reached from `Agreement`."""
    import importlib
    import pkgutil

    import collabagree.model as package

    paths = {field.path for field in FIELDS}
    assert {"scope.in", "reporting[].from", "information.data_flows[].from",
            "parties[].contact.role", "document_control.history[].changes"} <= paths
    defined = set()
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{module_info.name}")
        defined |= {value for value in vars(module).values()
                    if _is_model(value) and value.__module__ == module.__name__
                    and value.model_fields}
    unreached = sorted(model.__name__ for model in defined - _reached_models())
    assert not unreached, f"models not reachable from Agreement, so not checked here: {unreached}"


def test_every_model_field_is_documented(rows: dict[str, DocRow]) -> None:
    missing = [f"`{field.path}` ({field.info.description})"
               for field in FIELDS if field.path not in rows]
    assert not missing, ("docs/format.md lacks a row for these fields; add one starting with "
                         "the path in backticks to the field table of its section:\n  "
                         + "\n  ".join(missing))


def test_every_documented_field_exists(rows: dict[str, DocRow]) -> None:
    known = {field.path for field in FIELDS}
    stale = [f"line {row.line}: `{path}`" for path, row in rows.items() if path not in known]
    assert not stale, "docs/format.md documents fields the models do not have: " + ", ".join(stale)


def test_rows_sit_in_the_section_of_their_top_level_key(rows: dict[str, DocRow]) -> None:
    problems = []
    for field in FIELDS:
        row = rows.get(field.path)
        top = re.split(r"[.\[]", field.path, maxsplit=1)[0]
        if row is not None and row.heading != f"`{top}`":
            problems.append(f"line {row.line}: `{field.path}` is under '{row.heading}', not `{top}`")
    assert not problems, "docs/format.md:\n  " + "\n  ".join(problems)


def test_required_column_matches_the_schema(rows: dict[str, DocRow]) -> None:
    problems = []
    for field in FIELDS:
        row = rows.get(field.path)
        if row is None:
            continue
        expected = "yes" if field.info.is_required() else "no"
        said = row.cells[2] if len(row.cells) >= 4 else "(no Required column)"
        if said != expected:
            problems.append(f"line {row.line}: `{field.path}` says Required '{said}', "
                            f"the schema says '{expected}'")
    assert not problems, "docs/format.md:\n  " + "\n  ".join(problems)


def test_enumerated_values_are_all_listed(rows: dict[str, DocRow]) -> None:
    """Each allowed value is in the field's row, or in the row of a field the row refers to
    ("one of the `agreement.jurisdiction` codes")."""
    problems = []
    for field in FIELDS:
        allowed = literal_values(field.info.annotation)
        row = rows.get(field.path)
        if not allowed or row is None:
            continue
        spans = set(_CODE_SPAN.findall(" | ".join(row.cells)))
        for referenced in sorted(spans & rows.keys() - {field.path}):
            spans |= set(_CODE_SPAN.findall(" | ".join(rows[referenced].cells)))
        missing = [value for value in allowed if value not in spans]
        if missing:
            problems.append(f"line {row.line}: `{field.path}` does not list "
                            + ", ".join(f"`{value}`" for value in missing))
    assert not problems, "docs/format.md:\n  " + "\n  ".join(problems)


def test_sections_follow_the_order_of_the_file(rows: dict[str, DocRow]) -> None:
    top_level = [field.path for field in FIELDS if not re.search(r"[.\[]", field.path)]
    documented = sorted((row.line, row.path) for row in rows.values() if row.path in top_level)
    assert [path for _, path in documented] == top_level


def test_page_covers_conventions_and_defaults() -> None:
    """The parts of the page that are not field tables, which a reader needs as much."""
    text = FORMAT_DOC.read_text(encoding="utf-8")
    for needed in ("## Conventions", "## Defined terms", "## What each agreement type needs",
                   "## Rule packs (profiles)", "## Format versions",
                   "# yaml-language-server: $schema=", "`*emphasis*`", "`**strong**`", "mailto",
                   "lower-case letter"):
        assert needed in text, f"docs/format.md lacks {needed!r}"
    for profile in ("aps_charter", "vic_cross_sector", "nz_partnering", "uk_compact"):
        assert f"| `{profile}` |" in text, f"docs/format.md: the rule pack table lacks {profile}"
    for internal in (r"\.\./shared", r"\bSRC\d", r"elements\.md", r"\bseeds?\b"):
        assert not re.search(internal, text), f"docs/format.md mentions internal material {internal!r}"


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    following = re.search(r"^#{2,6} ", text[start + len(heading):], flags=re.MULTILINE)
    return text[start:start + len(heading) + (following.start() if following else len(text))]


def test_defaults_match_the_models() -> None:
    """The Defaults table names every defaulted field, the public kinds and the locales."""
    from collabagree.domain.jurisdictions import JURISDICTIONS
    from collabagree.model.enums import PUBLIC_KINDS

    defaults = _section(FORMAT_DOC.read_text(encoding="utf-8"), "### Defaults")
    for path in ("agreement.status", "agreement.locale", "parties[].public_authority",
                 "parties[].jurisdiction"):
        assert f"| `{path}` |" in defaults, f"the Defaults table lacks `{path}`"
    for kind in sorted(PUBLIC_KINDS):
        assert f"`{kind}`" in defaults, f"the Defaults table does not name the public kind {kind}"
    for locale in sorted({record.locale for record in JURISDICTIONS.values()}):
        assert f"`{locale}`" in defaults, f"the Defaults table does not name the locale {locale}"
