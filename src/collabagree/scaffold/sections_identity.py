"""Builders for the framing sections: agreement, parties, lead agency, purpose, rationale,
scope, objectives, principles and engagement.

Each builder takes the `Facts` and returns the section's value, or None when the section
does not belong in this type of agreement. Wording avoids "shall", "must" and the other words
rule TXT002 reports in a non-binding agreement.
"""

from __future__ import annotations

from collections.abc import Iterable

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from collabagree.core.text import join_words
from collabagree.drafting.words import derived_short_name
from collabagree.model.enums import default_locale
from collabagree.scaffold.facts import Facts, label
from collabagree.scaffold.yamldoc import PROFILES_NOTE, cmap, confirm, confirm_if, cseq, note_at_end

_BINDING: dict[str, bool | str] = {
    "mou": False, "partnering_agreement": False, "data_sharing_agreement": False,
    "funding_agreement": "mixed", "cross_sector_collaboration": False,
}


def agreement(facts: Facts) -> CommentedMap:
    """`agreement:` with type, jurisdiction, locale, draft status and a legal status."""
    answers = facts.answers
    binding = _BINDING[answers.type]
    legal = cmap(("binding", binding))
    confirm(legal, "binding")
    if binding == "mixed":
        legal["binding_clauses"] = cseq(["funding"], flow=True)
        confirm(legal, "binding_clauses")
    # No `statement`: `render` words the legal status for the jurisdiction from `binding`;
    # a statement is for wording of the parties' own.
    section = cmap(
        ("id", "TODO: your organisation's reference number for this agreement"),
        ("title", answers.title),
        ("type", answers.type),
        ("jurisdiction", answers.jurisdiction),
        ("locale", default_locale(answers.jurisdiction)),
        ("status", "draft"),
        ("legal_status", legal),
    )
    confirm_if("type" in answers.defaulted, section, "type")
    confirm_if("jurisdiction" in answers.defaulted, section, "jurisdiction",
               "OTHER until a jurisdiction is chosen")
    if facts.profiles:
        section["profiles"] = cseq(facts.profiles, flow=True)
        note_at_end(section, "profiles", PROFILES_NOTE)
    return section


def parties(facts: Facts) -> CommentedSeq:
    """`parties:` with kind, public authority, FOI regime, statutory basis and a contact."""
    items = CommentedSeq()
    for party in facts.parties:
        short = party.short_name or derived_short_name(party.name, [p.name for p in facts.parties])
        entry = cmap(("id", party.id), ("name", party.name), ("short_name", short), ("kind", party.kind),
                     ("public_authority", party.public))
        if not party.short_name:
            confirm(entry, "short_name", "how the document refers to this party")
        confirm_if(party.placeholder, entry, "kind")
        if party.public:
            entry["foi_regime"] = facts.party_regimes[party.id]
            if entry["foi_regime"] == "other":
                confirm(entry, "foi_regime", "no regime is known for this jurisdiction and kind")
            entry["statutory_basis"] = (f"TODO: the power under which {label(party)} enters "
                                        "this agreement (Act and section)")
        if party.kind == "charity":
            entry["identifiers"] = cmap(("charity_number", "TODO: registered charity number"))
        positions = facts.positions(party)
        contact = cmap(("role", positions.contact),
                       ("channel", "TODO: a shared functional mailbox, not a personal address"))
        confirm(contact, "role")
        entry["contact"] = contact
        entry["notices"] = cmap(
            ("address", party.notice_address or f"TODO: the postal address for formal notices to {label(party)}"),
            ("email", "TODO: a shared mailbox for formal notices"),
            ("for_attention_of", positions.executive))
        confirm(entry["notices"], "for_attention_of")
        if facts.personal_data:
            entry["dpo"] = cmap(("role", "Data Protection Officer" if facts.answers.jurisdiction.startswith("UK")
                                 else "Privacy Officer"),
                                ("channel", "TODO: the officer's shared mailbox"))
            confirm(entry["dpo"], "role")
        items.append(entry)
    return items


def lead_agency(facts: Facts) -> str:
    """`lead_agency:` the chosen lead (the first public party by default)."""
    return facts.answers.lead


def purpose(facts: Facts) -> CommentedMap:
    """`purpose:` statement and vision, both for the user to write."""
    return cmap(
        ("statement", "TODO: why the parties are collaborating and the benefit it brings to the "
                      "people they serve, in a sentence or two"),
        ("vision", "TODO: the shared picture of success the parties return to when things go wrong"),
    )


def rationale(facts: Facts) -> str | None:
    """`rationale:` for cross-sector work, where the authorising environment asks for it."""
    if facts.type != "cross_sector_collaboration":
        return None
    return "TODO: why these services collaborate rather than work alone, and the challenges expected"


def scope(facts: Facts) -> CommentedMap:
    """`scope:` in, out and geography."""
    return cmap(
        ("in", cseq(["TODO: a service, client group, activity or data set the agreement covers"])),
        ("out", cseq(["TODO: something a reader might expect to be covered that is not"])),
        ("geography", "TODO: the area the agreement covers"),
    )


def objectives(facts: Facts) -> CommentedSeq:
    """`objectives:` one, which the first KPI and the work programme point at."""
    return cseq([cmap(("id", "O1"), ("text", "TODO: a measurable objective"))])


def principles(facts: Facts) -> CommentedSeq:
    """`principles:` good faith and no surprises, plus independence when a voluntary
    organisation is a party (the UK Compact's first commitment)."""
    items = cseq([
        "Good faith: the parties work openly and cooperatively towards the purpose of this agreement.",
        "No surprises: each party tells the others early about anything that affects the collaboration.",
        "Each party respects the others' statutory functions and decisions.",
    ])
    if facts.voluntary and facts.public:
        names = _join(label(party) for party in facts.voluntary)
        items.append(f"The public bodies respect the independence of {names}, including the right "
                     "to campaign, comment on public policy and challenge them, whatever the "
                     "funding relationship.")
    confirm(items, len(items) - 1, "edit or add principles")
    return items


def engagement(facts: Facts) -> CommentedMap | None:
    """`engagement:` for agreements under the APS Charter, whose principles ask for it."""
    if "aps_charter" not in facts.profiles:
        return None
    mechanism = cmap(("name", "TODO: how people and communities are engaged"), ("frequency", "quarterly"))
    confirm(mechanism, "frequency")
    return cmap(
        ("stakeholders", cseq(["TODO: people, communities or sectors engaged beyond the parties"])),
        ("mechanisms", cseq([mechanism])),
        ("lived_experience", "TODO: how people with lived experience shape the work"),
        ("feedback_to_participants", "TODO: how participants hear what their input changed"),
    )


def _join(names: Iterable[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return join_words(list(names))
