"""Field kinds marked on the model's types, and the lists derived from them.

A field's kind lives on its type: `Text` is `Annotated[str, PROSE]`, `PartyRef` is
`Annotated[str, PARTY]`, and each top-level section of `Agreement` carries its coverage
`CoverageArea`. Walking the model classes once gives what used to be three hand-kept lists beside
the model: the prose fields (placeholders, binding words and the renderer's Markdown
whitelist), every place a party id is named (rule REF001), and the sections with their
coverage areas. Adding a field with the right type is all it takes to be in them.

Patterns are written in YAML key spelling: `[]` means every item of a list, `*` every value
of a mapping, `<key>` every key of a mapping.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel


@dataclass(frozen=True, slots=True)
class Prose:
    """Marks prose ("text" in FORMAT.md): a small Markdown subset is honoured when rendering."""


@dataclass(frozen=True, slots=True)
class PartyReference:
    """Marks a field typed *party*: it names a declared party's id (checked by REF001).

    `also` lists other words the field may hold instead (`joint` for a joint owner).
    """

    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CoverageArea:
    """The coverage area of a top-level section (`check --coverage`)."""

    name: str


PROSE = Prose()
PARTY = PartyReference()

Step = tuple[str, str]
"""One step of a compiled pattern: (`key`, YAML key), or (`[]`, ``), (`*`, ``), (`<key>`, ``)."""


@dataclass(frozen=True, slots=True)
class FieldPattern:
    """A field of a kind: its YAML pattern and the steps that reach it."""

    pattern: str
    steps: tuple[Step, ...]
    marker: Any


def _unwrap(annotation: Any) -> tuple[Any, tuple[Any, ...]]:
    """Strip Optional and Annotated; return the bare type and the markers found on the way."""
    markers: list[Any] = []
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation, *extra = get_args(annotation)
            markers.extend(extra)
        elif origin in (Union, types.UnionType):
            options = [arg for arg in get_args(annotation) if arg is not type(None)]
            if len(options) != 1:
                return annotation, tuple(markers)  # a real union (str | int): a leaf
            annotation = options[0]
        else:
            return annotation, tuple(markers)


def _walk_type(annotation: Any, steps: tuple[Step, ...], seen: frozenset[type]) -> list[FieldPattern]:
    bare, markers = _unwrap(annotation)
    found = [FieldPattern(_pattern(steps), steps, marker) for marker in markers
             if isinstance(marker, (Prose, PartyReference))]
    origin = get_origin(bare)
    if origin in (Union, types.UnionType):
        # A real union (`Text | int | float`): each option may carry its own marker.
        for option in get_args(bare):
            found.extend(item for item in _walk_type(option, steps, seen) if item not in found)
    elif origin is list:
        (item,) = get_args(bare)
        found.extend(_walk_type(item, steps + (("[]", ""),), seen))
    elif origin is dict:
        key, value = get_args(bare)
        _key_bare, key_markers = _unwrap(key)
        found.extend(FieldPattern(_pattern(steps + (("<key>", ""),)), steps + (("<key>", ""),), marker)
                     for marker in key_markers if isinstance(marker, PartyReference))
        found.extend(_walk_type(value, steps + (("*", ""),), seen))
    elif isinstance(bare, type) and issubclass(bare, BaseModel) and bare not in seen:
        for name, info in bare.model_fields.items():
            key = info.alias or name
            # pydantic moves a field's outer `Annotated` markers into `info.metadata`.
            annotation = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
            found.extend(_walk_type(annotation, steps + ((name, key),), seen | {bare}))
    elif origin is Literal or bare in (str, int, float, bool):
        pass
    return found


def _pattern(steps: tuple[Step, ...]) -> str:
    text = ""
    for attribute, key in steps:
        if attribute == "[]":
            text += "[]"
        elif attribute in ("*", "<key>"):
            text += "." + attribute
        else:
            text += ("." if text else "") + key
    return text


@cache
def field_patterns(model: type[BaseModel]) -> tuple[FieldPattern, ...]:
    """Every prose and party-reference field of `model`, in field order."""
    return tuple(_walk_type(model, (), frozenset()))


def prose_patterns(model: type[BaseModel]) -> tuple[FieldPattern, ...]:
    """The prose fields of `model`."""
    return tuple(p for p in field_patterns(model) if isinstance(p.marker, Prose))


def party_patterns(model: type[BaseModel]) -> tuple[FieldPattern, ...]:
    """The party-reference fields of `model` (values and mapping keys)."""
    return tuple(p for p in field_patterns(model) if isinstance(p.marker, PartyReference))


def section_areas(model: type[BaseModel]) -> dict[str, str]:
    """Top-level YAML key -> its coverage area, for every section that declares one."""
    areas: dict[str, str] = {}
    for name, info in model.model_fields.items():
        for marker in info.metadata:
            if isinstance(marker, CoverageArea):
                areas[info.alias or name] = marker.name
    return areas


def sections(model: type[BaseModel]) -> tuple[str, ...]:
    """The top-level YAML keys of `model`, in format order."""
    return tuple(info.alias or name for name, info in model.model_fields.items())


def iter_pattern(node: Any, steps: tuple[Step, ...], path: tuple[str | int, ...] = (),
                 *, attributes: bool = False) -> Any:
    """Yield `(yaml_path, value, at_key)` for every value a compiled pattern reaches.

    `node` is plain data (dicts and lists, YAML keys) or, with `attributes`, a model
    instance (attribute names). Missing and None values are skipped.
    """
    if node is None:
        return
    if not steps:
        yield path, node, False
        return
    (attribute, key), rest = steps[0], steps[1:]
    if attribute == "[]":
        if isinstance(node, list):
            for index, item in enumerate(node):
                yield from iter_pattern(item, rest, path + (index,), attributes=attributes)
    elif attribute == "*":
        if isinstance(node, dict):
            for name, value in node.items():
                yield from iter_pattern(value, rest, path + (name,), attributes=attributes)
    elif attribute == "<key>":
        if isinstance(node, dict):
            for name in node:
                yield path + (name,), name, True
    elif attributes:
        yield from iter_pattern(getattr(node, attribute, None), rest, path + (key,), attributes=True)
    elif isinstance(node, dict) and key in node:
        yield from iter_pattern(node[key], rest, path + (key,))
