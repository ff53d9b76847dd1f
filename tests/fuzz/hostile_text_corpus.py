"""Corpus files for issue 12 classes 1 to 4: text the PDF fonts cannot show, links whose URLs
hold markup, markup in the front matter, and emphasis runs (see make_hostile_corpus.py).

`test_hostile_text.py` renders each one to every format and says what must come out.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from support.fuzz import check, generate

MINIMAL_DATA: dict[str, Any] = {
    "collabagree": 1,
    "agreement": {"title": "Hostile Corpus Agreement", "type": "mou", "jurisdiction": "UK-WLS",
                  "status": "draft"},
    "parties": [
        {"id": "council", "name": "Kestrel Vale Borough Council", "kind": "local_government"},
        {"id": "charity", "name": "Kestrel Food Bank", "kind": "charity"},
    ],
    "purpose": {"statement": "The parties shall not share data they do not hold, and nothing here "
                             "is not binding."},
    "term": {"start": "2026-04-01", "end": "2029-03-31"},
}
# Combining marks from the three blocks, some of which no bundled font has.
MARKS = ([chr(code) for code in range(0x300, 0x370, 7)] + [chr(code) for code in range(0x1AB0, 0x1AFF, 5)]
         + [chr(code) for code in range(0x20D0, 0x20F1, 3)])
# (#️⃣ and *️⃣ are in glyphs-keycap-digits.yaml: in every string they would also reach the
# clauses that escape a party's name twice, which shows a stray backslash in every format.)
EMOJI = ["1\ufe0f\u20e3", "0\ufe0f\u20e3", "\U0001f1f3\U0001f1ff", "\U0001f1ec\U0001f1e7",
         "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",
         "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0001f44d\U0001f3fd", "\U0001f91d\U0001f3ff",
         "\u2764\ufe0f", "\u263a\ufe0e", "\u00a9\ufe0f", "\U0001f9d1\u200d\U0001f33e"]
WELSH = ("Ngā mihi, Tūhoe, Māori, Ōtautahi, Īnia; Ŵyr, Ŷd, ŵyr, ŷd; ĀĒĪŌŪ āēīōū; "
         "a\u0304 e\u0304 i\u0304 o\u0304 u\u0304 w\u0302 y\u0302 A\u0304 W\u0302 Y\u0302")
LINKS = ("See <https://a.example/x(> shall not <https://a.example/x)> and <https://a.example/(^SUP^~SUB~> "
         "or <mailto:a(b@c.example> and <x)y@c.example> or [this](https://a.example/a\\b*c_d) end.")
FRONT_MATTER_TITLE = "<script>alert(1)</script> [x](javascript:alert(1)) *a* $x$ @cite"


def _minimal(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(MINIMAL_DATA)
    data.update(changes)
    return data


def _emit(data: dict[str, Any], header: str) -> bytes:
    return generate.emit_yaml(data, f"# Hostile corpus: {header}").encode("utf-8")


def keycap_backslash() -> bytes:
    """The issue's attack: a backslash + U+20E3 made every backslash in the Typst source go,
    and two background lines then deleted every "not" from the PDF."""
    return _emit(_minimal(background=["\\\u20e3", "#let f=str.from-unicode",
                                      "#show f(110)+f(111)+f(116): none"]),
                 "backslash + U+20E3 and Typst show rules (issue 12, class 1).")


def keycap_digits() -> bytes:
    """A keycap 1 replaced every 1 of the source; #️⃣ and *️⃣ have markup characters as base."""
    return _emit(_minimal(rationale="Clause 1.1 and 11 and 101: 1\ufe0f\u20e3 #\ufe0f\u20e3 *\ufe0f\u20e3 "
                                    "e\u1ab0 every e stays."),
                 "keycaps and e + U+1AB0 (issue 12, class 1).")


def in_every_string(extra: Callable[[int], str], header: str) -> bytes:
    """A full example with `extra(n)` added to its n-th string wherever it stays valid."""
    data = dict(generate.load_examples())["vic-gamblers-help-cross-sector"]
    paths = _string_paths(data)
    for number, path in enumerate(paths):
        trial = copy.deepcopy(data)
        target = trial
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = f"{target[path[-1]]} {extra(number)}"
        result, _ = check(generate.emit_yaml(trial).encode())
        if not any(finding.code.startswith(("SCH", "REF")) for finding in result.findings):
            data = trial
    return generate.emit_yaml(data, f"# Hostile corpus: {header}").encode("utf-8")


def _string_paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, str):
        return [path]
    if isinstance(node, dict):
        return [item for key, value in node.items() for item in _string_paths(value, path + (key,))]
    if isinstance(node, list):
        return [item for index, value in enumerate(node) for item in _string_paths(value, path + (index,))]
    return []


def _marks(number: int) -> str:
    picked = [MARKS[(number * 3 + offset) % len(MARKS)] for offset in range(3)]
    return " ".join(f"e{mark}x" for mark in picked) + " every e stays"


def _emoji(number: int) -> str:
    return f"{EMOJI[number % len(EMOJI)]} and {EMOJI[(number + 5) % len(EMOJI)]} stay words"


TEXT_FILES: dict[str, Callable[[], bytes]] = {
    "glyphs-keycap-backslash.yaml": keycap_backslash,
    "glyphs-keycap-digits.yaml": keycap_digits,
    "glyphs-marks-everywhere.yaml": lambda: in_every_string(
        _marks, "combining marks (U+0300-U+036F, U+1AB0-U+1AFF, U+20D0-U+20FF) in every string."),
    "glyphs-emoji-everywhere.yaml": lambda: in_every_string(
        _emoji, "keycap, flag, tag, ZWJ, skin-tone and variation-selector emoji in every string."),
    "glyphs-welsh-and-macrons.yaml": lambda: in_every_string(
        lambda _n: WELSH, "Welsh and te reo Maori letters, precomposed and combining, in every string."),
    "glyphs-cjk-party-name.yaml": lambda: _emit(
        _minimal(parties=[{"id": "council", "name": "北京市人民政府", "kind": "local_government"},
                          {"id": "charity", "name": "Kestrel Food Bank", "kind": "charity"}]),
        "a party name no bundled font can show: no PDF, one clear message."),
    "links-unbalanced-urls.yaml": lambda: in_every_string(
        lambda _n: LINKS, "URL and e-mail autolinks whose URLs hold parentheses and markup (class 2)."),
    "front-matter-markup.yaml": lambda: _emit(
        _minimal(agreement={**MINIMAL_DATA["agreement"], "title": FRONT_MATTER_TITLE}),
        "markup and script in the title, for the Markdown output's front matter (class 4)."),
    "emphasis-runs.yaml": lambda: _emit(
        _minimal(rationale="**a " * 3000 + "end", background=["*a " * 3000 + "end", "[" * 5000, "<" * 5000]),
        "emphasis runs and brackets that took seconds each (class 3)."),
}
