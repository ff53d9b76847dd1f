"""iCalendar (RFC 5545) content lines, written by hand: escaping, folding and dates."""

from __future__ import annotations

import re
from datetime import date

CRLF = "\r\n"
MAX_LINE_OCTETS = 75

# TEXT may hold no control characters except tab (RFC 5545 3.3.11); newlines are escaped.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, newlines as `\\n`."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets (CRLF and one space before each continuation),
    never inside a UTF-8 sequence; returns the line with its final CRLF."""
    data = line.encode("utf-8")
    pieces: list[bytes] = []
    limit = MAX_LINE_OCTETS
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # a continuation byte: step back
            cut -= 1
        pieces.append(data[:cut])
        data = data[cut:]
        limit = MAX_LINE_OCTETS - 1  # the leading space counts towards the 75
    pieces.append(data)
    return (CRLF + " ").join(piece.decode("utf-8") for piece in pieces) + CRLF


def content_line(name: str, value: str, /, **params: str) -> str:
    """`NAME;PARAM=VALUE:value`, folded. `value` must already be escaped where it is TEXT."""
    head = name + "".join(f";{key.replace('_', '-').upper()}={param}" for key, param in params.items())
    return fold(f"{head}:{value}")


def format_date(day: date) -> str:
    """A DATE value, `YYYYMMDD`."""
    return day.strftime("%Y%m%d")


def format_utc_midnight(day: date) -> str:
    """A UTC DATE-TIME at the start of `day`, `YYYYMMDDT000000Z` (for DTSTAMP)."""
    return f"{format_date(day)}T000000Z"
