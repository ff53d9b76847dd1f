"""Hypothesis strategies for agreements: valid ones, broken ones, mangled YAML, odd YAML.

All start from the shipped examples as varied by `bench/generate.py`, so the fuzzing
reaches the rules and the renderer, not only the YAML reader.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from hypothesis import strategies as st

from support.fuzz import PAYLOADS, delete_at, generate, node_paths, set_at, string_paths

EXAMPLES = generate.load_examples()

# Any Unicode but lone surrogates (which cannot be encoded as UTF-8 at all).
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
TEXTS = st.one_of(
    st.text(ANY_CHAR, max_size=80),
    st.sampled_from(list(PAYLOADS.values())),
    st.builds(lambda char, count: char * count, ANY_CHAR, st.integers(1_000, 300_000)),
    st.sampled_from(["", " ", "TODO", "TBC", "[insert name]", "<name>", "lorem ipsum", "\u202e",
                     "\x1b[31m", "a\nb", "~", "null", "yes", "2026-02-30", "1e999", "-0", "0x1F"]),
)
JUNK = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**30), 10**30) | st.floats()
    | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)) | st.text(ANY_CHAR, max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(ANY_CHAR, max_size=12), children, max_size=4),
    max_leaves=25,
)


@st.composite
def varied(draw: st.DrawFn) -> dict[str, Any]:
    """One example, varied like the benchmark's agreements (valid by construction)."""
    stem_index = draw(st.integers(0, len(EXAMPLES) - 1))
    seed = draw(st.integers(0, 2**32 - 1))
    return generate.vary(EXAMPLES[stem_index][1], random.Random(seed), seed % 100_000)


@st.composite
def with_texts(draw: st.DrawFn) -> dict[str, Any]:
    """A varied agreement with some strings replaced by arbitrary or hostile text."""
    data = draw(varied())
    paths = string_paths(data)
    for _ in range(draw(st.integers(1, 6))):
        set_at(data, draw(st.sampled_from(paths)), draw(TEXTS))
    return data


def _nested(depth: int, as_list: bool) -> Any:
    node: Any = "leaf"
    for _ in range(depth):
        node = [node] if as_list else {"a": node}
    return node


@st.composite
def broken(draw: st.DrawFn) -> dict[str, Any]:
    """A varied agreement with one to five structural mutations."""
    data = draw(varied())
    for _ in range(draw(st.integers(1, 5))):
        paths = node_paths(data)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        kind = draw(st.sampled_from(["delete", "junk", "deep", "unknown", "wrap", "date", "number"]))
        if kind == "delete":
            delete_at(data, path)
        elif kind == "junk":
            set_at(data, path, draw(JUNK))
        elif kind == "deep":
            set_at(data, path, _nested(draw(st.integers(1, 120)), draw(st.booleans())))
        elif kind == "unknown":
            data[draw(st.text(ANY_CHAR, min_size=1, max_size=20))] = draw(JUNK)
        elif kind == "wrap":
            set_at(data, path, [_get(data, path)])
        elif kind == "date":
            set_at(data, path, draw(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))))
        else:
            set_at(data, path, draw(st.one_of(st.integers(-(10**40), 10**40), st.floats())))
    return data


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


FRAGMENTS = [
    "&a ", "*a", "<<: *a\n", "<<: [*a, *a]\n", "!!python/object:os.system ", "!include /etc/passwd ",
    "!!binary ", "!!str ", "!!int ", "!!float ", "!!map ", "!!seq ", "!local ", "? ", "- ", "---\n",
    "...\n", "%YAML 1.1\n", "{", "}", "[", "]", "|\n", ">-\n", '"', "'", "\t", "# ", ": ", ",",
    "&x [*x]", "x: &b {k: v}\ny: *b\n", "\u2028", "\x85", "\ufeff", "\u202e",
]
BYTES = [b"\x00", b"\xff", b"\xfe\xff", b"\x1b]0;x\x07", b"\xc3\x28", b"\xef\xbb\xbf", b"\r", b"\r\n"]


