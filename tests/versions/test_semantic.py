"""The diff of plain values: matching by id, the fewest moves, and what counts as equal."""

from __future__ import annotations

from collabagree.versions.semantic import diff_values, id_key


def changes(old: object, new: object) -> list[tuple[str, object]]:
    return [(change.kind, change.path) for change in diff_values(old, new, (), ())]


def test_moving_one_item_is_one_move() -> None:
    old = [{"id": name} for name in "ABCDE"]
    new = [{"id": name} for name in "BCDEA"]
    assert changes(old, new) == [("moved", (4,))]


def test_items_are_matched_by_id_and_edited_in_place() -> None:
    old = [{"id": "K1", "target": "90"}, {"id": "K2", "target": "50"}]
    new = [{"id": "K2", "target": "60"}, {"id": "K3", "target": "10"}]
    assert sorted(changes(old, new), key=str) == sorted(
        [("changed", (0, "target")), ("added", (1,)), ("removed", (0,))], key=str)


def test_lists_without_unique_ids_are_sequences() -> None:
    assert id_key([{"party": "a"}, {"party": "a"}]) is None
    assert id_key([{"party": "a"}, {"party": "b"}]) == "party"
    assert changes(["x", "y"], ["w", "x", "y"]) == [("added", (0,))]


def test_numbers_are_equal_by_value_but_not_to_booleans() -> None:
    assert changes({"total": 60000}, {"total": 60000.0}) == []
    assert changes({"flag": True}, {"flag": 1}) == [("changed", ("flag",))]
