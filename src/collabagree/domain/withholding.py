"""Withholding grounds of each freedom of information regime, for redactions (PUBLICATION.md).

A redaction names a `ground` of its regime "as that Act writes it": `s43(2)`, `s9(2)(b)(ii)`,
`s47F`, `Sch 1 cl 5`. This module holds, per `FoiRegime` code with an Act, the grounds the
research found, each with its title ("Commercial interests"), how the regime classifies it,
its source and whether the research confirmed number and title (`confirmed`). Rule PUB001
accepts every listed ground; it may say that an unconfirmed one is unconfirmed.

`normalise_ground` turns the ways people write a ground ("section 43(2)", "s.43(2)",
"Schedule 1, clause 5", "clause 5 of Schedule 1") into the canonical form the tables use, and
`find_ground` looks one up, accepting a more specific form of a listed ground (`s31(1)(a)`
under `s31`) as that ground.

The tables themselves are data in `withholding_uk`, `withholding_nz` and `withholding_au`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from collabagree.domain import withholding_au, withholding_nz, withholding_uk
from collabagree.domain.sources import Source


@dataclass(frozen=True, slots=True)
class Ground:
    """One exemption or withholding ground of a regime."""

    ground: str
    """The canonical form: "s43(2)", "s9(2)(b)(ii)", "s47F", "Sch 1 cl 5", "s14 Table item 1(a)"."""
    title: str
    """A short title in the Act's or the regulator's words: "Commercial interests"."""
    kind: str
    """How the regime classifies it ("absolute", "qualified", "conclusive", ...); "" if unknown."""
    source: Source
    confirmed: bool = True
    """False where the research saw neither the number nor the title in a stored source."""
    note: str = ""
    """Why the ground is unconfirmed, or a caution (a renumbering, a changed wording)."""


@dataclass(frozen=True, slots=True)
class RegimeGrounds:
    """The grounds of one regime, and whether its Act provides for partial release."""

    regime: str
    """The `FoiRegime` code."""
    act: str
    source: Source
    grounds: tuple[Ground, ...]
    partial_release: Source | None
    """The provision for releasing a document with parts deleted; None where the research found
    no such provision or could not confirm it (the note says which)."""
    note: str = ""
    """Cautions about the table as a whole: partial release, coverage, currency."""

    def by_ground(self) -> dict[str, Ground]:
        """The grounds keyed by canonical form."""
        return {ground.ground: ground for ground in self.grounds}


def _build(raw: withholding_uk.RawRegime) -> RegimeGrounds:
    """A `RegimeGrounds` from a data module's plain tuple."""
    code, act, source, partial_release, note, rows = raw
    grounds = tuple(Ground(ground, title, kind, row_source, confirmed, row_note)
                    for ground, title, kind, row_source, confirmed, row_note in rows)
    return RegimeGrounds(code, act, source, grounds, partial_release, note)


GROUNDS: dict[str, RegimeGrounds] = {
    regime.regime: regime
    for regime in map(_build, (*withholding_uk.REGIMES, *withholding_nz.REGIMES, *withholding_au.REGIMES))
}
"""Every FoiRegime code that has an Act (not `none` or `other`), with its grounds."""

_INDEX: dict[str, dict[str, Ground]] = {code: regime.by_ground() for code, regime in GROUNDS.items()}
_LONGEST = max(len(key) for index in _INDEX.values() for key in index)


# -- Normalising --------------------------------------------------------------------------

_KEYWORDS = {
    "s": "s", "sec": "s", "sect": "s", "section": "s",
    "sch": "Sch", "sched": "Sch", "schd": "Sch", "schedule": "Sch",
    "pt": "Pt", "part": "Pt",
    "cl": "cl", "cls": "cl", "clause": "cl",
    "item": "item",
    "table": "Table", "tbl": "Table",
}
_IGNORED = frozenset({"of", "the", ",", ".", ":"})
_RANK = {"Sch": 0, "Pt": 1}
_TOKEN = re.compile(r"[a-z]+|\d[\d.]*[a-z]*|\([^()]*\)|\S")
_AROUND_PARENS = re.compile(r"\s*([()])\s*")
_DOTTED = re.compile(r"s(\d+)\.\d")


