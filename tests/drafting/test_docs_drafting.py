"""docs/drafting.md names every clause anchor the clause library makes."""

from __future__ import annotations

import re

from support import ROOT

DOC = ROOT / "docs" / "drafting.md"
CLAUSES = ROOT / "templates" / "clauses"


def test_every_anchor_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    anchors: set[str] = set()
    for path in CLAUSES.glob("*.j2"):
        source = path.read_text(encoding="utf-8")
        anchors |= set(re.findall(r"s\.(?:clause|sub|section)\(\"([a-z0-9.-]+)\"", source))
    # Anchors built from an id ("roles." ~ party) are documented by their pattern.
    undocumented = sorted(a for a in anchors if not a.endswith(".") and f"`{a}" not in text)
    assert undocumented == []
