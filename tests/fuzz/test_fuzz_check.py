"""Fuzzing `check` and `render --to md` in-process: findings or a refusal, never an exception.

Example counts keep the whole fuzz suite near a minute on a 2-core machine; the examples
are derandomised, so CI runs the same ones every time. To dig deeper locally, set
COLLABAGREE_FUZZ_SCALE (say 20): that many times the examples, drawn at random.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabagree.check.pipeline import check_bytes
from collabagree.core.errors import RenderError
from collabagree.render.document import (
    RenderOptions,
    blocking_findings,
    render_documents,
)
from support.fuzz import SELECTION, assert_sane, check, generate
from support.strategies import broken, dated, mangled, odd_yaml, varied, with_texts

SCALE = int(os.environ.get("COLLABAGREE_FUZZ_SCALE", "1"))
FUZZ = settings(deadline=None, derandomize=SCALE == 1, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])
MD = RenderOptions(formats=("md",))


def fuzz(examples: int) -> settings:
    """The shared settings with this many examples."""
    return settings(FUZZ, max_examples=examples * SCALE)


def _renders_or_refuses(raw: bytes) -> None:
    """Check, then render Markdown when nothing blocks it: the two steps of `render`.
    The file is also checked as if found in a folder, where non-agreements are skipped."""
    assert_sane(check_bytes("found/fuzz.yaml", raw, SELECTION, named=False))
    result, agreement = check(raw)
    assert_sane(result)
    if agreement is None:
        assert result.findings, "no model and no finding saying why"
        return
    if blocking_findings(result.findings, strict=False):
        return
    try:
        markdown = render_documents(agreement, MD)["md"].decode("utf-8")
    except RenderError:
        return  # a clean refusal (exit 2 on the command line)
    assert markdown.startswith("---\n")


@fuzz(60)
@given(varied())
def test_valid_agreements_check_and_render(data: dict[str, object]) -> None:
    result, agreement = check(generate.emit_yaml(data).encode("utf-8"))
    assert_sane(result)
    assert agreement is not None, result.findings
    assert not [f for f in result.findings if f.code.startswith(("SCH", "REF"))], result.findings
    markdown = render_documents(agreement, MD)["md"].decode("utf-8")
    assert data["agreement"]["title"] in markdown  # type: ignore[index]


@fuzz(150)
@given(with_texts())
def test_any_text_in_any_field(data: dict[str, object]) -> None:
    _renders_or_refuses(generate.emit_yaml(data).encode("utf-8"))


@fuzz(200)
@given(broken())
def test_broken_agreements(data: dict[str, object]) -> None:
    _renders_or_refuses(generate.emit_yaml(data).encode("utf-8"))


@fuzz(300)
@given(mangled())
def test_mangled_yaml(raw: bytes) -> None:
    _renders_or_refuses(raw)


@fuzz(120)
@given(odd_yaml())
def test_odd_yaml_features(raw: bytes) -> None:
    _renders_or_refuses(raw)


@fuzz(100)
@given(dated())
def test_dates_anywhere_in_the_calendar(data: dict[str, object]) -> None:
    _renders_or_refuses(generate.emit_yaml(data).encode("utf-8"))


@fuzz(40)
@given(st.integers(1, 150), st.booleans())
def test_nesting_limit(depth: int, as_list: bool) -> None:
    inner = "x"
    for _ in range(depth):
        inner = f"[{inner}]" if as_list else f"{{a: {inner}}}"
    result, _ = check(f"collabagree: 1\nbackground: {inner}\n".encode())
    too_deep = [f for f in result.findings if f.code == "SCH007" and "nested" in f.message]
    if depth <= 60:
        assert not too_deep
    if depth >= 66:
        assert too_deep


@fuzz(40)
@given(st.integers(2, 12), st.integers(1, 9))
def test_alias_expansion_budget(fan_out: int, depth: int) -> None:
    lines = ["collabagree: 1", "b0: &b0 [x]"]
    lines += [f"b{i}: &b{i} [{', '.join([f'*b{i - 1}'] * fan_out)}]" for i in range(1, depth + 1)]
    result, _ = check(("\n".join(lines) + f"\nbackground: *b{depth}\n").encode())
    bomb = any(f.code == "SCH007" and "alias bomb" in f.message for f in result.findings)
    # Defining and using the anchors visits between 2 and 6 times fan_out ** depth nodes.
    if fan_out ** depth > 100_000:
        assert bomb
    if 8 * fan_out ** depth < 100_000:
        assert not bomb
