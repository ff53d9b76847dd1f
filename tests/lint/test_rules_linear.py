"""Every rule runs in time linear in the length of the text it reads (issue 12, class 3).

A rule whose regex or loop rescans its input turns a 160 kB field into a minute of CI time.
For each rule in the registry, this fills every string of the rule's own failing case (it
names the fields the rule reads, and the rule's preconditions hold there; a rule that reads
every prose field applies the same search to each) and a YAML comment with adversarial text,
100 kB and then 200 kB in all, in several shapes: repeated trigger prefixes, long runs
without spaces, many separators. Doubling the input must about double the time: the test
fails when the ratio of the best of three timings is above `MAX_RATIO`. It never compares
an absolute time, so a slow or busy machine does not fail it.

Run `python tests/rules/test_rules_linear.py [CODE ...]` for a table of the timings.
"""

from __future__ import annotations

import copy
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError
from ruamel.yaml import YAML

from collabagree.lint.cases import RuleCase, load_cases
from collabagree.lint.context import RuleContext
from collabagree.lint.engine import default_profiles
from collabagree.lint.registry import RULES
from collabagree.lint.rule import Rule
from collabagree.model import Agreement
from collabagree.model.textfields import iter_strings

SIZES = (100_000, 200_000)
MAX_RATIO = 3.5
REPEATS = 3
ATTEMPTS = 3
# Each timing repeats the call until this much time has passed, so that a rule that takes
# microseconds is not measured in timer noise.
MIN_SECONDS = 0.001
TODAY = date(2026, 11, 23)
# A scan with a look-behind at every position, as most rule patterns have.
_SCAN = re.compile(r"(?<![\w-])zqj(?![\w-])")

Shape = Callable[[int], str]


def _repeat(unit: str) -> Shape:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _after(prefix: str, filler: str) -> Shape:
    return lambda size: prefix + filler * (size - len(prefix))


SHAPES: dict[str, Shape] = {
    # Openers that a pattern scans from, never closed: TXT001's `[insert ...]` and `<...>`.
    "insert-prefix": _repeat("[insert "),
    "angle-prefix": _repeat("<a "),
    # A channel named after a negation, again and again: INF012's look back over the clause.
    "negated-channel": _repeat("not WhatsApp "),
    # A capitalised word before "Messenger" makes INF012 look for the previous word each time.
    "product-messenger": _repeat("Secure Messenger "),
    # Long runs without spaces: mail local parts (TXT004), word and placeholder patterns.
    "no-spaces": _repeat("a"),
    "mail-like": _repeat("a.b+c"),
    "at-signs": _repeat("a@"),
    "x-run": _after("", "x"),
    "apostrophes": _repeat("a’-"),
    # Many separators: clause breaks, list commas, hyphens, newlines.
    "separators": _repeat(",;.:()- "),
    "newlines": _repeat("a\n"),
    # A trigger word, then one long gap: `\s*-?\s*` and `\s+` patterns backtrack over it.
    "trigger-then-spaces": _after("whats", " "),
    "mixed-triggers": _repeat("TODO lorem shall not SMS personal phone gmail.com@x chief "),
}


