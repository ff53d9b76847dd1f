"""INF rules on official information: FOI/OIA clauses, regimes, assistance and consultation.

Part of the INF group; `inf.RULES` lists these with the rest of the group in code order.
"""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.domain import sources
from collabagree.domain.jurisdictions import jurisdiction
from collabagree.domain.regimes import (
    describe_regime,
    fitting_regime,
    party_regime,
    regime,
    response_working_days,
)
from collabagree.domain.sources import cite
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.model import Agreement

_OFFICIAL = ("information", "official_information")
_ICO_OUT = ("ICO, *Outsourcing FOIA and EIR obligations* (Freedom of Information Act 2000 "
            "s3(2)(b), information held on behalf of an authority), "
            "http://ico.org.uk/for-organisations/guidance-index/"
            "freedom-of-information-and-environmental-information-regulations/"
            "outsourcing-foia-and-eir-obligations")
_OAIC_6C = ("OAIC, documents held by government contractors (Freedom of Information Act 1982 "
            "(Cth) s6C), https://www.oaic.gov.au/freedom-of-information/foi-resources/"
            "foi-agency-resources/documents-held-by-government-contractors-agency-obligations-"
            "under-the-freedom-of-information-act-1982")
_LGOIMA = ("Local Government Official Information and Meetings Act 1987 s12 and Official "
           "Information Act 1982 s14, "
           "http://www.legislation.govt.nz/act/public/1987/0174/latest/DLM122295.html")


def _public_party_list(agreement: Agreement) -> str:
    parts = []
    for party in agreement.public_parties:
        code = party_regime(party)
        parts.append(f"'{party.id}'" + (f" ({describe_regime(code)})" if code is not None and regime(code) else ""))
    return ", ".join(parts)


@rule("INF008", "official-information-missing", "E",
      summary="a public party exists and no official_information",
      why="A public authority's information about the collaboration can be requested under freedom "
          "of information law; the agreement must say which laws apply and how the parties handle "
          "requests, because the authority cannot contract out of them.",
      source=f"{_ICO_OUT}; {_LGOIMA}",
      fix="Add `information.official_information` with the `regimes` of the public parties, "
          "`consultation_days`, and a `statement` of how requests are handled.")
def official_information_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A party is a public authority and `information.official_information` is absent."""
    information = agreement.information
    if not agreement.public_parties:
        return
    if information is None or information.official_information is None:
        noun = "public authority" if len(agreement.public_parties) == 1 else "public authorities"
        yield Violation(_OFFICIAL,
                        f"{noun} {_public_party_list(agreement)} must answer freedom of "
                        "information requests, but the agreement has no official information "
                        "clause (information.official_information)")


@rule("INF009", "regime-not-covered", "E",
      summary="a public party's foi_regime (or the regime that fits it) is not in "
              "official_information.regimes",
      why="The official information clause must name the law each public party answers to, or "
          "the parties will not recognise a request under the law they forgot.",
      source=f"{_ICO_OUT}; {_OAIC_6C}",
      fix="List every public party's regime under `information.official_information.regimes`.")
def regime_not_covered(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A public party's `foi_regime`, or when it has none the regime that fits its jurisdiction
    and kind, is not listed in `official_information.regimes` (one finding per missing regime;
    `none` and `other` are not checked; INF008 reports a missing official_information)."""
    information = agreement.information
    official = information.official_information if information is not None else None
    if official is None:
        return
    listed = set(official.regimes or ())
    missing: dict[str, list[str]] = {}
    for party in agreement.public_parties:
        code = party_regime(party)
        if code is None or regime(code) is None or code in listed:
            continue
        missing.setdefault(code, []).append(party.id)
    for code, party_ids in missing.items():
        yield Violation((*_OFFICIAL, "regimes"),
                        f"official_information.regimes does not list {describe_regime(code)}, "
                        f"the regime of {quote_list(party_ids)}")


def holders_on_behalf(agreement: Agreement) -> dict[str, list[str]]:
    """The non-public parties that hold information on behalf of a public party, each with the
    public parties it holds for: the recipient of a data flow from a public party that acts as
    that party's processor (`controller_status: processor`), and the records keeper
    (`information.records.keeper`) when it is not a public party (it keeps the collaboration's
    records for all of them)."""
    public = [party.id for party in agreement.public_parties]
    others = {party.id for party in agreement.parties if not party.public_authority}
    holders: dict[str, list[str]] = {}
    information = agreement.information
    if not public or not others or information is None:
        return holders
    for flow in information.data_flows or ():
        if flow.controller_status == "processor" and flow.to in others and flow.from_ in public:
            holders.setdefault(flow.to, [])
            if flow.from_ not in holders[flow.to]:
                holders[flow.to].append(flow.from_)
    keeper = information.records.keeper if information.records is not None else None
    if keeper in others:
        held_for = holders.setdefault(keeper, [])
        held_for.extend(party for party in public if party not in held_for)
    return holders