@st.composite
def mangled(draw: st.DrawFn) -> bytes:
    """The YAML text of a varied agreement with syntax, features and stray bytes spliced in."""
    raw = generate.emit_yaml(draw(varied())).encode("utf-8")
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["fragment", "bytes", "delete", "duplicate", "truncate"]))
        at = draw(st.integers(0, len(raw)))
        if kind == "fragment":
            raw = raw[:at] + draw(st.sampled_from(FRAGMENTS)).encode("utf-8") + raw[at:]
        elif kind == "bytes":
            raw = raw[:at] + draw(st.sampled_from(BYTES) | st.binary(max_size=6)) + raw[at:]
        elif kind == "delete":
            raw = raw[:at] + raw[at + draw(st.integers(1, 200)):]
        elif kind == "duplicate":
            lines = raw.split(b"\n")
            index = draw(st.integers(0, len(lines) - 1))
            raw = b"\n".join(lines[: index + 1] + lines[index:])
        else:
            raw = raw[:at]
    return raw


@st.composite
def odd_yaml(draw: st.DrawFn) -> bytes:
    """Valid-looking agreements written with anchors, aliases, merge keys, tags, extra
    documents or flow style in places people do not expect."""
    data = draw(varied())
    text = generate.emit_yaml(data)
    kind = draw(st.sampled_from(["anchors", "merge", "documents", "tags", "flow", "bomb"]))
    if kind == "anchors":
        text = text.replace("parties:\n- ", "parties:\n- &first ", 1) + "related_instruments: [*first]\n"
    elif kind == "merge":
        text += "scope_defaults: &defaults {geography: Everywhere}\nscope:\n  <<: *defaults\n  in: [a]\n"
    elif kind == "documents":
        text = text + "---\n" + text if draw(st.booleans()) else "---\n" + text + "...\n"
    elif kind == "tags":
        tag = draw(st.sampled_from(["!!str", "!!python/tuple", "!custom", "!!timestamp", "!!null", "!"]))
        text = text.replace("title: ", f"title: {tag} ", 1)
    elif kind == "flow":
        import json

        text = json.dumps(data, default=str, ensure_ascii=draw(st.booleans()))
    else:
        fan_out, depth = draw(st.integers(2, 10)), draw(st.integers(1, 8))
        lines = ["collabagree: 1", "b0: &b0 [x]"]
        lines += [f"b{i}: &b{i} [{', '.join([f'*b{i - 1}'] * fan_out)}]" for i in range(1, depth + 1)]
        text = "\n".join(lines) + f"\nbackground: *b{depth}\n"
    return text.encode("utf-8")


CALENDAR = st.dates(min_value=date(1000, 1, 1), max_value=date(8999, 12, 31))
EDGE_DATES = st.sampled_from([date(1000, 1, 1), date(8999, 12, 31), date(2024, 2, 29),
                              date(2026, 1, 31), date(2026, 11, 23)])


@st.composite
def dated(draw: st.DrawFn) -> dict[str, Any]:
    """A varied agreement with its term, review schedule and document dates anywhere in the
    calendar the format allows, and its periods at their extremes."""
    data = draw(varied())
    pick = st.one_of(CALENDAR, EDGE_DATES)
    term = data["term"]
    term["start"] = draw(pick)
    if draw(st.booleans()):
        term["end"] = draw(pick)
    else:
        term.pop("end", None)
    data["review"] = {"first_review": draw(pick),
                      "interval_months": draw(st.integers(1, 1200) | st.sampled_from([1, 12, 1200]))}
    control = data.setdefault("document_control", {})
    control["date"] = draw(pick)
    control["history"] = [{"version": "1.0", "date": draw(pick), "changes": "x"}]
    if isinstance(data.get("termination"), dict):
        data["termination"]["notice_days"] = draw(st.integers(0, 10**12))
    return data
