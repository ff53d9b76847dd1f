"""Proper names rule TXT006 recognises without a definition: capitalised phrases that name an
organisation, an instrument, a position, a place or a time, rather than a term the agreement
defines.

A phrase is recognised by its last word (its head: "... Borough Council", "... Act", "...
Manager"), by containing an instrument word ("Code of Practice", "Data Protection Act"), by
naming a place the jurisdiction records know, or by being listed in `KNOWN`.
"""

from __future__ import annotations

from collabagree.domain.jurisdictions import JURISDICTIONS

ORGANISATION_HEADS = frozenset("""
council councils board boards committee committees department departments ministry ministries
agency agencies authority authorities service services trust trusts office commission
commissioner commissioners group groups partnership partnerships centre centres center
university bank limited ltd inc plc association society foundation network forum court courts
tribunal parliament government executive assembly police hospital hospitals school schools
college institute alliance charity health nhs unit team teams panel directorate division
branch library museum ombudsman iwi hapū hapu runanga rūnanga trustees corporation company
club church federation union
""".split())
"""Last words of organisation names ("Kestrel Vale Food Bank", "Glenmorrow Integration Joint Board")."""

INSTRUMENT_WORDS = frozenset("""
act acts regulation regulations code codes rules order orders directions direction standard
standards guidance guide guidelines principles principle charter covenant compact strategy
plan plans policy policies framework scheme schemes convention treaty agreement agreements
memorandum protocol bill constitution schedule schedules section sections article articles
part chapter clause clauses paragraph regime gdpr report reports statement toolkit licence
license index scale survey census check screen
""".split())
"""Words that make a phrase the name of an instrument or a part of one ("Code of Practice")."""

ROLE_HEADS = frozenset("""
officer officers manager managers director directors chief head lead leads coordinator
coordinators co-ordinator guardian owner secretary minister ministers chair chairs adviser
advisers advisor advisors controller controllers executive executives worker workers
practitioner practitioners administrator registrar clerk treasurer president commissioner
counsel solicitor auditor inspector nurse nurses doctor doctors clinician clinicians
champion sponsor sponsors member members principal deputy trustee
""".split())
"""Last words of positions ("Partnership Manager", "Chief Social Work Officer")."""

PLACE_HEADS = frozenset("""
street road lane square quay avenue way place terrace drive crescent estate park headquarters
house building buildings tower close gardens hill row wharf parade highway
""".split())
"""Last words of sites and addresses ("Brook Lane Trading Estate", "Council Headquarters")."""

PROPER_WORDS = frozenset("""
crown commonwealth māori maori iwi hapū hapu waitangi tiriti aboriginal
""".split())
"""Words that make a phrase a proper name wherever they stand ("Crown funding", "Mātauranga Māori")."""

TIME_WORDS = frozenset("""
january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday
""".split())
"""Months and days: never part of a defined term ("1 April 2026")."""

KNOWN = frozenset({
    "te tiriti o waitangi", "treaty of waitangi", "united kingdom", "great britain",
    "european union", "crown", "the crown", "scottish ministers", "welsh ministers",
    "information commissioner", "privacy commissioner", "auditor-general", "auditor general",
    "australian government", "new zealand government", "uk government", "his majesty",
    "first nations", "aboriginal and torres strait islander", "torres strait islander",
    "te tiriti", "freedom of information", "official information", "data protection",
    "citizens advice", "creative commons", "creative commons attribution",
})
"""Proper names that have no recognisable head word."""

PLACES = frozenset(
    word for record in JURISDICTIONS.values() for word in
    (record.name.removeprefix("the ").casefold(),) if word != "another jurisdiction"
) | {"australia", "new zealand", "aotearoa", "england and wales", "great britain", "victorian"}
"""Place names from the jurisdiction records ("New South Wales", "Northern Ireland")."""


def is_proper_name(words: tuple[str, ...]) -> bool:
    """True when a capitalised phrase (its words, case-folded) names an organisation, an
    instrument, a position, a place or a known body rather than a defined term."""
    phrase = " ".join(words)
    last = words[-1]
    if last in ORGANISATION_HEADS or last in ROLE_HEADS or last in PLACE_HEADS or phrase in KNOWN:
        return True
    if any(word in PROPER_WORDS for word in words):
        return True
    # "Department for Work and Pensions", "Head of Communities", "Cabinet Member for Communities".
    if any(word in ORGANISATION_HEADS or word in ROLE_HEADS
           for word, after in zip(words, words[1:], strict=False) if after in ("of", "for")):
        return True
    if any(word in INSTRUMENT_WORDS for word in words):
        return True
    return any(place in phrase for place in PLACES)