MAX_GROUND_LENGTH = 80
"""No ground of any regime is written in more characters than this."""


def normalise_ground(text: str) -> str:
    """The canonical form of a ground: "section 43(2)", "s.43(2)" and "S 43 (2)" all give
    "s43(2)"; "Schedule 1, clause 5" and "clause 5 of Schedule 1" give "Sch 1 cl 5"; "sch4 pt4
    s6" gives "Sch 4 Pt 4 s6". A bare number is a section ("43(2)" gives "s43(2)"). Text that
    is not a ground comes back with its spaces tidied, so it matches nothing. Linear time."""
    tidy = " ".join(text.split())
    if len(tidy) > MAX_GROUND_LENGTH:
        return tidy  # far longer than any ground: not one, and no need to read it
    tokens = [m.group() for m in _TOKEN.finditer(_AROUND_PARENS.sub(r"\1", tidy.lower()))]
    parts: list[tuple[str, list[str], list[str]]] = []  # (kind, [number], groups)
    for token in tokens:
        if token in _IGNORED:
            continue
        if token in _KEYWORDS:
            parts.append((_KEYWORDS[token], [], []))
        elif token[0].isdigit():
            if not parts:
                parts.append(("s", [], []))
            elif parts[-1][1] or parts[-1][0] == "Table":
                return tidy
            parts[-1][1].append(_upper_suffix(token.rstrip(".")))
        elif token.startswith("(") and len(token) > 2 and parts and parts[-1][1] and parts[-1][0] not in _RANK:
            parts[-1][2].append(f"({_group(token[1:-1].strip())})")
        else:
            return tidy
    if not parts or any(not number and kind != "Table" for kind, number, _ in parts):
        return tidy
    parts.sort(key=lambda part: _RANK.get(part[0], 2))
    return " ".join(_render(kind, "".join(number), "".join(groups)) for kind, number, groups in parts)


def _upper_suffix(number: str) -> str:
    """"47f" -> "47F", "1.1a" -> "1.1A": a letter after a section number is a capital."""
    digits = number.rstrip("abcdefghijklmnopqrstuvwxyz")
    return digits + number[len(digits):].upper()


def _group(inner: str) -> str:
    """A parenthesised group: "1a" -> "1A" (a subsection), "ba" and "ii" stay lower case."""
    return _upper_suffix(inner) if inner[:1].isdigit() else inner


def _render(kind: str, number: str, groups: str) -> str:
    if kind == "s":
        return f"s{number}{groups}"
    if kind == "Table":
        return "Table"
    return f"{kind} {number}{groups}"


# -- Looking up ---------------------------------------------------------------------------

def find_ground(regime: str, text: str) -> Ground | None:
    """The ground of `regime` that `text` names, or None (unknown regime or ground).

    The text is normalised first. A more specific form of a listed ground is that ground
    (`s31(1)(a)` finds `s31`), but a less specific one is not (`s9(2)(b)` is not `s9(2)(b)(i)`).
    A bare clause means a clause of Schedule 1 (`cl 5` in GIPA, WA or SA), a bare table item an
    item of the s14 Table (GIPA), and a dotted section its schedule (`s1.2` is `Sch 1 s1.2`, ACT)."""
    index = _INDEX.get(regime)
    if index is None:
        return None
    key = normalise_ground(text)
    if len(key) > _LONGEST + 40:  # longer than any listed ground could be refined to: bounded work
        return None
    candidates = [key]
    if key.startswith("cl "):
        candidates.append(f"Sch 1 {key}")
    elif key.startswith("Table "):
        candidates.append(f"s14 {key}")
    elif dotted := _DOTTED.match(key):
        candidates.append(f"Sch {dotted.group(1)} {key}")
    for candidate in candidates:
        while True:
            if candidate in index:
                return index[candidate]
            if not candidate.endswith(")"):
                break
            candidate = candidate[:candidate.rfind("(")]
    return None


def regimes_with_tables() -> str:
    """`FOIA2000, FOISA2002, ... and IA2002_NT`, for PUB001's message."""
    codes = list(GROUNDS)
    return ", ".join(codes[:-1]) + " and " + codes[-1]
