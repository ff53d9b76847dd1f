"""Each model path is placed at the clause the drafted document shows it under."""

from __future__ import annotations

from typing import Any

import pytest

from collabagree.core.positions import YamlPath
from collabagree.drafting.engine import draft
from collabagree.versions.command import load_version
from collabagree.versions.places import FRONT_PAGE, ClauseMap
from collabagree.versions.revision import read_version
from support import EXAMPLES

VERSION = load_version(read_version(str(EXAMPLES / "uk-food-bank-funding.yaml")))
PLACES = ClauseMap(VERSION.agreement)


def anchor_numbers() -> dict[str, str]:
    numbers: dict[str, str] = {}

    def walk(clauses: list[Any]) -> None:
        for clause in clauses:
            numbers[clause.anchor] = clause.number
            walk(clause.children)

    for section in draft(VERSION.agreement).sections:
        numbers[section.anchor] = section.number or section.title
        walk(section.clauses)
    return numbers


NUMBERS = anchor_numbers()


@pytest.mark.parametrize(("path", "anchor"), [
    (("funding", "total"), "funding.total"),
    (("funding", "conditions", "max_sum"), "funding.maximum"),
    (("funding", "conditions", "payment_schedule"), "funding.payment-detail"),
    (("funding", "conditions", "instalments", 3, "amount"), "funding.instalments"),
    (("funding", "conditions", "recovery"), "funding.repayment"),
    (("term", "end"), "term.dates"),
    (("review", "triggers", 0), "term.triggers"),
    (("governance", "bodies", 0, "members", 1, "role"), "governance.FSPG.members"),
    (("parties", 1, "notices", "email"), "general.notices"),
    (("parties", 0, "name"), "parties.between"),
    (("kpis", 2, "target"), "performance.kpis"),
    (("information", "data_flows", 1, "lawful_basis"), "data.flows"),
    (("variation", "approvers", "council"), "variation.approvers"),
    (("scope", "in"), "purpose.in-scope"),
    (("schedules", 0, "body"), "schedule.tor"),
])
def test_paths_are_placed_at_the_clause_that_shows_them(path: YamlPath, anchor: str) -> None:
    assert anchor in NUMBERS, f"the example has no clause {anchor}"
    assert PLACES.clause_of(path) == NUMBERS[anchor]


def test_front_page_and_unnumbered_parts_are_named() -> None:
    assert PLACES.clause_of(("agreement", "title")) == FRONT_PAGE
    assert PLACES.clause_of(("signatories", 0, "name")) == "Execution"
    assert PLACES.clause_of(("document_control", "version")) == NUMBERS["history"]