@dataclass
class Trial:
    """One rule on its failing case with every string leaf replaced by a text of some size."""

    rule: Rule
    case: RuleCase
    data: dict[str, Any]
    leaves: list[tuple[Any, ...]]

    def texts(self, shape: Shape, size: int) -> tuple[str, str]:
        """The text for each leaf and for the comment: `size` characters in all, shared
        evenly between the leaves and the comment."""
        each = shape(size // (len(self.leaves) + 1))
        return each, each

    def runner(self, shape: Shape, size: int) -> Callable[[], None]:
        """A call running the rule once over the agreement filled with `size` characters of
        `shape` (a fresh context each time, so nothing cached by the last call is reused)."""
        text, comment = self.texts(shape, size)
        data = _filled(self.data, self.leaves, text)
        agreement = Agreement.model_validate(data)
        profiles = frozenset(set(agreement.agreement.profiles or ()) | set(self.case.profiles)
                             | default_profiles(agreement))
        comments = ((1, 1, comment),)
        rule = self.rule

        def run() -> None:
            context = RuleContext(agreement, data, self.case.today or TODAY, profiles, comments)
            for _ in rule.check(agreement, context):
                pass

        return run


def _load(yaml_text: str) -> dict[str, Any]:
    loaded: dict[str, Any] = YAML(typ="safe", pure=True).load(yaml_text)
    return loaded


def _string_leaves(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Paths of every string value but the format version, and of the first key of each
    mapping keyed by free text (as `(*path, KEY)`). Ids, enums and codes are among them;
    `_accepted` drops those that refuse the text."""
    leaves: list[tuple[Any, ...]] = [path for path, _ in iter_strings(data) if path[:1] != ("collabagree",)]
    leaves += [(*path, KEY) for path in _mapping_paths(data, ())]
    return leaves


class _Key:
    """Marker: the last step of a leaf path that renames a mapping's first key."""


KEY = _Key()


def _mapping_paths(node: Any, path: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
    """Mappings below the top level whose keys are free text (definitions, lawful_basis ...):
    those whose keys are not field names of the format."""
    if isinstance(node, dict):
        if path and path[-1] in _FREE_KEY_PARENTS and node:
            yield path
        for key, value in node.items():
            yield from _mapping_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _mapping_paths(value, (*path, index))


# Mappings keyed by a term or a party id rather than by field names (FORMAT.md).
_FREE_KEY_PARENTS = frozenset({"definitions", "identifiers"})


def _filled(data: dict[str, Any], leaves: list[tuple[Any, ...]], text: str) -> dict[str, Any]:
    copied = copy.deepcopy(data)
    for leaf in leaves:
        *parents, last = leaf
        target: Any = copied
        for step in parents:
            target = target[step]
        if last is KEY:
            # Half as long, and ending differently: a defined term that the text nearly uses
            # everywhere (as long as the text, the regex engine would not even try it).
            first = next(iter(target))
            target[text[: len(text) // 2] + " end"] = target.pop(first)
        else:
            target[last] = text
    return copied


def _accepted(data: dict[str, Any], leaves: list[tuple[Any, ...]], text: str) -> list[tuple[Any, ...]]:
    """The leaves that may hold `text` with the agreement still valid (ids, enums and codes
    refuse it), found one leaf at a time."""
    accepted: list[tuple[Any, ...]] = []
    for leaf in leaves:
        try:
            Agreement.model_validate(_filled(data, [*accepted, leaf], text))
        except ValidationError:
            continue
        accepted.append(leaf)
    return accepted


def _failing_case(rule: Rule) -> RuleCase | None:
    cases = load_cases(rule.code)
    failing = [case for case in cases.cases if case.fails] if cases is not None else []
    return failing[0] if failing else None


def trials(rule: Rule) -> Iterator[tuple[str, Trial]]:
    """One trial per shape for `rule`, on its first failing case."""
    case = _failing_case(rule)
    if case is None:
        return
    data = _load(case.yaml)
    leaves = _string_leaves(data)
    for name, shape in SHAPES.items():
        accepted = _accepted(data, leaves, shape(1_000))
        if accepted:
            yield name, Trial(rule, case, data, accepted)


def timing(run: Callable[[], None]) -> float:
    """Seconds per call: the best of `REPEATS` rounds, each repeating the call for at least
    `MIN_SECONDS`."""
    best = float("inf")
    for _ in range(REPEATS):
        calls = 0
        start = time.perf_counter()
        while True:
            run()
            calls += 1
            elapsed = time.perf_counter() - start
            if elapsed >= MIN_SECONDS:
                break
        best = min(best, elapsed / calls)
    return best


def measure(trial: Trial, shape: Shape, sizes: tuple[int, int] = SIZES) -> tuple[float, float]:
    """Seconds per call at the two sizes."""
    small, large = (timing(trial.runner(shape, size)) for size in sizes)
    return small, large


def scan_time(trial: Trial, shape: Shape, size: int) -> float:
    """Seconds for one regex scan of every text a trial of this size holds."""
    text, comment = trial.texts(shape, size)
    texts = [text] * len(trial.leaves) + [comment]

    def scan() -> None:
        for each in texts:
            _SCAN.search(each)

    return timing(scan)


def linear(trial: Trial, shape: Shape, sizes: tuple[int, int] = SIZES) -> tuple[bool, str]:
    """Whether the rule's time is linear in the text: doubling the text at most `MAX_RATIO`
    times the time, or the time below one regex scan of the text (a rule that does not even
    scan its input once cannot rescan it; at a few microseconds, what memory caches hold
    moves the ratio more than the rule does). A ratio above the limit is measured again, up
    to `ATTEMPTS` times, so a busy machine does not fail the test; a quadratic rule stays
    near 4 every time."""
    report = ""
    for _ in range(ATTEMPTS):
        small, large = measure(trial, shape, sizes)
        report = (f"{small * 1000:.3f} ms at {sizes[0] // 1000} kB, {large * 1000:.3f} ms at "
                  f"{sizes[1] // 1000} kB (x{large / small:.2f})")
        if large / small <= MAX_RATIO:
            return True, report
        scan = scan_time(trial, shape, sizes[1])
        report += f", one scan {scan * 1000:.3f} ms"
        if large < scan:
            return True, report
    return False, report


def text_rules() -> list[Rule]:
    """Every registered rule that has a failing case (all of them: a rule without one fails
    `test_every_rule_is_timed`)."""
    return [rule for rule in RULES if _failing_case(rule) is not None]


def test_every_rule_is_timed() -> None:
    """No rule escapes the timing for want of a failing case."""
    assert [rule.code for rule in RULES if _failing_case(rule) is None] == []


@pytest.mark.parametrize("rule", text_rules(), ids=lambda rule: rule.code)
def test_rule_time_is_linear_in_text_length(rule: Rule) -> None:
    slow: list[str] = []
    timed = 0
    for name, trial in trials(rule):
        is_linear, report = linear(trial, SHAPES[name])
        timed += 1
        if not is_linear:
            slow.append(f"{name}: {report}")
    assert timed, f"{rule.code}: no field of its failing case takes text"
    assert not slow, f"{rule.code} is not linear: " + "; ".join(slow)


def main(args: list[str]) -> int:
    """Print the timings of each rule and shape (all rules, or those named; `--small` uses
    10 and 20 kB, to survey code that is not linear yet)."""
    sizes = (10_000, 20_000) if "--small" in args else SIZES
    codes = [arg for arg in args if not arg.startswith("--")]
    for rule in RULES:
        if codes and rule.code not in codes:
            continue
        for name, trial in trials(rule):
            is_linear, report = linear(trial, SHAPES[name], sizes)
            flag = "" if is_linear else "  <-- not linear"
            print(f"{rule.code} {name:20} {len(trial.leaves):3} fields {report}{flag}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
