"""Split text into user-perceived characters (grapheme clusters), with the standard library.

A reader sees `e` + U+1AB0, `1` + U+FE0F + U+20E3 (the keycap 1️⃣), a flag made of two
regional indicators or a family joined by U+200D as *one* character, and a font shows such a
cluster as a unit or not at all; so the PDF's glyph check (`pdf_text`) judges and replaces
whole clusters. The rules are those of Unicode's extended grapheme clusters (UAX #29) that
matter for that, computed from `unicodedata` rather than a dependency:

- combining marks (categories Mn, Me, Mc), ZWJ and ZWNJ, emoji skin-tone modifiers and tag
  characters (U+E0020-U+E007F) join the character before them;
- the character after a ZWJ joins it (emoji ZWJ sequences);
- regional indicators pair up (flags);
- Hangul jamo join into syllables;
- controls, line breaks and other format characters (bidi controls, U+200B, U+FEFF) stand
  alone, and a mark after them starts a cluster of its own.

Where these rules are coarser than UAX #29 (any character after a ZWJ joins, not only
pictographs), a cluster is only longer, and the font check is then stricter, never looser.
"""

from __future__ import annotations

import unicodedata

ZWJ = "\u200d"
_ZWNJ = "\u200c"
_MARKS = frozenset({"Mn", "Me", "Mc"})
_CONTROLS = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
_HANGUL_L = (0x1100, 0x115F), (0xA960, 0xA97C)
_HANGUL_V = (0x1160, 0x11A7), (0xD7B0, 0xD7C6)
_HANGUL_T = (0x11A8, 0x11FF), (0xD7CB, 0xD7FB)


def _within(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


def _is_extend(ch: str) -> bool:
    code = ord(ch)
    if ch in (ZWJ, _ZWNJ) or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return True
    return unicodedata.category(ch) in _MARKS


def starts_with_extend(cluster: str) -> bool:
    """Whether `cluster` begins with a combining character (a mark with no base of its own)."""
    return bool(cluster) and _is_extend(cluster[0])


def _is_control(ch: str) -> bool:
    return ch == "\n" or (unicodedata.category(ch) in _CONTROLS and not _is_extend(ch))


def _hangul_kind(ch: str) -> str:
    """L, V, T, LV or LVT for Hangul jamo and syllables, "" for anything else."""
    code = ord(ch)
    if 0xAC00 <= code <= 0xD7A3:
        return "LV" if (code - 0xAC00) % 28 == 0 else "LVT"
    if _within(code, _HANGUL_L):
        return "L"
    if _within(code, _HANGUL_V):
        return "V"
    if _within(code, _HANGUL_T):
        return "T"
    return ""


_HANGUL_JOINS = {
    "L": {"L", "V", "LV", "LVT"}, "V": {"V", "T"}, "LV": {"V", "T"}, "T": {"T"}, "LVT": {"T"},
}


def _is_regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def clusters(text: str) -> list[str]:
    """`text` as a list of grapheme clusters; ``"".join(clusters(text)) == text``."""
    if text.isascii():
        return list(text)
    out: list[str] = []
    current: list[str] = []
    regional_run = 0  # regional indicators in the current cluster
    for ch in text:
        if current and _joins(current[-1], ch, regional_run):
            current.append(ch)
            regional_run += _is_regional(ch)
            continue
        if current:
            out.append("".join(current))
        current = [ch]
        regional_run = int(_is_regional(ch))
    if current:
        out.append("".join(current))
    return out


def _joins(previous: str, ch: str, regional_run: int) -> bool:
    """Whether `ch` continues the cluster whose last character is `previous`."""
    if _is_control(previous) or _is_control(ch):
        return False
    if _is_extend(ch):
        return True
    if previous == ZWJ:
        return True
    if _is_regional(previous) and _is_regional(ch):
        return regional_run % 2 == 1
    kind = _hangul_kind(previous)
    return bool(kind) and _hangul_kind(ch) in _HANGUL_JOINS[kind]
