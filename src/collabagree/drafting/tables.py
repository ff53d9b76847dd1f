"""Rows of the tables the clauses print, built from the model (mixin of `ClauseFacts`).

Cells are plain values (shown literally), wording tokens, or prose tokens from
`Structure.inline`, so user text keeps its emphasis and links but nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from collabagree.drafting.words import capfirst

Row = list[Any]

KIND_WORDS = {"input": "Input", "output": "Output", "outcome": "Outcome"}
LEVEL_WORDS = {"low": "Low", "medium": "Medium", "high": "High"}
FREQUENCY_WORDS = {"monthly": "Monthly", "quarterly": "Quarterly", "six_monthly": "Every six months",
                   "annual": "Yearly"}
MEETING_LEVEL_WORDS = {"practitioner": "Practitioner", "operational": "Operational",
                       "management": "Management", "executive": "Executive"}


if TYPE_CHECKING:
    from collabagree.drafting.structure import Structure
    from collabagree.model import Agreement


class Tables:
    """Mixin of `ClauseFacts`: one method per table."""

    if TYPE_CHECKING:  # provided by the other parts of ClauseFacts
        def label(self, party_id: str | None) -> str:
            ...
        def money(self, amount: float | int | None) -> str:
            ...
        def date(self, value: Any) -> str:
            ...
        def every_months(self, count: int) -> str:
            ...

    _s: Structure
    a: Agreement





    def _t(self, words: Mapping[str, str], value: str | None) -> str:
        return self._s.gettext(words[value]) if value is not None and value in words else ""

    def _inline(self, value: Any) -> Any:
        return self._s.inline(value) if value not in (None, "") else ""

    def objective_rows(self, objectives: Sequence[Any]) -> list[Row]:
        """Ref | Objective."""
        return [[o.id, self._inline(o.text)] for o in objectives]

    def mechanism_rows(self, mechanisms: Sequence[Any]) -> list[Row]:
        """Means of engagement | How often."""
        return [[m.name or "", m.frequency or ""] for m in mechanisms]

    def responsibility_rows(self, items: Sequence[Any]) -> list[Row]:
        """Ref | Responsibility | Accountable position."""
        return [[r.id or "", self._inline(r.text), r.owner_role or ""] for r in items]

    def member_rows(self, members: Sequence[Any]) -> list[Row]:
        """Party | Member."""
        return [[self.label(m.party), m.role or ""] for m in members]

    def role_rows(self, roles: Mapping[str, str]) -> list[Row]:
        """Party | Position (executive sponsors, variation approvers)."""
        return [[self.label(party), role] for party, role in roles.items()]

    def approval_rows(self, approvals: Sequence[Any]) -> list[Row]:
        """Party | Approved by | Reference | Date."""
        return [[self.label(x.party), x.body or "", x.reference or "", self.date(x.date)] for x in approvals]

    def work_rows(self, items: Sequence[Any]) -> list[Row]:
        """Ref | Workstream | Lead | Objective | Milestones (each with its date)."""
        rows = []
        for item in items:
            milestones = "; ".join(
                f"{m.name or ''} ({self.date(m.due)})" if m.due else (m.name or "")
                for m in item.milestones or [])
            rows.append([item.id, self._inline(item.workstream), self.label(item.owner) if item.owner else "",
                         item.objective or "", milestones])
        return rows

    def contribution_rows(self, contributions: Sequence[Any]) -> list[Row]:
        """Party | Contribution | Amount | Period | Description."""
        kinds = {"cash": "Cash", "in_kind": "In kind"}
        return [[self.label(x.party), self._t(kinds, x.type), self.money(x.amount) if x.amount is not None else "",
                 x.period or "", self._inline(x.description)] for x in contributions]

    def instalment_rows(self, instalments: Sequence[Any]) -> list[Row]:
        """Instalment | Due | Amount | Condition."""
        return [[str(index), self.date(x.due), self.money(x.amount) if x.amount is not None else "",
                 self._inline(x.condition)] for index, x in enumerate(instalments, start=1)]

    def kpi_rows(self, kpis: Sequence[Any]) -> list[Row]:
        """Ref | Measure | Kind | Baseline | Target (what is measured; how it is reported is
        `kpi_reporting_rows`: eight columns on one A4 line split words mid-word in Word)."""
        return [[k.id, self._inline(k.measure), self._t(KIND_WORDS, k.kind), self._inline(k.baseline),
                 self._inline(k.target)] for k in kpis]

    def kpi_reporting_rows(self, kpis: Sequence[Any]) -> list[Row]:
        """Ref | How often | Reported by | Source of data."""
        return [[k.id, self._t(FREQUENCY_WORDS, k.frequency), self.label(k.responsible) if k.responsible else "",
                 self._inline(k.data_source)] for k in kpis]

    def meeting_rows(self, meetings: Sequence[Any]) -> list[Row]:
        """Meeting | Level | Parties attending | How often."""
        return [[m.name or "", self._t(MEETING_LEVEL_WORDS, m.level),
                 self._s.finalize(", ".join(self.label(p) for p in m.parties or [])),
                 self.every_months(m.frequency_months).capitalize() if m.frequency_months else ""]
                for m in meetings]

    def risk_rows(self, risks: Sequence[Any]) -> list[Row]:
        """Ref | Risk | Owner | Likelihood | Impact | Mitigation."""
        return [[r.id, self._inline(r.description), self.label(r.owner) if r.owner else "",
                 self._t(LEVEL_WORDS, r.likelihood), self._t(LEVEL_WORDS, r.impact), self._inline(r.mitigation)]
                for r in risks]

    def keyed_text_rows(self, mapping: Mapping[str, str]) -> list[Row]:
        """Party | text (case documentation systems)."""
        return [[self.label(party), self._inline(text)] for party, text in mapping.items()]

    def processor_rows(self, processors: Sequence[Any]) -> list[Row]:
        """Processor | Acting for | Purpose."""
        return [[p.name or "", self.label(p.acting_for) if p.acting_for else "", self._inline(p.purpose)]
                for p in processors]

    def exit_rows(self, exit_: Any) -> list[Row]:
        """Matter | What happens (shared information, records, assets, clients)."""
        matters = (("data", "Shared information"), ("records", "Records"), ("assets", "Assets"),
                   ("clients", "Clients"))
        return [[self._s.gettext(word), self._inline(getattr(exit_, key))]
                for key, word in matters if getattr(exit_, key)]

    def history_rows(self, history: Sequence[Any]) -> list[Row]:
        """Version | Date | Changes."""
        return [[h.version or "", self.date(h.date), self._inline(h.changes)] for h in history]

    def ladder_header(self) -> list[Any]:
        """Level | one column per party | Time to resolve."""
        return [self._s.gettext("Level"), *[capfirst(self.label(p.id)) for p in self.a.parties],
                self._s.gettext("Time to resolve")]

    def ladder_widths(self) -> list[float]:
        """Relative widths of the ladder columns."""
        return [1, *[3 for _ in self.a.parties], 2]

    def ladder_rows(self, levels: Sequence[Any]) -> list[Row]:
        """One row per level: the position for each party, and the working days it has."""
        rows = []
        for index, level in enumerate(levels, start=1):
            roles = level.roles or {}
            days = (self._s.ngettext("%(num)s Working Day", "%(num)s Working Days", level.timeframe_days)
                    if level.timeframe_days is not None else "")
            rows.append([str(index), *[roles.get(p.id, "") for p in self.a.parties], days])
        return rows