@rule("INF010", "assist-on-behalf-missing", "E",
      summary="a non-public party holds information on behalf of a public party and no "
              "assist_on_behalf",
      why="Information a charity or business holds on behalf of a public authority counts as "
          "held by the authority and can be requested from it; the non-public party must "
          "undertake to supply it in time for the statutory deadline. Information a partner holds "
          "for its own purposes is not held on the authority's behalf.",
      source=f"{_ICO_OUT}; {_OAIC_6C}",
      fix="Add `information.official_information.assist_on_behalf`: the non-public party gives the "
          "public party, within a few working days, information it holds on its behalf.")
def assist_on_behalf_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A non-public party holds information on behalf of a public party and
    `official_information.assist_on_behalf` is absent. The rule decides that a party holds
    information on another's behalf from the data, not from the mere mix of parties: it
    receives a data flow from a public party as that party's processor (`controller_status:
    processor`), or it is the records keeper (`information.records.keeper`). A partner that is
    a separate controller of what it receives, or that keeps only its own records, holds
    information for itself."""
    holders = holders_on_behalf(agreement)
    if not holders:
        return
    information = agreement.information
    official = information.official_information if information is not None else None
    if official is None or is_blank(official.assist_on_behalf):
        parts = [f"'{holder}' holds information on behalf of {quote_list(held_for)}"
                 for holder, held_for in holders.items()]
        yield Violation((*_OFFICIAL, "assist_on_behalf"),
                        f"{'; '.join(parts)}: say how it supplies that information when a freedom "
                        "of information request is made (official_information.assist_on_behalf)")


@rule("INF014", "consultation-too-slow", "W",
      summary="consultation_days is more than half the shortest response time of the listed regimes",
      why="Consulting the other party is one step in answering a request within the statutory "
          "time; if it takes more than half of that time, the authority is left too little to decide.",
      source="Freedom of Information Act 2000 s10 (20 working days) and its s45 Code of Practice; "
             "Official Information Act 1982 s15; Law Commission R125, ch 10 consultation, "
             "http://r125.publications.lawcom.govt.nz/chapter+10%3A+processing+requests/"
             "chapter+10%3A+consultation",
      fix="Set `consultation_days` to at most half the shortest statutory response time "
          "(10 working days for a 20-day regime).")
def consultation_too_slow(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`official_information.consultation_days` (working days) is more than half the shortest
    statutory response time of the regimes in `official_information.regimes`."""
    information = agreement.information
    official = information.official_information if information is not None else None
    if official is None or official.consultation_days is None:
        return
    timed = [code for code in official.regimes or () if response_working_days(code) is not None]
    if not timed:
        return
    shortest = min(timed, key=lambda code: response_working_days(code) or 0)
    limit = response_working_days(shortest) or 0
    days = official.consultation_days
    if days * 2 > limit:
        yield Violation((*_OFFICIAL, "consultation_days"),
                        f"consulting the other party takes up to {days} working days, more than "
                        f"half of the {limit} working days {describe_regime(shortest)} allows for "
                        f"a response; keep it to {limit // 2} or less")


@rule("INF016", "regime-mismatch", "W",
      summary="a public party's foi_regime is not the one that fits its jurisdiction and kind",
      why="Each public body answers to one freedom of information law, set by where it sits and "
          "what kind of body it is: in New Zealand a council answers to LGOIMA and a central "
          "agency to the OIA; in Scotland a UK government department is a reserved body under "
          "the Freedom of Information Act 2000, while the Scottish Government, councils and "
          "health boards answer to the Freedom of Information (Scotland) Act 2002. Naming the "
          "wrong law sends requests down the wrong statutory path.",
      source=cite(_LGOIMA, sources.FOISA_2002_S3, sources.FOIA_2000_S80),
      fix="Set the party's `foi_regime` to the regime that fits it, or correct its `jurisdiction` "
          "or `kind`.")
def regime_mismatch(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A public party's explicit `foi_regime` differs from the regime that fits it (RULES.md
    Conventions). The jurisdiction record decides (`domain/jurisdictions.py`): a regime by kind
    where the record has one (New Zealand by kind of body; a `central_government` party in
    UK-SCT answers to FOIA2000 unless its name is the Scottish Government's), else the
    jurisdiction's own regime. Parties with no known fitting regime are skipped."""
    for index, party in enumerate(agreement.parties):
        fitting = fitting_regime(party)
        if party.foi_regime is None or fitting is None or party.foi_regime == fitting:
            continue
        yield Violation(("parties", index, "foi_regime"),
                        f"party '{party.id}' gives foi_regime {party.foi_regime}, but a "
                        f"{party.kind} body in {party.jurisdiction} answers to "
                        f"{describe_regime(fitting)}{_reason(party.jurisdiction, fitting)}")


def _reason(code: str | None, fitting: str) -> str:
    """Why the fitting regime differs from the jurisdiction's own, when it does."""
    record = jurisdiction(code)
    if record.foi_regime is None or record.foi_regime == fitting:
        return ""
    return (f", not {record.foi_regime}: it is not one of {record.name}'s own public authorities "
            "(a UK government department there is a reserved body)" if record.family.code == "UK"
            else f", not {record.foi_regime}")
