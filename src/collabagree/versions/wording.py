"""Which clause's wording shows each field, read from the clause templates themselves.

A template writes a clause by opening it (`s.clause("funding.maximum")`, `s.sub(...)`) and
then printing fields (`{{ k.payment_schedule | prose }}`, or inside `{% trans %}`: `amount=
c.money(k.max_sum)`). So a field printed after a clause opens belongs to that clause; a field
named only in the `{% if %}` that guards a clause belongs to the clause opened next. Reading
this from the templates keeps the placement of changes in step with the wording: a field
moved to another clause is placed there without a table to update. Only literal anchors are
read; clauses whose anchors are made from ids (`governance.FSPG`) are found from the path's
words instead (`places.py`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from collabagree.core.resources import data_dir

_TAG = re.compile(r"\{\{(?P<out>.*?)\}\}|\{%-?\s*(?P<kind>\w+)(?P<tag>.*?)-?%\}", re.DOTALL)
_OPENS = re.compile(r"""s\.(?:clause|sub)\(\s*["']([\w.-]+)["']""")
_STRING = re.compile(r""""[^"]*"|'[^']*'""")
_FIELD = re.compile(r"\.([a-z][a-z0-9_]*)\b(?!\s*\()")


@lru_cache(maxsize=1)
def field_clauses() -> dict[str, dict[str, tuple[str, ...]]]:
    """Section anchor -> field name -> the anchors of the clauses that show it, in the
    templates' order (printed in a clause first, then guarding one)."""
    printed: dict[str, dict[str, list[str]]] = {}
    guarding: dict[str, dict[str, list[str]]] = {}
    for template in sorted((data_dir("templates") / "clauses").glob("*.j2")):
        _read(template.read_text(encoding="utf-8"), printed, guarding)
    merged: dict[str, dict[str, tuple[str, ...]]] = {}
    for section in printed.keys() | guarding.keys():
        fields = printed.get(section, {}).keys() | guarding.get(section, {}).keys()
        merged[section] = {name: tuple(dict.fromkeys([*printed.get(section, {}).get(name, []),
                                                      *guarding.get(section, {}).get(name, [])]))
                           for name in fields}
    return merged


def _read(text: str, printed: dict[str, dict[str, list[str]]],
          guarding: dict[str, dict[str, list[str]]]) -> None:
    current: str | None = None
    # Fields named in `{% if %}` wait for the clause whose text prints next: the one opened
    # next, or the one already open when the condition guards part of its text.
    pending: list[str] = []
    for match in _TAG.finditer(text):
        out, kind = match.group("out"), match.group("kind")
        body = out if out is not None else match.group("tag") or ""
        opened = _OPENS.findall(body)
        names = _FIELD.findall(_STRING.sub("", body))
        if opened:
            current = opened[-1]
        if kind in ("if", "elif") or "s.define(" in body:
            # A defined term is printed in the definitions: place it by the clause it guards.
            pending.extend(names)
            continue
        if current is None or not (out is not None or kind in ("trans", "for")):
            continue
        _remember(guarding, current, pending)
        pending = []
        _remember(printed, current, names)


def _remember(table: dict[str, dict[str, list[str]]], anchor: str, names: list[str]) -> None:
    fields = table.setdefault(anchor.split(".")[0], {})
    for name in names:
        anchors = fields.setdefault(name, [])
        if anchor not in anchors:
            anchors.append(anchor)
