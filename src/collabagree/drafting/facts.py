"""`c` in the clause templates: the facts a clause needs, derived once from the agreement.

Names of parties, the document's noun, whether a part binds (and so its modal verb), the
jurisdiction's record and its law, money and dates in the locale. Values that come from
the agreement are returned as literal tokens (through `Structure.finalize`), so a
template can join and print them without ever handling raw user text.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from collabagree.domain.agreement_types import BY_VALUE
from collabagree.domain.jurisdictions import JurisdictionRecord, jurisdiction
from collabagree.domain.law import LawRecord, law
from collabagree.domain.regimes import party_regime, regime_act_name
from collabagree.drafting import tokens as tk
from collabagree.drafting.clause_facts import ClauseSpecifics
from collabagree.drafting.data_facts import DataFacts
from collabagree.drafting.phrasing import Phrasing
from collabagree.drafting.signing import Signing
from collabagree.drafting.structure import Structure
from collabagree.drafting.tables import Tables
from collabagree.drafting.words import capfirst, derived_short_name, join_words
from collabagree.model import Agreement
from collabagree.model.parties import Party
from collabagree.render.localise import format_date, format_money

# Parts of an agreement that `legal_status.binding_clauses` may list, and where they render.
PART_ANCHORS: dict[str, str] = {
    "funding": "funding", "information": "information", "intellectual_property": "ip",
    "governance": "governance", "roles": "roles", "dispute_resolution": "disputes",
    "termination": "termination", "performance": "performance", "kpis": "performance",
    "reporting": "performance", "risks": "risk", "safeguarding": "risk", "exit": "termination",
}


class ClauseFacts(Phrasing, Tables, ClauseSpecifics, DataFacts, Signing):
    """Facts about one agreement for its clause templates."""

    def __init__(self, agreement: Agreement, structure: Structure,
                 anchors: frozenset[str] | None = None) -> None:
        self.a = agreement
        self._s = structure
        self._anchors = anchors
        self.section_titles: dict[str, str] = {}
        self._parties = {party.id: party for party in agreement.parties}
        self._labels = {party.id: self._label(party) for party in agreement.parties}

    def exists(self, anchor: str) -> bool:
        """Whether the document has a clause or section with this anchor (known from a
        first drafting pass; True during that pass)."""
        return self._anchors is None or anchor in self._anchors

    def timeline_figure(self) -> str:
        """The timeline figure after the term clause (`render.timeline`): a block whose
        data and words come from the agreement; nothing when there is nothing to draw."""
        from collabagree.render.timeline import timeline_figure

        figure = timeline_figure(self.a, self.date, self.noun)
        return "" if figure is None else self._s.block(figure)

    # -- names ------------------------------------------------------------------------

    @property
    def noun(self) -> str:
        """What the document calls itself throughout: Agreement or Memorandum."""
        return BY_VALUE[self.a.type].noun

    @property
    def type_title(self) -> str:
        """The type in words: Funding Agreement, Memorandum of Understanding."""
        return BY_VALUE[self.a.type].title

    def label(self, party_id: str | None) -> str:
        """How the document names a party: its short name, else one derived from its name."""
        return self._labels.get(party_id or "", party_id or "")

    def name(self, party_id: str | None) -> str:
        """A party's full legal name."""
        found = self._parties.get(party_id or "")
        return found.name if found else (party_id or "")

    def party(self, party_id: str | None) -> Party | None:
        """The party with this id."""
        return self._parties.get(party_id or "")

    def Label(self, party_id: str | None) -> str:  # noqa: N802 - templates read it as "capitalised label"
        """The label capitalised, to start a sentence ("The Council")."""
        return capfirst(self.label(party_id))

    def labels(self, party_ids: Iterable[str | None]) -> tk.Wording:
        """`the Council, the Trust and the Food Bank`, each name literal."""
        return self.join([self.label(pid) for pid in party_ids])

    def Labels(self, party_ids: Iterable[str | None]) -> tk.Wording:  # noqa: N802 - capitalised `labels`
        """`labels`, capitalised to start a sentence ("The Council and the Ministry")."""
        names = [self.label(pid) for pid in party_ids]
        return self.join([capfirst(names[0]), *names[1:]] if names else [])

    def join(self, items: Iterable[Any], conjunction: str = "and") -> tk.Wording:
        """Values joined as `A, B and C`, each printed literally (wording passes as it is)."""
        parts = [self._s.finalize(item) for item in items if item not in (None, "")]
        return tk.Wording(join_words(parts, self._s.gettext(conjunction)))

    @property
    def parties(self) -> list[Party]:
        """The parties in file order."""
        return list(self.a.parties)

    @property
    def two_parties(self) -> bool:
        """Exactly two parties ("the other Party")."""
        return len(self.a.parties) == 2

    def _label(self, party: Party) -> str:
        if party.short_name:
            return party.short_name
        return derived_short_name(party.name, [p.name for p in self.a.parties])

    # -- binding status ---------------------------------------------------------------

    @property
    def binding(self) -> bool | str | None:
        """`legal_status.binding`: True, False, "mixed" or None (not stated)."""
        status = self.a.agreement.legal_status
        return status.binding if status else None

    def binds(self, part: str) -> bool:
        """Whether `part` (a section key or schedule id) is legally binding."""
        if self.binding is True:
            return True
        if self.binding == "mixed":
            status = self.a.agreement.legal_status
            return part in ((status.binding_clauses or []) if status else [])
        return False

    @property
    def any_binding(self) -> bool:
        """Whether anything in the agreement binds."""
        return self.binding is True or self.binding == "mixed"

    def must(self, part: str) -> str:
        """The modal verb for an obligation in `part`: "must" where it binds, else "will"."""
        return self._s.gettext("must") if self.binds(part) else self._s.gettext("will")

    # -- place and law ----------------------------------------------------------------

    @property
    def place(self) -> JurisdictionRecord:
        """The record of the agreement's jurisdiction."""
        return jurisdiction(self.a.agreement.jurisdiction)

    @property
    def law(self) -> LawRecord:
        """The law of the governing-law jurisdiction (the agreement's, by default)."""
        code = self.a.agreement.governing_law
        return law(self.a.agreement.jurisdiction if code in (None, "none") else code)

    @property
    def holiday_place(self) -> str:
        """Where the public holidays that a Working Day excludes are: the place of the
        governing law (the Australian Capital Territory for a Commonwealth agreement, by
        convention), else the agreement's jurisdiction; there are no public holidays of the
        Commonwealth as such."""
        code = self.a.agreement.governing_law
        return jurisdiction(code).name if code not in (None, "none") else self.place.name

    @property
    def local_law(self) -> LawRecord:
        """The law of the agreement's own jurisdiction (data protection, safeguarding)."""
        return law(self.a.agreement.jurisdiction)

    @property
    def family(self) -> str:
        """UK, NZ, AU or OTHER."""
        return self.place.family.code

    @property
    def public_parties(self) -> list[Party]:
        """Parties that are public authorities."""
        return list(self.a.public_parties)

    @property
    def government_parties(self) -> list[Party]:
        """Parties that are part of a government (a legal person of which they are part)."""
        return [p for p in self.a.parties if p.legal_person]

    def foi_acts(self) -> list[str]:
        """The freedom of information Acts of the public parties, without repeats, each
        with its article as a sentence names it ("the Official Information Act 1982")."""
        info = self.a.information
        listed = info.official_information.regimes if info and info.official_information else None
        names: list[str] = []
        codes: list[str | None] = list(listed or []) or [party_regime(p) for p in self.a.public_parties]
        for code in codes:
            name = regime_act_name(code)
            if name and "the " + name not in names:
                names.append("the " + name)
        return names

    @property
    def others_phrase(self) -> str:
        """`the other Party` between two parties, else `the other Parties`."""
        return self._s.gettext("the other Party") if self.two_parties else self._s.gettext("the other Parties")

    @property
    def is_funding(self) -> bool:
        """A funding agreement."""
        return self.a.type == "funding_agreement"

    @property
    def is_data_sharing(self) -> bool:
        """A data sharing agreement."""
        return self.a.type == "data_sharing_agreement"

    # -- money, dates and counts ------------------------------------------------------

    def money(self, amount: float | int | None) -> str:
        """An amount in the agreement's currency and locale: `£45,000`."""
        currency = self.a.funding.currency if self.a.funding and self.a.funding.currency else self.place.currency
        return format_money(amount, currency)

    def date(self, value: date | None) -> str:
        """A date in words: `1 April 2026`."""
        return format_date(value, self.a.agreement.locale or "en-GB")

    def days(self, count: int) -> str:
        """`30 days`, `1 day`."""
        return self._s.ngettext("%(num)s day", "%(num)s days", count)

    def working_days(self, count: int) -> str:
        """`5 Working Days` (a defined term)."""
        return self._s.ngettext("%(num)s Working Day", "%(num)s Working Days", count)

    def hours(self, count: int) -> str:
        """`24 hours`."""
        return self._s.ngettext("%(num)s hour", "%(num)s hours", count)

    def months(self, count: int) -> str:
        """`1 month`, `3 months`."""
        return self._s.ngettext("%(num)s month", "%(num)s months", count)

    def every_months(self, count: int) -> str:
        """`every month`, `every three months`, `every year`, `every 18 months`."""
        named = {1: "every month", 2: "every two months", 3: "every three months",
                 4: "every four months", 6: "every six months", 12: "every year", 24: "every two years"}
        if count in named:
            return self._s.gettext(named[count])
        return self._s.gettext("every %(months)s") % {"months": self.months(count)}

    def frequency_adverb(self, value: str | None) -> str:
        """`monthly` -> `every month`, for a reporting frequency."""
        words = {"monthly": "every month", "quarterly": "every three months",
                 "six_monthly": "every six months", "annual": "every year"}
        return self._s.gettext(words.get(value or "", "")) if value in words else ""

    def training_frequency(self, value: str | None) -> tk.Wording | None:
        """How often joint training takes place, to finish "The training takes place ...":
        a one-word frequency ("Annual") in words ("every year"), else the user's phrase."""
        words = {"annual": "every year", "annually": "every year", "yearly": "every year",
                 "monthly": "every month", "quarterly": "every three months",
                 "six_monthly": "every six months", "six-monthly": "every six months",
                 "weekly": "every week"}
        key = " ".join(str(value or "").split()).rstrip(".").lower()
        if key in words:
            return tk.Wording(self._s.gettext(words[key]))
        return self.phrase(value)

    def list_end(self, index: int, length: int, conjunction: str = "and") -> str:
        """What ends a list item that completes its lead-in: `;`, `; and` (or `; or`), `.`"""
        if index == length:
            return "."
        if index == length - 1:
            return "; " + self._s.gettext(conjunction)
        return ";"

