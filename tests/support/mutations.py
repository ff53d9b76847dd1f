"""Mutated copies of the examples for the redline and variation tests: the kinds of change a
variation makes (amounts, dates, parties, KPIs, text, order)."""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from support import EXAMPLES

Data = dict[str, Any]


def load(name: str) -> Data:
    """An example's plain data."""
    data: Data = YAML(typ="safe").load((EXAMPLES / name).read_text(encoding="utf-8"))
    return data


def _amounts_and_dates(data: Data) -> None:
    funding = data.get("funding")
    if funding and isinstance(funding.get("total"), int | float):
        funding["total"] = funding["total"] + 15000
        if funding.get("contributions") and "amount" in funding["contributions"][0]:
            funding["contributions"][0]["amount"] += 15000
    if data["term"].get("end"):
        data["term"]["end"] = data["term"]["end"].replace(year=data["term"]["end"].year + 1)
    control = data.setdefault("document_control", {})
    control["version"] = "1.1"
    if control.get("date"):
        control["date"] = control["date"].replace(month=11, day=2)


def _add_party(data: Data) -> None:
    data["parties"].append({
        "id": "trust", "name": "Kestrel Vale Community Health Trust", "short_name": "the Trust",
        "kind": "health_service", "public_authority": True,
        "statutory_basis": "National Health Service Act 2006 s 82 (co-operation).",
        "address": "Trust Headquarters, Hill Road, Kestrel Vale KV2 9ZZ",
        "contact": {"role": "Partnerships Lead", "channel": "partners@kvtrust.example"}})
    data["signatories"].append({"party": "trust", "name": "Sam Reid", "position": "Chief Executive"})


def _remove_kpi_and_edit_text(data: Data) -> None:
    if data.get("kpis"):
        data["kpis"].pop()
        data["kpis"][0]["measure"] = data["kpis"][0]["measure"] + " (including referrals by the Trust)"
    purpose = data.get("purpose")
    if isinstance(purpose, dict) and isinstance(purpose.get("statement"), str):
        purpose["statement"] = "In partnership, " + purpose["statement"]


def _reorder(data: Data) -> None:
    if data.get("kpis") and len(data["kpis"]) > 2:
        data["kpis"][0], data["kpis"][1] = data["kpis"][1], data["kpis"][0]


def _remove_flow(data: Data) -> None:
    flows = (data.get("information") or {}).get("data_flows") or []
    if len(flows) > 1:
        flows.pop()
        flows[0]["data_items"] = [*flows[0].get("data_items", []), "Discharge summary"]


MUTATIONS: dict[str, Callable[[Data], None]] = {
    "flow-removed": _remove_flow,
    "amounts-dates": _amounts_and_dates, "party-added": _add_party,
    "kpi-removed-text": _remove_kpi_and_edit_text, "reordered": _reorder,
}


def mutated(data: Data, *names: str) -> Data:
    """A copy of `data` with the named mutations applied."""
    copied = copy.deepcopy(data)
    for name in names:
        MUTATIONS[name](copied)
    return copied


def write(data: Data, path: Path) -> Path:
    """The data as an agreement file."""
    out = io.StringIO()
    yaml = YAML(typ="safe")
    yaml.default_flow_style = False
    yaml.dump(data, out)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path
