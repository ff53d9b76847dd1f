"""Facts particular clauses need (mixin of `ClauseFacts`): the parties clause, legal
status, funding roles, data flows, general provisions and the execution page."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from collabagree.drafting import tokens as tk
from collabagree.drafting.words import capfirst

SCHEDULE_PREFIX = re.compile(r"^\s*schedule\s+\d+\s*[-–—:.]?\s*", re.IGNORECASE)
_SCHEDULE_REF = re.compile(r"^\s*schedule\s+(\d{1,3})\s*\.?\s*$", re.IGNORECASE)
_ABBREVIATIONS = {"abn": "ABN", "acn": "ACN", "nzbn": "NZBN", "ukprn": "UKPRN", "urn": "URN"}
_PART_ALSO = {"information": ("data",)}
"""Sections that bind with a part of `binding_clauses` (the data section's "must" follows
`information`), so that the legal-status clause lists them too."""
_SURVIVING = (("information.confidentiality", "confidentiality"), ("information.records", "records"),
              ("funding.records", "records and audit"), ("funding.repayment", "repayment"),
              ("data.handling", "personal information"))


if TYPE_CHECKING:
    from collabagree.drafting.structure import Structure
    from collabagree.model import Agreement


class ClauseSpecifics:
    """Mixin of `ClauseFacts`."""

    if TYPE_CHECKING:  # provided by the other parts of ClauseFacts
        def label(self, party_id: str | None) -> str:
            ...
        def Label(self, party_id: str | None) -> str:  # noqa: N802
            ...
        def join(self, items: Any, conjunction: str = "and") -> tk.Wording:
            ...
        def binds(self, part: str) -> bool:
            ...

    _s: Structure
    a: Agreement





    # -- parties ----------------------------------------------------------------------

    def _terms(self) -> set[str]:
        words = {p.short_name.removeprefix("the ").split(" ")[0] for p in self.a.parties if p.short_name}
        words |= {self.label(p.id).removeprefix("the ").split(" ")[0] for p in self.a.parties}
        words |= {term.split(" ")[0] for term in (self.a.definitions or {})}
        return words | {"Grant", "Party", "Parties", "Shared", "Working", "Eligible"}

    def party_description(self, party: Any) -> tk.Wording:
        """`Kestrel Vale Community Food Bank (charity number 1234567), of Unit 4, ... (the
        "Food Bank")`: the name, registration, address and the short name it defines."""
        label = self.label(party.id)
        ids = "; ".join(f"{_ABBREVIATIONS.get(k.lower(), k.replace('_', ' '))} {v}"
                        for k, v in (party.identifiers or {}).items())
        text = self._s.finalize(party.name)
        if ids:
            text += " (" + self._s.finalize(ids) + ")"
        address = _without_name(party.address, party.name)
        if address:
            text += self._s.gettext(", of ") + self._s.inline(address)
        term = label.removeprefix("the ")
        defined = f' (the "{term}")' if label.startswith("the ") else f' ("{label}")'
        return tk.Wording(text + self._s.finalize(defined))

    def power_rows(self) -> list[list[Any]]:
        """Party | Power under which it acts, for parties that state one."""
        return [[capfirst(self.label(p.id)), self._s.inline(p.statutory_basis)]
                for p in self.a.parties if p.statutory_basis]

    def legal_persons(self) -> list[tuple[str, list[str]]]:
        """Each legal person that some parties are part of, with those parties' ids."""
        groups: dict[str, list[str]] = {}
        for party in self.a.parties:
            if party.legal_person:
                groups.setdefault(party.legal_person, []).append(party.id)
        return list(groups.items())

    def single_legal_person(self) -> str | None:
        """The legal person every party is part of, if they are all part of one."""
        persons = {party.legal_person for party in self.a.parties}
        if len(persons) == 1 and None not in persons and len(self.a.parties) > 1:
            return str(persons.pop())
        return None

    def binding_parts(self) -> tk.Wording:
        """The binding parts by number: `clause 10 (Funding) and Schedule 2 (Grant Conditions)`."""
        from collabagree.drafting.facts import PART_ANCHORS

        status = self.a.agreement.legal_status
        schedules = {s.id: s for s in self.a.schedules or []}
        parts: list[str] = []
        for entry in (status.binding_clauses or []) if status else []:
            if entry in schedules:
                title = self.schedule_title(schedules[entry])
                parts.append(self._s.ref("schedule." + entry, fallback=title) + self._s.finalize(f" ({title})"))
            else:
                words = entry.replace("_", " ")
                anchor = PART_ANCHORS.get(entry, entry)
                parts.append(self._s.ref(anchor, fallback=f"the {words} provisions")
                             + self._s.finalize(f" ({self._section_title(anchor) or words})"))
                # The personal-information section takes its modal verb from the same part.
                for extra in _PART_ALSO.get(entry, ()):
                    if self.exists(extra) and self._section_title(extra):  # type: ignore[attr-defined]
                        parts.append(self._s.ref(extra) + self._s.finalize(f" ({self._section_title(extra)})"))
        return self.join(parts)

    def _section_title(self, anchor: str) -> str:
        titles: dict[str, str] = getattr(self, "section_titles", {}) or {}
        return titles.get(anchor, "")

    def schedule_title(self, schedule: Any) -> str:
        """A schedule's title without a typed "Schedule 1 –" (the number comes from order)."""
        return SCHEDULE_PREFIX.sub("", schedule.title or "") or schedule.id

    def schedule_anchor(self, text: str | None) -> str | None:
        """The anchor of the schedule a text such as "Schedule 1" or a schedule id names."""
        schedules = list(self.a.schedules or [])
        match = _SCHEDULE_REF.match(text or "")
        if match and 1 <= int(match.group(1)) <= len(schedules):
            return "schedule." + schedules[int(match.group(1)) - 1].id
        for schedule in schedules:
            if (text or "").strip() == schedule.id:
                return "schedule." + schedule.id
        return None

    @staticmethod
    def is_rotating(chair: str | None) -> bool:
        """Whether a chair is "rotating" (or "rotates ...")."""
        return (chair or "").strip().lower().startswith("rotat")

    def reporter(self, reference: str | None) -> str:
        """A party's label or a governance body's name."""
        if reference in {p.id for p in self.a.parties}:
            return self.label(reference)
        for body in (self.a.governance.bodies or []) if self.a.governance else []:
            if body.id == reference:
                return "the " + (body.name or body.id)
        return reference or ""

    def Reporter(self, reference: str | None) -> str:  # noqa: N802
        """`reporter`, capitalised to start a sentence."""
        return capfirst(self.reporter(reference))

    @property
    def publisher(self) -> str | None:
        """The publishing party: `publication.by`, else the lead agency, else a public party."""
        pub = self.a.publication
        if pub is not None and pub.by:
            return str(pub.by)
        if self.a.lead_agency:
            return str(self.a.lead_agency)
        public = self.a.public_parties
        return public[0].id if public else None

    # -- funding ----------------------------------------------------------------------

    @property
    def cash_contributors(self) -> list[str]:
        """Parties that contribute cash, in file order."""
        funding = self.a.funding
        seen: list[str] = []
        for item in (funding.contributions or []) if funding else []:
            if item.type == "cash" and item.party and item.party not in seen and (item.amount or 0) > 0:
                seen.append(item.party)
        return seen

    @property
    def funder(self) -> str | None:
        """The party that pays the grant: the first cash contributor, else the lead agency."""
        return (self.cash_contributors or [self.a.lead_agency or ""])[0] or None

    @property
    def recipient(self) -> str | None:
        """The party that receives the grant: the first party that is not the funder."""
        return next((p.id for p in self.a.parties if p.id != self.funder), None)

    def budget_caveat(self) -> str:
        """What future years' payments depend on, by family."""
        family = self.place.family.code  # type: ignore[attr-defined]
        if family == "NZ":
            return self._s.gettext("appropriation by Parliament or approval in the paying Party's annual plan, "
                                   "as applies to that Party")
        if family == "AU":
            return self._s.gettext("the appropriation or approval of sufficient funds through the paying Party's "
                                   "budget process")
        return self._s.gettext("the paying Party setting a budget that provides for them")

    @property
    def sales_tax(self) -> str:
        """VAT in the UK, GST in New Zealand and Australia."""
        return "GST" if self.place.family.code in ("NZ", "AU") else "VAT"  # type: ignore[attr-defined]

    # -- general provisions -----------------------------------------------------------

    def precedence_rows(self) -> list[Any]:
        """Related instruments that say which prevails: objects with `title` and `prevails`."""
        rows = []
        for item in self.a.related_instruments or []:
            if item.precedence and item.title:
                rows.append(_Precedence("the " + item.title if not item.title.lower().startswith("the ")
                                        else item.title, item.precedence))
        return rows

    @property
    def related_binding(self) -> bool:
        """Whether a binding related instrument is part of the bargain (no entire-agreement clause)."""
        return any(item.binding for item in self.a.related_instruments or [])

    def notice_rows(self) -> list[list[Any]]:
        """Party | Address | E-mail | For the attention of, for parties that give notices."""
        rows = []
        for party in self.a.parties:
            n = party.notices
            if n is not None and (n.address or n.email or n.for_attention_of):
                rows.append([capfirst(self.label(party.id)), self._s.inline(n.address) if n.address else "",
                             n.email or "", n.for_attention_of or ""])
        return rows

    def surviving_anchors(self) -> tk.Wording | None:
        """"Clauses 9.11, 13.1 and 14.4": the clauses that continue after the end, where
        they exist; None when there are none."""
        exists = self.exists  # type: ignore[attr-defined]
        present = [anchor for anchor, _name in _SURVIVING if exists(anchor)]
        return self._s.ref("|".join(present), style="Many") if present else None

    @property
    def governing_law_applies(self) -> bool:
        """A governing-law clause is printed for binding parts, or when the file names a law."""
        law = self.a.agreement.governing_law
        if law == "none":
            return False
        return bool(self.a.agreement.legal_status and self.a.agreement.legal_status.binding in (True, "mixed")) \
            or "governing_law" in self.a.agreement.model_fields_set

    @property
    def arbitration_act(self) -> str:
        """The arbitration statute of the place, as a clause names it."""
        act = self.place.arbitration_act  # type: ignore[attr-defined]
        return "the " + act.title if act else ""


def _without_name(address: str | None, name: str | None) -> str | None:
    """A postal address without a first line that repeats the party's name, so that the
    parties clause does not read "Glenmorrow Council, of Glenmorrow Council, High Street"."""
    if not address or not name:
        return address
    first, _sep, rest = address.partition(",")
    if first.strip().casefold() == name.strip().casefold() and rest.strip():
        return rest.strip()
    return address


class _Precedence:
    """One order-of-precedence entry for the templates."""

    def __init__(self, title: str, prevails: str) -> None:
        self.title = title
        self.prevails = prevails
