"""The text parser is linear: adversarial text of 200 kB takes about twice as long as 100 kB.

Emphasis matching used to search for a closer afresh from every opener (``"**a " * 3000``
took 7 s, 70 kB two minutes) and recursed once per nesting level. The timing tests compare
two sizes of the same input and fail only when the ratio is far above 2, so a slow or busy
machine cannot make them fail; the best of three runs is taken for each size. The parser
must also still build exactly the tree the old one built (`textsafe_reference`).
"""

from __future__ import annotations

import string
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabagree.render.inline_parser import parse_inlines
from collabagree.render.textsafe import text_to_markdown
from support.backends import pandoc_ast
from support.textsafe_reference import reference_parse_inlines

SMALL, LARGE = 100_000, 200_000
MAX_RATIO = 3.5  # linear is 2; quadratic would be 4 and more


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _nested(size: int) -> str:
    """What looks like emphasis nested as deep as the text allows (with "the first closer
    wins", pandoc's reading too, it nests two levels at most)."""
    depth = size // 10
    return "".join("*a **b " for _ in range(depth // 2)) + "c" + "".join(" b** a*" for _ in range(depth // 2))


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "emphasis runs": lambda n: _repeat("**a ", n),
    "single openers": lambda n: _repeat("*a ", n),
    "many asterisks": lambda n: _repeat("*", n),
    "asterisks and spaces": lambda n: _repeat("* ** ", n),
    "many brackets": lambda n: _repeat("[", n),
    "open labels": lambda n: _repeat("[a", n),
    "labels without urls": lambda n: _repeat("[a](", n),
    "unclosed urls": lambda n: _repeat("[a](https://a.example/x(", n),
    "many angle brackets": lambda n: _repeat("<", n),
    "unclosed autolinks": lambda n: _repeat("<https://a.example/", n),
    "long e-mail domain": lambda n: "<a@" + _repeat("b.", n),
    "long label": lambda n: "[" + _repeat("a", n),
    "nested emphasis": _nested,
    "mixed": lambda n: _repeat("**a [b <c@d. *e [f](https://g.example/( <https://h.example ", n),
    "list items": lambda n: _repeat("\n\n- x", n),
    "entities": lambda n: _repeat("&a", n),
}


def _time(text: str) -> float:
    started = time.perf_counter()
    text_to_markdown(text)
    return time.perf_counter() - started


def _ratio(small: str, large: str) -> float:
    """Time of `large` over time of `small`, each the best of three runs, interleaved so
    that a burst of load on the machine hits both sizes alike."""
    best_small = best_large = float("inf")
    for _ in range(3):
        best_small = min(best_small, _time(small))
        best_large = min(best_large, _time(large))
    return best_large / max(best_small, 1e-4)


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_parser_time_grows_linearly(name: str) -> None:
    make = ADVERSARIAL[name]
    small, large = make(SMALL), make(LARGE)
    assert len(large) >= 1.9 * len(small)
    # A quadratic parser gives 4 or more every time; a busy machine can spoil one
    # measurement, so a ratio over the bound is measured again, twice at most.
    ratios = []
    for _ in range(3):
        ratios.append(_ratio(small, large))
        if ratios[-1] < MAX_RATIO:
            break
    assert min(ratios) < MAX_RATIO, f"{name}: 200 kB took {min(ratios):.1f} times as long as 100 kB"


def test_the_issue_input_is_fast_and_literal() -> None:
    text = "**a " * 3000
    started = time.perf_counter()
    md = text_to_markdown(text)
    assert time.perf_counter() - started < 2  # 7 s before; a few milliseconds now
    assert md == ("\\*\\*a " * 3000).rstrip()


CASES = [
    "**a** *b* ***c*** **d *e* f** *g **h** i*", "*a *b* c*", "**a **b** c**", "a*b*c", "*a**",
    "**a*", "* a*", "*a *", "***a***", "****a****", "*a\nb*", "[x](https://e.org/a) *[y](https://e.org)*",
    "*[a*](https://e.org)", "[**a**](https://e.org)", "[*a](https://e.org)*", "<https://e.org/*a*>",
    "<a@b.org> <a@b> <@b.c> <a@.c> <a@b.> <a@b.c.> <a:b@c.d>", "<mailto:> <https://> <http://x>",
    "[ ](https://e.org) [a]( https://e.org) [a](https://e.org )", "**\u00a0a**", "*\u2003a*",
]


@pytest.mark.parametrize("text", CASES)
def test_same_tree_as_the_old_parser(text: str) -> None:
    for links in (True, False):
        assert parse_inlines(text, links=links) == reference_parse_inlines(text, links=links)


TOKENS = ["*", "**", "***", "[", "]", "(", ")", "<", ">", "@", ".", ":", "/", "\\", " ", "\n",
          "a", "b", "\u00a0", "ā", "https://", "mailto:", "e.org", "[t](https://e.org/p)", "<a@b.c>"]


# Derandomised so CI is repeatable; 400,000 random cases agreed during development.
@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.lists(st.sampled_from(TOKENS), max_size=30).map("".join),
                 st.text(alphabet=string.printable, max_size=40)))
def test_same_tree_as_the_old_parser_on_random_text(text: str) -> None:
    for links in (True, False):
        assert parse_inlines(text, links=links) == reference_parse_inlines(text, links=links)


def test_pandoc_reads_the_nested_output_as_nested() -> None:
    for text, outer, inner in (("*a **b** c*", "Emph", "Strong"), ("**a *b* c**", "Strong", "Emph")):
        para = pandoc_ast(text_to_markdown(text))["blocks"][0]["c"]  # type: ignore[index]
        assert para[0]["t"] == outer
        assert any(child["t"] == inner for child in para[0]["c"])
