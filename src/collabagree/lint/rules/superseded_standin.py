"""A stand-in for `collabagree.domain.superseded` (GEN004's table), used until that module is
merged from the `layout` branch; delete this file then.

Same interface: `SUPERSEDED` and `find_superseded(text) -> list[(entry, offset)]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from collabagree.domain import sources
from collabagree.domain.sources import Source


@dataclass(frozen=True, slots=True)
class SupersededInstrument:
    """An instrument that has been replaced: how texts name it, and what replaced it."""

    name: str
    replaced_by: str
    source: Source
    pattern: re.Pattern[str]


SUPERSEDED: tuple[SupersededInstrument, ...] = (
    SupersededInstrument("the Compact (2010)", "the Civil Society Covenant (2025)",
                         sources.CIVIL_SOCIETY_COVENANT,
                         re.compile(r"(?<!\w)Compact\b[\s,()]*(?:England[\s,()]*)?2010\b")),
    SupersededInstrument("the Administrative Functions Disposal Authority",
                         "AFDA Express Version 2", sources.AFDA_EXPRESS_V2,
                         re.compile(r"(?<!\w)Administrative\s+Functions\s+Disposal\s+Authority"
                                    r"(?!\s+Express)", re.IGNORECASE)),
)


def find_superseded(text: str) -> list[tuple[SupersededInstrument, int]]:
    """Each superseded instrument `text` names, with the offset of its first mention."""
    found = []
    for entry in SUPERSEDED:
        match = entry.pattern.search(text)
        if match is not None:
            found.append((entry, match.start()))
    return found
