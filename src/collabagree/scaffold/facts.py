"""What follows from the answers: who is public, which FOI laws apply, who leads, funds,
keeps the records, which dates fall where, and the positions each party would usually name.

The section builders read these facts instead of re-deriving them, so that, for example,
the regimes listed under `official_information` are exactly those given to the parties.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from collabagree.core.dates import add_months
from collabagree.core.text import join_words
from collabagree.domain.jurisdictions import jurisdiction as jurisdiction_record
from collabagree.domain.regimes import fitting_regime_for, regime_act_name
from collabagree.model.enums import VOLUNTARY_KINDS
from collabagree.scaffold.answers import Answers, PartyAnswer

# Kinds that answer to ministers (or are arms of the Crown): disputes go to ministers.
_MINISTERIAL_KINDS = frozenset({"central_government", "state_government", "crown_entity"})
# Kinds that may share personal information with clients' services (cross-sector work).
_PERSONAL_DATA_TYPES = frozenset({"data_sharing_agreement", "cross_sector_collaboration"})


@dataclass(frozen=True)
class Positions:
    """The positions a party usually names at each level (all defaults the user confirms)."""

    contact: str
    officer: str
    manager: str
    executive: str
    signatory: str


def positions_for(kind: str, jurisdiction: str) -> Positions:
    """Typical positions for a party of this kind in this jurisdiction, lowest level first."""
    family = jurisdiction_record(jurisdiction).family
    programme = family.programme
    if kind in ("central_government", "state_government"):
        senior = family.senior_official
        return Positions(f"{programme} Manager", f"{programme} Manager", "Director", senior, senior)
    if kind == "local_government":
        return Positions("Partnership Officer", "Partnership Officer", "Head of Service",
                         "Chief Executive", "Chief Executive")
    if kind in ("crown_entity", "public_health_service", "health_service"):
        return Positions(f"{programme} Manager", f"{programme} Manager", "Director",
                         "Chief Executive", "Chief Executive")
    if kind == "research_institution":
        return Positions("Project Manager", "Project Manager", "Head of School",
                         "Deputy Vice-Chancellor (Research)", "Deputy Vice-Chancellor (Research)")
    if kind == "business":
        return Positions("Account Manager", "Account Manager", "Director", "Managing Director",
                         "Managing Director")
    chair = "Chair of Trustees" if kind == "charity" else "Chair of the Board"
    return Positions("Operations Manager", "Operations Manager", "Chief Executive", chair,
                     "Chief Executive")


@dataclass(frozen=True)
class Facts:
    """Facts derived once from the answers, shared by every section builder."""

    answers: Answers
    public: tuple[PartyAnswer, ...]
    voluntary: tuple[PartyAnswer, ...]
    party_regimes: dict[str, str]
    regimes: tuple[str, ...]
    keeper: str
    funder: str
    recipient: str
    personal_data: bool
    profiles: tuple[str, ...]
    final_step: str
    notice_days: int
    first_review: date
    milestone_due: date
    evaluation_due: date

    @property
    def type(self) -> str:
        """The agreement type."""
        return self.answers.type

    @property
    def parties(self) -> tuple[PartyAnswer, ...]:
        """The parties, in the order given."""
        return self.answers.parties

    @property
    def mixed(self) -> bool:
        """Public and non-public parties together (FOI assistance is then needed)."""
        return bool(self.public) and len(self.public) < len(self.parties)

    @property
    def currency(self) -> str:
        """ISO 4217 code for the jurisdiction; XXX ("no currency") where it cannot be known."""
        return jurisdiction_record(self.answers.jurisdiction).currency

    def positions(self, party: PartyAnswer) -> Positions:
        """The usual positions of `party`."""
        return positions_for(party.kind, self.answers.jurisdiction)

    def acts(self) -> str:
        """The FOI Acts of the public parties in words, for clause text."""
        names = [f"the {regime_act_name(code)}" for code in self.regimes if regime_act_name(code)]
        if not names:
            return "the freedom of information law that applies to each public party"
        return join_words(names)


def label(party: PartyAnswer) -> str:
    """How clause text names a party: its name, or its id while the name is a placeholder."""
    return party.id if party.placeholder else party.name


def _final_step(parties: tuple[PartyAnswer, ...]) -> str:
    """Never courts or arbitration by default: public bodies rarely litigate against each
    other (between Commonwealth agencies an MoU is administrative, ANAO), so escalate to
    ministers or councils when every party answers to one, else to mediation."""
    kinds = {party.kind for party in parties}
    if kinds <= _MINISTERIAL_KINDS:
        return "referral_to_ministers"
    if kinds == {"local_government"}:
        return "referral_to_councils"
    if all(party.public for party in parties):
        return "independent_facilitation"
    return "mediation"


def _profiles(answers: Answers, voluntary: tuple[PartyAnswer, ...]) -> tuple[str, ...]:
    """Opt-in rule packs that fit (vic_cross_sector and nz_partnering are on by default for
    their types, so they need no entry): the APS Charter when an Australian Government agency
    is a party, the UK Compact when a UK public body works with a voluntary organisation."""
    profiles: list[str] = []
    kinds = {party.kind for party in answers.parties}
    if answers.jurisdiction == "AU-CTH" and "central_government" in kinds:
        profiles.append("aps_charter")
    if answers.jurisdiction.startswith("UK-") and voluntary and any(p.public for p in answers.parties):
        profiles.append("uk_compact")
    return tuple(profiles)


def _inside_term(day: date, start: date, end: date | None) -> date:
    """`day` pulled back inside the term (after the start, not after the end)."""
    if end is not None and day > end:
        return end
    return max(day, start + timedelta(days=1))


def derive_facts(answers: Answers) -> Facts:
    """Everything the section builders need to know, from the answers."""
    public = tuple(party for party in answers.parties if party.public)
    voluntary = tuple(party for party in answers.parties if party.kind in VOLUNTARY_KINDS)
    party_regimes = {party.id: fitting_regime_for(answers.jurisdiction, party.kind, party.name) or "other"
                     for party in public}
    regimes = tuple(dict.fromkeys(party_regimes.values()))
    lead = answers.party(answers.lead)
    keeper = lead.id if lead.public or not public else public[0].id
    funder = lead.id if lead.public or not public else public[0].id
    recipient = next((party.id for party in answers.parties if party.id != funder), funder)
    start, end = answers.start, answers.end
    # Three months' notice for the voluntary sector (UK Compact); otherwise 60 days. Never
    # as long as the term itself (LIF009).
    notice = 90 if voluntary else 60
    if end is not None:
        notice = min(notice, max((end - start).days, 1))
    return Facts(
        answers=answers, public=public, voluntary=voluntary, party_regimes=party_regimes,
        regimes=regimes, keeper=keeper, funder=funder, recipient=recipient,
        personal_data=answers.type in _PERSONAL_DATA_TYPES,
        profiles=_profiles(answers, voluntary), final_step=_final_step(answers.parties),
        notice_days=notice,
        first_review=_inside_term(add_months(start, 12) - timedelta(days=1), start, end),
        milestone_due=_inside_term(add_months(start, 6) - timedelta(days=1), start, end),
        evaluation_due=_inside_term(
            add_months(end, -6) if end is not None else add_months(start, 24), start, end),
    )
