"""Build Python values from YAML scalars with the YAML 1.2 core schema (plus dates).

Only null, booleans, integers, floats, strings and ISO dates exist here: no tag can
construct an object. Plain scalars are resolved by pattern; quoted ones are strings.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Any

_TAG = "tag:yaml.org,2002:"
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(nan|NaN|NAN)\Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\Z")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}")
_MAX_DIGITS = 4000  # Python refuses longer int conversions; say so ourselves


class UnreadableScalar(ValueError):
    """A scalar that cannot become a value; `unsafe` marks a refused tag (SCH007)."""

    def __init__(self, message: str, *, unsafe: bool = False) -> None:
        super().__init__(message)
        self.unsafe = unsafe


def construct_scalar(event: Any) -> Any:
    """The Python value of a ruamel `ScalarEvent` under the core schema."""
    value: str = event.value
    tag = event.tag
    if tag in (None, "!"):
        if tag is None and not event.style:  # plain style: None (pure parser) or "" (libyaml)
            return resolve_plain(value)
        return value
    if not tag.startswith(_TAG):
        raise UnreadableScalar(f"the tag {tag} is not allowed; only plain YAML values are accepted",
                               unsafe=True)
    kind = tag[len(_TAG):]
    if kind == "str":
        return value
    if kind == "null":
        return None
    if kind == "bool":
        if value in _TRUE or value in _FALSE:
            return value in _TRUE
        raise UnreadableScalar(f"'{value}' is not true or false")
    if kind == "int":
        result = resolve_plain(value)
        if isinstance(result, int) and not isinstance(result, bool):
            return result
        raise UnreadableScalar(f"'{value}' is not a whole number")
    if kind == "float":
        result = resolve_plain(value)
        if isinstance(result, (int, float)) and not isinstance(result, bool):
            return float(result)
        raise UnreadableScalar(f"'{value}' is not a number")
    if kind == "timestamp":
        result = resolve_plain(value)
        if isinstance(result, (date, datetime)):
            return result
        raise UnreadableScalar(f"'{value}' is not a date (use YYYY-MM-DD)")
    raise UnreadableScalar(f"the tag {tag} is not allowed; only plain YAML values are accepted",
                           unsafe=True)


def resolve_plain(value: str) -> Any:
    """Resolve an untagged plain scalar: null, bool, int, float, date or string."""
    if value in _NULL:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    first = value[0]
    if first.isdigit() or first in "+-.":
        return _resolve_number_or_date(value)
    return value


def _resolve_number_or_date(value: str) -> Any:
    if _INT.match(value):
        if len(value) > _MAX_DIGITS:
            raise UnreadableScalar("this number is too long to be read")
        return int(value)
    if _OCT.match(value):
        return int(value[2:], 8)
    if _HEX.match(value):
        return int(value[2:], 16)
    if _FLOAT.match(value):
        number = float(value)
        return number
    if _INF.match(value):
        return -math.inf if value.startswith("-") else math.inf
    if _NAN.match(value):
        return math.nan
    if _DATE.match(value):
        try:
            year, month, day = (int(part) for part in value.split("-"))
            return date(year, month, day)
        except ValueError:
            return value  # keep the text; the schema reports it as a bad date
    if _DATETIME.match(value):
        try:
            return datetime.fromisoformat(value.replace("t", "T"))
        except ValueError:
            return value
    return value
