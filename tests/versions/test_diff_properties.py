"""The diff reports exactly what was changed: a property test over an example and mutated
copies, and the no-change cases (the same file; reordered keys and new comments)."""

from __future__ import annotations

import copy
import io
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from collabagree.core.positions import YamlPath
from collabagree.versions.command import compare, load_version
from collabagree.versions.report import dotted
from collabagree.versions.revision import Version
from support import EXAMPLES

SOURCE = (EXAMPLES / "uk-food-bank-funding.yaml").read_text(encoding="utf-8")
ORIGINAL: dict[str, Any] = YAML(typ="safe", pure=True).load(SOURCE)
OLD = load_version(Version("old.yaml", SOURCE.encode("utf-8")))
Expected = set[tuple[str, str]]


def dump(data: Any) -> bytes:
    out = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, out)
    return out.getvalue().encode("utf-8")


def changes_between(new_raw: bytes) -> set[tuple[str, str]]:
    new = load_version(Version("new.yaml", new_raw))
    return {(item.change.kind, dotted(item.change.path)) for item in compare(OLD, new)}


# -- mutations: each edits one part of the data and says what the diff must report ----------

def change_total(data: dict[str, Any], amount: int) -> Expected:
    data["funding"]["total"] = data["funding"]["total"] + amount
    return {("changed", "funding.total")}


def change_instalment(data: dict[str, Any], index: int) -> Expected:
    instalments = data["funding"]["conditions"]["instalments"]
    index %= len(instalments)
    instalments[index]["amount"] += 500
    return {("changed", f"funding.conditions.instalments[{index}].amount")}


def change_end_date(data: dict[str, Any], days: int) -> Expected:
    from datetime import timedelta

    data["term"]["end"] = data["term"]["end"] + timedelta(days=days)
    return {("changed", "term.end")}


def edit_text(data: dict[str, Any], words: str) -> Expected:
    data["purpose"]["statement"] = data["purpose"]["statement"] + " " + words
    return {("changed", "purpose.statement")}


def add_party(data: dict[str, Any], _: int) -> Expected:
    data["parties"].append({"id": "trust", "name": "Kestrel Vale Community Trust", "kind": "charity"})
    return {("added", f"parties[{len(data['parties']) - 1}]")}


def remove_item(key: str) -> Any:
    def remove(data: dict[str, Any], index: int) -> Expected:
        items = data[key] if key != "data_flows" else data["information"]["data_flows"]
        index %= len(items)
        del items[index]
        where = key if key != "data_flows" else "information.data_flows"
        return {("removed", f"{where}[{index}]")}
    return remove


def add_kpi(data: dict[str, Any], _: int) -> Expected:
    data["kpis"].append({"id": "K9", "measure": "Volunteers trained", "kind": "output",
                         "target": "40 a year", "responsible": "foodbank"})
    return {("added", f"kpis[{len(data['kpis']) - 1}]")}


def add_flow(data: dict[str, Any], _: int) -> Expected:
    flows = data["information"]["data_flows"]
    flows.insert(0, {**copy.deepcopy(flows[0]), "id": "D9"})
    return {("added", "information.data_flows[0]")}


# Each target is changed by at most one mutation, so the expectations do not overlap.
TARGETS: dict[str, list[Any]] = {
    "total": [change_total], "instalment": [change_instalment], "end": [change_end_date],
    "text": [edit_text], "parties": [add_party, remove_item("parties")],
    "kpis": [add_kpi, remove_item("kpis")], "flows": [add_flow, remove_item("data_flows")],
}


@st.composite
def mutations(draw: st.DrawFn) -> tuple[dict[str, Any], Expected, YamlPath | None]:
    """A mutated copy of the example, the changes expected, and the list reordered (if any)."""
    data = copy.deepcopy(ORIGINAL)
    expected: Expected = set()
    chosen = draw(st.lists(st.sampled_from(sorted(TARGETS)), unique=True, max_size=len(TARGETS)))
    reorder = draw(st.sampled_from([None, "risks", "objectives"]))
    for target in chosen:
        mutate = draw(st.sampled_from(TARGETS[target]))
        argument: Any = draw(st.integers(1, 10_000))
        if mutate is edit_text:
            argument = draw(st.text(st.characters(categories=("L", "N")), min_size=1, max_size=12))
        expected |= mutate(data, argument)
    if reorder is not None:
        order = draw(st.permutations(range(len(data[reorder]))))
        data[reorder] = [data[reorder][index] for index in order]
    return data, expected, (reorder,) if reorder is not None and order != sorted(order) else None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations())
def test_diff_reports_each_mutation_and_nothing_else(case: tuple[dict[str, Any], Expected, YamlPath | None]) -> None:
    data, expected, reordered = case
    found = changes_between(dump(data))
    moves = {item for item in found if item[0] == "moved"}
    assert found - moves == expected
    if reordered is None:
        assert not moves
    else:
        assert moves and all(path.startswith(f"{reordered[0]}[") for _, path in moves), moves


def test_a_file_and_itself_have_no_changes() -> None:
    assert changes_between(SOURCE.encode("utf-8")) == set()


def reversed_keys(value: Any) -> Any:
    """The same data with every mapping's keys in the opposite order."""
    if isinstance(value, dict):
        return {key: reversed_keys(value[key]) for key in reversed(list(value))}
    if isinstance(value, list):
        return [reversed_keys(item) for item in value]
    return value


def test_reordered_keys_and_new_comments_are_no_change() -> None:
    # Top-level sections in the opposite order, each under a new comment, nested keys reversed.
    text = dump(reversed_keys(ORIGINAL)).decode("utf-8")
    blocks: list[list[str]] = []
    for line in text.splitlines():
        if line[:1].isalpha():
            blocks.append([f"# reviewed: {line.split(':')[0]}"])
        blocks[-1].append(line + ("  # checked" if line.endswith(":") else ""))
    rewritten = "\n".join("\n".join(block) for block in reversed(blocks)) + "\n"
    assert rewritten != SOURCE
    assert changes_between(rewritten.encode("utf-8")) == set()
    assert changes_between(dump(reversed_keys(ORIGINAL))) == set()
