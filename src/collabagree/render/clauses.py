"""Helpers the templates call to turn structured fields into the facts clauses need.

They return plain strings (escaped by the template layer), lists, or the read-only views
templates get instead of models (`template_data`); the model itself is kept in underscore
attributes, which the sandbox never lets a template reach. The *wording* of each clause
stays in the templates (`templates/wording.md.j2`), where users can override it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from collabagree.domain.agreement_types import BY_VALUE, TYPE_TITLES
from collabagree.domain.jurisdictions import JurisdictionRecord
from collabagree.domain.jurisdictions import jurisdiction as jurisdiction_record
from collabagree.domain.regimes import party_regime, regime_act_name
from collabagree.model import Agreement
from collabagree.render.template_data import DataView
from collabagree.render.textsafe import literal_to_markdown

PLACE_WORDING = ("appropriation", "foi_consultation_code")
"""The `Family` fields templates may print through `ClauseHelpers.place_wording`."""
PARTY_KIND_LABELS: dict[str, str] = {
    "central_government": "Central government", "state_government": "State government",
    "local_government": "Local government", "crown_entity": "Crown entity",
    "public_health_service": "Public health service", "health_service": "Health service",
    "charity": "Charity", "ngo": "Non-government organisation",
    "social_enterprise": "Social enterprise", "iwi_maori_organisation": "Iwi or Māori organisation",
    "first_nations_organisation": "First Nations organisation",
    "research_institution": "Research institution", "business": "Business",
    "community_group": "Community group",
}


class ClauseHelpers:
    """Facts about one agreement for its templates (`c` in the templates)."""

    def __init__(self, agreement: Agreement, view: DataView, safe: Callable[[str], Any]) -> None:
        # Underscore names only: Jinja's sandbox blocks them, so no template can reach the
        # model (and its pydantic methods) through `c`.
        self._a = agreement
        self._safe = safe
        self._parties = {party.id: party for party in agreement.parties}
        self._party_views: dict[str, DataView] = {party.id: party for party in view.parties}
        self._signatory_views: tuple[DataView, ...] = view.signatories or ()

    # -- names ------------------------------------------------------------------

    @property
    def noun(self) -> str:
        """How the document calls itself: Memorandum for an MoU, else Agreement."""
        return BY_VALUE[self._a.type].noun

    @property
    def others(self) -> str:
        """`the other Party` between two parties, else `the other Parties`."""
        return "the other Party" if len(self._a.parties) <= 2 else "the other Parties"

    @property
    def type_title(self) -> str:
        """The agreement type in words, e.g. Partnering Agreement."""
        return TYPE_TITLES[self._a.type]

    @property
    def jurisdiction(self) -> JurisdictionRecord:
        """The record of the agreement's jurisdiction (courts, wording that differs by place)."""
        return jurisdiction_record(self._a.agreement.jurisdiction)

    def place_wording(self, name: str) -> Any:
        """A sentence of the jurisdiction family's wording (`appropriation`,
        `foi_consultation_code`), as safe Markdown: it is the tool's own reviewed text, which
        holds no markup (tests/domain checks), so its apostrophes stay unescaped."""
        if name not in PLACE_WORDING:
            raise ValueError(f"no place wording called {name!r}")
        return self._safe(getattr(self.jurisdiction.family, name))

    @property
    def family(self) -> str:
        """UK, NZ, AU or OTHER: the jurisdiction family whose wording applies."""
        return self._a.agreement.jurisdiction.split("-")[0] if self._a.agreement.jurisdiction != "OTHER" else "OTHER"

    def party(self, party_id: str | None) -> str:
        """The name the document uses for a party (short name, else legal name)."""
        found = self._parties.get(party_id or "")
        return found.label if found else (party_id or "")

    def party_or_body(self, reference: str | None) -> str:
        """A party's name, or a governance body's name, for a reporting line."""
        if reference in self._parties:
            return self.party(reference)
        for body in (self._a.governance.bodies or []) if self._a.governance else []:
            if body.id == reference:
                return body.name or body.id
        return reference or ""

    def party_names(self, party_ids: Iterable[str | None]) -> Any:
        """`A, B and C` as safe Markdown (each name escaped)."""
        return self._safe(join_words([literal_to_markdown(self.party(pid)) for pid in party_ids]))

    def kind_label(self, party: Any) -> str:
        """The party's kind in words (`party` is a party's view, or anything with `kind`)."""
        kind = str(getattr(party, "kind", ""))
        return PARTY_KIND_LABELS.get(kind, kind)

    def party_by_id(self, party_id: str | None) -> DataView | None:
        """The party (as template data) with this id, or None."""
        return self._party_views.get(party_id or "")

    # -- law --------------------------------------------------------------------

    def official_information_acts(self) -> list[str]:
        """The Acts named in the official information clause: the listed regimes, else the
        regimes of the public parties, in order and without repeats."""
        info = self._a.information
        codes: list[str] = []
        listed = info.official_information.regimes if info and info.official_information else None
        candidates: list[str | None] = list(listed or []) or [party_regime(p) for p in self._a.public_parties]
        for code in candidates:
            name = regime_act_name(code)
            if name and name not in codes:
                codes.append(name)
        return codes

    def acts_phrase(self) -> Any:
        """`the Official Information Act 1982 and the Local Government ... Act 1987`."""
        acts = [f"the {literal_to_markdown(act)}" for act in self.official_information_acts()]
        return self._safe(join_words(acts) or "the freedom of information law that applies to it")

    def arbitration_act(self) -> str | None:
        """The arbitration statute of the agreement's jurisdiction, if one is known."""
        act = self.jurisdiction.arbitration_act
        return act.title if act else None

    def courts(self) -> str | None:
        """The courts of the agreement's jurisdiction, if known."""
        return self.jurisdiction.courts

    @property
    def all_commonwealth(self) -> bool:
        """Every party a Commonwealth (AU-CTH) central government entity."""
        return all(p.kind == "central_government" and p.jurisdiction == "AU-CTH" for p in self._a.parties)

    # -- structure --------------------------------------------------------------

    def signatories_for(self, party_id: str) -> list[DataView]:
        """The signatories of one party (as template data), in file order."""
        return [s for s in self._signatory_views if s.party == party_id]

    def binding_clause_titles(self) -> Any:
        """The sections or schedules named in `legal_status.binding_clauses`, in words."""
        titles: list[str] = []
        schedules = {s.id: (index, s) for index, s in enumerate(self._a.schedules or [], start=1)}
        for entry in (self._a.agreement.legal_status.binding_clauses or []) if self._a.agreement.legal_status else []:
            if entry in schedules:
                index, schedule = schedules[entry]
                title = schedule.title or schedule.id
                titles.append(title if title.lower().startswith("schedule") else f"Schedule {index} ({title})")
            else:
                titles.append(f"the {entry.replace('_', ' ')} provisions")
        return self._safe(join_words([literal_to_markdown(title) for title in titles]))

    def schedule_number(self, schedule_id: str) -> int | None:
        """1-based position of a schedule, for cross references."""
        for index, schedule in enumerate(self._a.schedules or [], start=1):
            if schedule.id == schedule_id:
                return index
        return None


def join_words(items: list[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + " and " + items[-1]
