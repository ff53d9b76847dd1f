"""Schema validation: loaded data -> `Agreement`, with every problem as an SCH finding.

Pydantic reports errors by `loc`; we walk that tuple over the data to find the YAML node
(skipping pydantic's union and validator segments), merge the several errors a union
produces for one value into one message, and word each message for a policy officer.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from collabagree.core.findings import Finding
from collabagree.core.positions import YamlPath, format_yaml_path
from collabagree.load.reader import LoadedFile
from collabagree.model import Agreement
from collabagree.schema.codes import schema_finding

FORMAT_VERSION = 1

_EXPECTED = {
    "bool_type": "true|false",
    "bool_parsing": "true|false",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "finite_number": "a finite number",
    "string_type": "text",
    "dict_type": "a mapping (key: value lines)",
    "model_type": "a mapping (key: value lines)",
    "model_attributes_type": "a mapping (key: value lines)",
    "list_type": "a list (lines starting with '- ')",
    "date_type": "a date in the form YYYY-MM-DD",
}

_GENERIC = {part for text in _EXPECTED.values() for part in text.split("|")}


def is_agreement_data(data: Any) -> bool:
    """True when the top level is a mapping with a `collabagree` key."""
    return isinstance(data, dict) and "collabagree" in data


def validate(loaded: LoadedFile) -> tuple[Agreement | None, list[Finding]]:
    """Validate a loaded file; returns the model (or None) and the SCH findings."""
    data = loaded.data
    if not is_agreement_data(data):
        what = "the file is empty" if data is None else "the file has no 'collabagree:' key at the top"
        return None, [schema_finding("SCH006", loaded.path, loaded.positions.value_span(()),
                                     f"{what}, so it is not a collabagree agreement "
                                     f"(start it with 'collabagree: {FORMAT_VERSION}')")]
    version = data["collabagree"]
    if version != FORMAT_VERSION or isinstance(version, bool):
        span = loaded.positions.value_span(("collabagree",))
        return None, [schema_finding("SCH006", loaded.path, span,
                                     f"format version {version!r} is not known to this release, "
                                     f"which reads version {FORMAT_VERSION}", "$.collabagree")]
    try:
        return Agreement.model_validate(data), []
    except ValidationError as error:
        return None, errors_to_findings(loaded, error)


def errors_to_findings(loaded: LoadedFile, error: ValidationError) -> list[Finding]:
    """One finding per problem node, in file order."""
    grouped: dict[tuple[YamlPath, str], list[Any]] = {}
    for item in error.errors(include_url=False):
        path, missing_key = _clean_loc(loaded.data, item["loc"], item["type"])
        grouped.setdefault((path, missing_key or ""), []).append(item)
    findings = [_finding(loaded, path, key, items) for (path, key), items in grouped.items()]
    return sorted(findings, key=Finding.sort_key)


def _clean_loc(data: Any, loc: tuple[Any, ...], kind: str) -> tuple[YamlPath, str | None]:
    """Keep the loc segments that exist in the data; return (path, missing key or None)."""
    path: list[str | int] = []
    node = data
    for index, segment in enumerate(loc):
        if segment == "[key]":
            path.append("[key]")
            continue
        if isinstance(node, dict) and isinstance(segment, str) and segment in node:
            node = node[segment]
            path.append(segment)
        elif isinstance(node, list) and isinstance(segment, int) and 0 <= segment < len(node):
            node = node[segment]
            path.append(segment)
        elif kind == "missing" and index == len(loc) - 1:
            return tuple(path), str(segment)
    return tuple(path), None


def _finding(loaded: LoadedFile, path: YamlPath, missing: str, items: list[dict[str, Any]]) -> Finding:
    kind = items[0]["type"]
    is_key_error = bool(path) and path[-1] == "[key]"
    node_path = path[:-1] if is_key_error else path
    where = format_yaml_path(node_path + ((missing,) if missing else ()))
    if kind == "missing":
        span = loaded.positions.value_span(node_path + (missing,))
        return schema_finding("SCH004", loaded.path, span,
                              f"'{missing}' is required here but missing", where)
    if kind == "extra_forbidden":
        span = loaded.positions.key_span(node_path)
        key = str(node_path[-1])
        hint = _closest(key, known_keys(node_path[:-1]))
        message = f"unknown key '{key}'" + (f"; did you mean '{hint}'?" if hint else "")
        if " " in key.strip() and not hint:
            # In a flow mapping `{a: x, y z: w}` an unquoted comma splits a value into a new key.
            message += "; if it is the rest of a value that contains a comma, put that value in quotes"
        elif key.strip().isdigit() and not hint:
            # `{amount: 60,000}`: the comma ends the number and `000` becomes a key.
            message += ("; if it is the rest of a number written with a comma (60,000), write the "
                        "number without commas (60000)")
        return schema_finding("SCH003", loaded.path, span, message, where)
    if is_key_error:
        span = loaded.positions.key_span(node_path)
        return schema_finding("SCH005", loaded.path, span,
                              f"key '{node_path[-1]}': {_value_message(items)}", where)
    span = loaded.positions.value_span(node_path)
    return schema_finding("SCH005", loaded.path, span, _value_message(items), where)


def _value_message(items: list[dict[str, Any]]) -> str:
    """Word the errors for one value: what was expected, and what was found."""
    expected: list[str] = []
    for item in items:
        kind = item["type"]
        if kind == "literal_error":
            options = [choice.strip(" '") for choice in item["ctx"]["expected"].replace(" or ", ", ").split(",")]
            expected.extend(options)
        elif kind == "string_pattern_mismatch":
            return _pattern_message(item)
        elif kind in _EXPECTED:
            expected.extend(_EXPECTED[kind].split("|"))
        elif kind.startswith(("date_", "greater_than", "less_than")) or kind == "value_error":
            return _strip_prefix(item["msg"])
        else:
            expected.append(_strip_prefix(item["msg"]))
    got = _show(items[0].get("input"))
    if "a whole number" in expected and "a number" in expected:
        expected = [option for option in expected if option != "a whole number"]
    choices = _join(list(dict.fromkeys(expected)))
    message = f"expected {choices}; got {got}"
    literal_options = [option for option in expected if option not in _GENERIC]
    if isinstance(items[0].get("input"), str) and literal_options:
        hint = _closest(items[0]["input"], literal_options)
        if hint:
            message += f"; did you mean '{hint}'?"
    if "text" in expected and isinstance(items[0].get("input"), (int, float)):
        message += "; put the value in quotes, e.g. \"1.0\""
    if ("a number" in expected or "a whole number" in expected) and isinstance(items[0].get("input"), str):
        plain = plain_number(items[0]["input"], whole="a number" not in expected)
        if plain is not None:
            message += f"; write {plain}"
    return message


# A currency sign or code, then digits with thousands separators or spaces, then a scale or a
# unit: "£60,000", "NZ$ 4.2m", "60 000 GBP", "30 days".
_MONEY = re.compile(r"^\s*(?:[A-Z]{2,3}\s*)?[A-Z]{0,2}[£$€¥]?\s*([0-9][0-9,\s_']*(?:\.[0-9]+)?)\s*"
                    r"([A-Za-z]+(?:\s+[A-Za-z]+)?)?\s*$")
_SCALES = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000,
           "bn": 1_000_000_000, "billion": 1_000_000_000}
_UNITS = frozenset({"gbp", "nzd", "aud", "usd", "eur", "dollars", "pounds", "days", "day",
                    "working days", "business days", "calendar days", "months", "month",
                    "hours", "hour", "per cent", "percent"})


def plain_number(text: str, whole: bool = False) -> str | None:
    """The plain number a text means, for the fix of a value error: '£60,000' -> '60000',
    'NZ$ 4.2m' -> '4200000', '30 days' -> '30'; None when the text is not a number with
    decoration. With `whole`, a number with a fraction is not offered as the fix."""
    match = _MONEY.match(text[:80])
    if match is None:
        return None
    digits = re.sub(r"[,\s_']", "", match.group(1))
    unit = (match.group(2) or "").lower()
    if unit in _SCALES:
        value = float(digits) * _SCALES[unit]
        digits = f"{value:.0f}" if value.is_integer() else f"{value:.2f}"
    elif unit and unit not in _UNITS:
        return None
    if whole and "." in digits:
        return None
    return digits


def _pattern_message(item: dict[str, Any]) -> str:
    pattern = item["ctx"]["pattern"]
    value = _show(item.get("input"))
    if pattern.startswith("^[a-z]"):
        return (f"{value} is not a valid party id: start with a lower-case letter, then up to 31 "
                "lower-case letters, digits, '-' or '_'")
    if pattern.startswith("^[A-Za-z][A-Za-z0-9_-]"):
        return (f"{value} is not a valid id: start with a letter, then up to 31 letters, digits, "
                "'-' or '_'")
    if pattern == "^[A-Z]{3}$":
        return f"{value} is not an ISO 4217 currency code such as GBP, NZD or AUD"
    return f"{value} is not in the expected form"


def known_keys(path: YamlPath) -> list[str]:
    """The keys the format allows in the mapping at `path` (for spelling suggestions)."""
    model: Any = Agreement
    for segment in path:
        if isinstance(segment, int) or not (isinstance(model, type) and issubclass(model, BaseModel)):
            continue
        for name, info in model.model_fields.items():
            if (info.alias or name) == segment:
                model = _inner_model(info.annotation)
                break
        else:
            return []
    if isinstance(model, type) and issubclass(model, BaseModel):
        return [info.alias or name for name, info in model.model_fields.items()]
    return []


def _inner_model(annotation: Any) -> Any:
    """The model class inside Optional[...] / list[...] annotations, if any."""
    stack = [annotation]
    while stack:
        current = stack.pop()
        if isinstance(current, type) and issubclass(current, BaseModel):
            return current
        origin = typing.get_origin(current)
        if origin in (list, typing.Union, types.UnionType):
            stack.extend(typing.get_args(current))
    return None


def _closest(word: str, options: list[str]) -> str | None:
    found = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return found[0] if found else None


def _join(options: list[str]) -> str:
    if len(options) <= 1:
        return options[0] if options else "something else"
    return ", ".join(options[:-1]) + " or " + options[-1]


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    text = repr(value) if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _strip_prefix(message: str) -> str:
    return message.removeprefix("Value error, ")
