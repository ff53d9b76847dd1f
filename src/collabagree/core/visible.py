"""Text from agreements and file names, made safe to print on a terminal or in a CI log.

Values and paths are the user's: an `id` can hold `ESC ] 52` (write the clipboard), a file
name a newline followed by `::error` (a forged GitHub workflow command). Every command
prints them through `visible`, which writes each character that could act on a terminal
or break a line as a backslash escape, one convention everywhere:

- C0 controls (tab, newline and carriage return included), DEL and the C1 controls (NEL
  U+0085 included) as `\\x1b`, `\\x0a`, `\\x85`;
- bidirectional overrides, embeddings, isolates and marks (U+202A-U+202E, U+2066-U+2069,
  U+200E, U+200F, U+061C), which reorder what is shown, and the line and paragraph
  separators U+2028 and U+2029, as `\\u202e`, `\\u2028`.

Everything else, backslashes included, is printed as it is: a path such as `C:\\x1b` reads
the same either way and cannot do anything. Formats that escape by their own rules (JSON,
SARIF, CSV, iCalendar) do not use this.
"""

from __future__ import annotations

import re

_CONTROL = "\x00-\x1f\x7f-\x9f"
_LAYOUT = "\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_SHOWN = re.compile(f"[{_CONTROL}{_LAYOUT}]")


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, keep: str = "") -> str:
    """`text` with every control, bidirectional formatting character and line separator
    written as an escape (`\\x1b`, `\\u202e`), except the characters in `keep`.

    The result never holds a line break (unless `keep` allows one), so a value printed on
    one line stays on one line.
    """
    # Every character escaped here is unprintable, so printable text (nearly all) is returned
    # without a search.
    if text.isprintable():
        return text
    if not keep:
        return _SHOWN.sub(lambda match: _escape(match.group(0)), text)
    return _SHOWN.sub(lambda match: match.group(0) if match.group(0) in keep else _escape(match.group(0)),
                      text)


def blanked(text: str, keep: str = "\t") -> str:
    """`text` with each character `visible` would escape replaced by U+FFFD, one for one,
    so that columns still line up (for source lines shown under a finding)."""
    if text.isprintable():
        return text
    return _SHOWN.sub(lambda match: match.group(0) if match.group(0) in keep else "\ufffd", text)
