"""The text rules added or changed with format 1.1 run in time linear in the text they read.

Each rule's own failing case gives an agreement its preconditions hold for; one field the rule
reads is filled with adversarial text of 100 kB and then 200 kB (long capitalised runs, many
trigger words, clause breaks, no spaces at all). Doubling the text must about double the time:
the test fails when the ratio of the best of three timings is above `MAX_RATIO`, so a slow or
busy machine does not fail it. (The project's general timing test, tests/rules/test_rules_linear.py
on main, covers the older rules; these rules join it when the two trees meet.)
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from ruamel.yaml import YAML

from collabagree.lint.cases import RuleCase, load_cases
from collabagree.lint.context import RuleContext
from collabagree.lint.registry import BY_CODE
from collabagree.model import Agreement

SIZES = (100_000, 200_000)
MAX_RATIO = 3.5
REPEATS = 3
ATTEMPTS = 3
MIN_SECONDS = 0.01
TODAY = date(2026, 11, 23)

Path = tuple[str | int, ...]
GENERIC = ("no-spaces", "separators")
TARGETS: dict[str, tuple[str | None, Path, tuple[str, ...]]] = {
    # code: (case name, or None for the failing doc example; the field filled; the shapes tried)
    "TXT002": (None, ("purpose", "statement"), ("disclaimers", *GENERIC)),
    "TXT005": (None, ("information", "official_information", "statement"), ("days-and-subjects", *GENERIC)),
    "TXT006": (None, ("purpose", "statement"), ("capitalised-run", "joined-names", "possessives", "roles",
                                                *GENERIC)),
    "TXT007": (None, ("purpose", "statement"), ("nouns", *GENERIC)),
    "GEN004": (None, ("principles", 0), ("capitalised-run", *GENERIC)),
    "BND002": (None, ("agreement", "legal_status", "statement"), ("binding-denials", *GENERIC)),
    "INF012": (None, ("information", "records", "channels_allowed", 1), ("sms-service", *GENERIC)),
    "INF018": ("consent-is-not-a-schedule-1-condition",
               ("information", "data_flows", 0, "conditions", "council"), ("consent", *GENERIC)),
    "INF019": (None, ("information", "data_flows", 0, "lawful_basis", "council"), ("consent", *GENERIC)),
    "INF021": (None, ("purpose", "statement"), ("rights-own", *GENERIC)),
    "SIG009": (None, ("signatories", 1, "position"), ("roles", *GENERIC)),
}


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "capitalised-run": _repeat("Aaaa Bbbb "),
    "joined-names": _repeat("Aaaa Bbbb and Cccc of the Dddd "),
    "possessives": _repeat("Aaaa's Bbbb's "),
    "days-and-subjects": _repeat("consult 5 days referral respond 10 working days notice terminate "),
    "disclaimers": _repeat("shall not liable nothing must comply statutory "),
    "binding-denials": _repeat("legally binding not "),
    "rights-own": _repeat("each party own requests rights "),
    "consent": _repeat("Consent "),
    "nouns": _repeat("this MoU this Memorandum "),
    "roles": _repeat("Caldicott Guardian SIRO "),
    "sms-service": _repeat("SMS reminders "),
    "no-spaces": _repeat("a"),
    "separators": _repeat(",;.:()- "),
}


def _case(code: str, name: str | None) -> RuleCase:
    cases = load_cases(code)
    assert cases is not None
    chosen = cases.doc_example() if name is None else next(case for case in cases.cases if case.name == name)
    assert chosen is not None
    return chosen


def _put(data: Any, path: Path, text: str) -> None:
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = text


def _runner(code: str, text: str) -> Callable[[], None]:
    name, path, _ = TARGETS[code]
    data = YAML(typ="safe", pure=True).load(_case(code, name).yaml)
    data = copy.deepcopy(data)
    _put(data, path, text)
    agreement = Agreement.model_validate(data)
    rule = BY_CODE[code]

    def run() -> None:
        context = RuleContext(agreement, data, TODAY)
        list(rule.check(agreement, context))

    return run


def _best(run: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        calls, start = 0, time.perf_counter()
        while True:
            run()
            calls += 1
            elapsed = time.perf_counter() - start
            if elapsed >= MIN_SECONDS:
                break
        best = min(best, elapsed / calls)
    return best


def _ratio(code: str, shape: str) -> float:
    """The time for the larger text over the time for the smaller; the best of `ATTEMPTS`
    measurements, since another process can take the machine during one of them."""
    make = SHAPES[shape]
    ratios = []
    for _ in range(ATTEMPTS):
        small, large = (_best(_runner(code, make(size))) for size in SIZES)
        ratios.append(large / small)
        if ratios[-1] <= MAX_RATIO:
            break
    return min(ratios)


@pytest.mark.parametrize("code", sorted(TARGETS))
def test_rule_is_linear_in_its_text(code: str) -> None:
    ratios = {shape: _ratio(code, shape) for shape in TARGETS[code][2]}
    worst = max(ratios, key=lambda shape: ratios[shape])
    assert ratios[worst] <= MAX_RATIO, f"{code} on {worst}: doubling the text took {ratios[worst]:.1f}x"
