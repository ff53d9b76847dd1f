"""Facts the personal-information clauses need (mixin of `ClauseFacts`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from collabagree.drafting import tokens as tk

STATUS_WORDS = {"separate": "Separate controller", "joint": "Joint controller", "processor": "Processor"}
_COUNTRY = {"UK": "the United Kingdom", "NZ": "New Zealand", "AU": "Australia"}


if TYPE_CHECKING:
    from collabagree.drafting.structure import Structure
    from collabagree.model import Agreement


class DataFacts:
    """Mixin of `ClauseFacts`."""

    if TYPE_CHECKING:  # provided by the other parts of ClauseFacts
        def label(self, party_id: str | None) -> str:
            ...
        def join(self, items: Any, conjunction: str = "and") -> tk.Wording:
            ...

    _s: Structure
    a: Agreement



    @property
    def personal_flows(self) -> list[Any]:
        """Flows that carry personal information."""
        info = self.a.information
        return [f for f in (info.data_flows or []) if f.personal or f.special_category] if info else []

    @property
    def has_personal_data(self) -> bool:
        """Whether personal information passes between the parties."""
        info = self.a.information
        return bool(self.personal_flows or (info and info.personal_information_exchanged))

    def flows_by_status(self) -> list[tuple[str, list[str]]]:
        """(controller status, flow ids) in the order statuses first appear; `unstated` last."""
        groups: dict[str, list[str]] = {}
        for flow in self.personal_flows:
            groups.setdefault(flow.controller_status or "unstated", []).append(flow.id)
        ordered = [key for key in groups if key != "unstated"] + (["unstated"] if "unstated" in groups else [])
        return [(key, groups[key]) for key in ordered]

    def flow_rows(self, flows: list[Any]) -> list[list[Any]]:
        """Ref | From | To | Information | Personal information | Recipient's role | How often."""
        rows = []
        for f in flows:
            personal = (self._s.gettext("Yes, special category") if f.special_category
                        else self._s.gettext("Yes") if f.personal
                        else self._s.gettext("No") if f.personal is False else "")
            status = self._s.gettext(STATUS_WORDS[f.controller_status]) if f.controller_status else ""
            items = "; ".join(f.data_items or [])
            rows.append([f.id, self.label(f.from_), self.label(f.to), self._s.inline(items) if items else "",
                         personal, status, self._s.inline(f.frequency) if f.frequency else ""])
        return rows

    def basis_rows(self, flows: list[Any]) -> list[list[Any]]:
        """Flow | Party | Lawful basis."""
        return [[f.id, self.label(party), self._s.inline(basis)]
                for f in flows for party, basis in (f.lawful_basis or {}).items()]

    def condition_rows(self, flows: list[Any]) -> list[list[Any]]:
        """Flow | Party | Condition (special category data)."""
        return [[f.id, self.label(party), self._s.inline(text)]
                for f in flows for party, text in (f.conditions or {}).items()]

    def handling_rows(self, flows: list[Any]) -> list[list[Any]]:
        """Flow | How it is sent | Security | Kept for | Destruction."""
        rows = []
        for f in flows:
            cells = [f.transfer_method, f.security, f.retention, f.disposal]
            if any(cells):
                rows.append([f.id, *[self._s.inline(c) if c else "" for c in cells]])
        return rows

    def data_protection_meaning(self) -> tk.Wording:
        """`means the UK GDPR, the Data Protection Act 2018 and ...`, from the law record."""
        law = self.local_law  # type: ignore[attr-defined]
        names = [item.text for item in law.data_protection]
        note = f", {law.data_protection_note}" if law.data_protection_note else ""
        if not names:
            return tk.Wording(self._s.gettext("means the law on the protection of personal information that "
                                              "applies to a Party."))
        return tk.Wording(self._s.gettext("means") + " " + self.join(names) + self._s.finalize(
            note + self._s.gettext(", and any other law on the protection of personal information that applies to a Party.")))

    @property
    def country(self) -> str:
        """The country data must not leave without safeguards."""
        return _COUNTRY.get(self.place.family.code, self._s.gettext("the country where it is held"))  # type: ignore[attr-defined]

    @property
    def rights_law(self) -> str:
        """Where individuals' rights come from (UK GDPR Chapter III, IPPs 6 and 7, APPs 12 and 13)."""
        law = self.local_law  # type: ignore[attr-defined]
        return law.individual_rights.text if law.individual_rights else ""

    def dpo_rows(self) -> list[list[Any]]:
        """Party | Officer | Contact, for parties that name one."""
        return [[self.label(p.id), p.dpo.role or "", p.dpo.channel or ""]
                for p in self.a.parties if p.dpo is not None and (p.dpo.role or p.dpo.channel)]
