"""The speed-ups give the same answers as the plain versions they replaced (bench/README.md).

- TXT001 and whole-word matching test for plain substrings before running their regex;
- REF003 indexes the text fields by word when there are many definitions;
- the YAML walker keeps parser marks and builds spans on demand.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabagree.lint.context import RuleContext
from collabagree.lint.rules import ref_ids
from collabagree.lint.rules.helpers import find_words, word_pattern
from collabagree.lint.rules.txt import (
    _AUTOLINK,
    _PLACEHOLDERS,
    BINDING_WORDS,
    placeholders_in,
)
from collabagree.load.reader import load_bytes
from support.fuzz import TODAY, check, generate, set_at, string_paths
from support.strategies import varied

SAME = settings(deadline=None, derandomize=True, database=None, max_examples=300,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Letters that IGNORECASE matching equates with ASCII ones, and text that nearly matches.
TRICKY = st.text(st.sampled_from(list("todTODbcBCxXlLrReEmMiIsSkK \t\n[]<>@:/-_.,'’")
                                 + ["\u0130", "\u0131", "\u017f", "\u212a", "é", "ß", "\u00a0"]),
                 max_size=60)
TEXT = st.one_of(TRICKY, st.text(max_size=60),
                 st.lists(st.sampled_from(["TODO", "tbc", "TbD", "xxx", "XXXX", "[insert x]", "<name>",
                                           "<https://a.example>", "lorem  ipsum", "shall", "MUST",
                                           "Liable", "ſhall", "warrant-y", "independent", "word"]),
                          max_size=6).map(" ".join))


@SAME
@given(TEXT)
def test_placeholder_prefilter_changes_nothing(text: str) -> None:
    plain = [m.group(0) for m in _PLACEHOLDERS.finditer(text) if not _AUTOLINK.match(m.group(0))]
    assert placeholders_in(text) == plain


@SAME
@given(TEXT, st.sampled_from([BINDING_WORDS, ("independent", "independence"), ("ſhall",), ("Data", "S.1")]))
def test_whole_word_prefilter_changes_nothing(text: str, words: tuple[str, ...]) -> None:
    assert find_words(text, words) == [m.group(0) for m in word_pattern(words).finditer(text)]


TERMS = st.lists(st.sampled_from(["Board", "Joint Board", "Data", "Personal Data", "S.1",
                                  "(the Act)", "Act", "Partners", "Schedule 2", "Ǆ", "x_y", "Board "]),
                 min_size=1, max_size=8, unique=True)


@settings(SAME, max_examples=60)
@given(varied(), TERMS, st.lists(st.sampled_from(["Board", "Joint  Board", "Data", "S.1", "(the Act)",
                                                  "Partners", "Schedule\n2", "xBoard", "Board's"]),
                                 max_size=10), st.randoms(use_true_random=False))
def test_definition_index_changes_nothing(data: dict[str, Any], terms: list[str], uses: list[str],
                                          rng: Any) -> None:
    data["definitions"] = {term: f"meaning of {index}" for index, term in enumerate(terms)}
    paths = [path for path in string_paths(data) if path[0] not in ("agreement", "parties")]
    for use in uses:
        path = rng.choice(paths)
        set_at(data, path, f"{_get(data, path)} {use}")
    _, agreement = check(generate.emit_yaml(data).encode("utf-8"))
    if agreement is None:
        return
    loaded = load_bytes("x.yaml", generate.emit_yaml(data).encode("utf-8"))
    context = RuleContext(agreement, loaded.data, TODAY)
    answers = []
    for threshold in (0, 10**12):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(ref_ids, "_INDEX_FROM", threshold)
            answers.append([(v.path, v.message) for v in ref_ids.unused_definition.check(agreement, context)])
    assert answers[0] == answers[1]


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


@settings(SAME, max_examples=40)
@given(varied())
def test_positions_cover_every_node_and_read_back(data: dict[str, Any]) -> None:
    text = generate.emit_yaml(data)
    loaded = load_bytes("x.yaml", text.encode("utf-8"))
    lines = text.split("\n")
    for path in loaded.positions.paths():
        node = loaded.positions.get(path)
        assert node is not None
        if path and isinstance(path[-1], str) and node.key is not None and node.key != node.value:
            key_line = lines[node.key.line - 1]
            assert key_line[node.key.column - 1:].startswith((path[-1], f'"{path[-1][:1]}'))
