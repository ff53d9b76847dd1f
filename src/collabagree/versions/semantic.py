"""The semantic diff of two agreements: what changed in the model, item by item.

Both sides are the validated models dumped to plain data, so formatting, comments, key order
and the spelling of a value (`60000` or `60000.0`, a quoted or bare date) are not changes.
Lists whose items carry an id (parties, flows, KPIs, risks, bodies...) are matched by id, so
a reordering is a move and an edited item is a change inside it; other lists are compared as
sequences. A change is kept only where one of the two files wrote the value: a value the
model derives (a party's jurisdiction from the agreement's) follows a change reported at
its source.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from collabagree.core.positions import YamlPath
from collabagree.model import Agreement

ADDED, REMOVED, CHANGED, MOVED = "added", "removed", "changed", "moved"
# Keys that identify a list's items, tried in order: `id` for most, `party` for `roles`.
ID_KEYS = ("id", "party")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: its kind, where it is in OLD and in NEW, and the two values."""

    kind: str
    old_path: YamlPath | None
    new_path: YamlPath | None
    old: Any = None
    new: Any = None

    @property
    def path(self) -> YamlPath:
        """Where the change is: in NEW, or in OLD for a removal."""
        chosen = self.new_path if self.new_path is not None else self.old_path
        assert chosen is not None
        return chosen


def plain(agreement: Agreement) -> dict[str, Any]:
    """The model as JSON-like data (dates as ISO strings), absent values left out."""
    return agreement.model_dump(mode="json", by_alias=True, exclude_none=True)


def diff_agreements(old: Agreement, new: Agreement, old_data: Any = None,
                    new_data: Any = None) -> list[Change]:
    """Every change from `old` to `new`, in NEW's order (removals where they stood).

    `old_data` and `new_data` are the files' plain data; when given, changes to values neither
    file wrote (derived by the model) are dropped.
    """
    changes = list(diff_values(plain(old), plain(new), (), ()))
    if old_data is None or new_data is None:
        return changes
    return [change for change in changes if _written(change, old_data, new_data)]


def diff_values(old: Any, new: Any, old_path: YamlPath, new_path: YamlPath) -> Iterator[Change]:
    """The changes between two plain values at the given paths."""
    if isinstance(old, dict) and isinstance(new, dict):
        yield from _diff_mappings(old, new, old_path, new_path)
    elif isinstance(old, list) and isinstance(new, list):
        key = id_key(old, new)
        if key is None:
            yield from _diff_sequences(old, new, old_path, new_path)
        else:
            yield from _diff_by_id(old, new, key, old_path, new_path)
    elif not same(old, new):
        yield Change(CHANGED, old_path, new_path, old, new)


def same(old: Any, new: Any) -> bool:
    """Equal as data; True and 1 differ (Python would call them equal)."""
    return type(old) is type(new) and old == new or (
        isinstance(old, int | float) and isinstance(new, int | float)
        and not isinstance(old, bool) and not isinstance(new, bool) and old == new)


def id_key(*lists: list[Any]) -> str | None:
    """The key that identifies the items of these lists (unique on each side), or None."""
    items = [item for values in lists for item in values]
    if not items or not all(isinstance(item, dict) for item in items):
        return None
    for key in ID_KEYS:
        if all(isinstance(item.get(key), str) for item in items) and all(
                len({item[key] for item in values}) == len(values) for values in lists):
            return key
    return None


def _diff_mappings(old: dict[str, Any], new: dict[str, Any], old_path: YamlPath,
                   new_path: YamlPath) -> Iterator[Change]:
    for key, value in new.items():
        if key in old:
            yield from diff_values(old[key], value, (*old_path, key), (*new_path, key))
        else:
            yield Change(ADDED, None, (*new_path, key), None, value)
    for key, value in old.items():
        if key not in new:
            yield Change(REMOVED, (*old_path, key), None, value, None)


def _diff_by_id(old: list[dict[str, Any]], new: list[dict[str, Any]], key: str,
                old_path: YamlPath, new_path: YamlPath) -> Iterator[Change]:
    old_at = {item[key]: index for index, item in enumerate(old)}
    new_ids = {item[key] for item in new}
    kept = _longest_common_order([item[key] for item in old if item[key] in new_ids],
                                 [item[key] for item in new if item[key] in old_at])
    for index, item in enumerate(new):
        ident = item[key]
        if ident not in old_at:
            yield Change(ADDED, None, (*new_path, index), None, item)
            continue
        before = old_at[ident]
        if ident not in kept:
            yield Change(MOVED, (*old_path, before), (*new_path, index), before, index)
        yield from diff_values(old[before], item, (*old_path, before), (*new_path, index))
    for index, item in enumerate(old):
        if item[key] not in new_ids:
            yield Change(REMOVED, (*old_path, index), None, item, None)


def _longest_common_order(old: list[str], new: list[str]) -> set[str]:
    """The ids that keep their relative order (a longest common subsequence): the others
    are the ones that moved, so moving one item reports one move, not a cascade."""
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    return {ident for block in matcher.get_matching_blocks() for ident in old[block.a:block.a + block.size]}


def _diff_sequences(old: list[Any], new: list[Any], old_path: YamlPath,
                    new_path: YamlPath) -> Iterator[Change]:
    # Items are compared by their canonical JSON, so equal data is equal whatever its layout.
    keys_old = [json.dumps(item, sort_keys=True) for item in old]
    keys_new = [json.dumps(item, sort_keys=True) for item in new]
    matcher = difflib.SequenceMatcher(a=keys_old, b=keys_new, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and a1 - a0 == b1 - b0:
            for offset in range(a1 - a0):
                yield from diff_values(old[a0 + offset], new[b0 + offset],
                                       (*old_path, a0 + offset), (*new_path, b0 + offset))
            continue
        for index in range(b0, b1):
            yield Change(ADDED, None, (*new_path, index), None, new[index])
        for index in range(a0, a1):
            yield Change(REMOVED, (*old_path, index), None, old[index], None)


def _written(change: Change, old_data: Any, new_data: Any) -> bool:
    return (change.old_path is not None and has_path(old_data, change.old_path)) or (
        change.new_path is not None and has_path(new_data, change.new_path))


def has_path(data: Any, path: YamlPath) -> bool:
    """True when the plain data holds a value at `path`."""
    for item in path:
        if isinstance(item, int):
            if not isinstance(data, list) or item >= len(data):
                return False
        elif not isinstance(data, dict) or item not in data:
            return False
        data = data[item]
    return True
