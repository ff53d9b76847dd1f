"""Builders for the life of the agreement and its execution: term, review, variation,
dispute resolution, termination, exit, signatories, document control and publication."""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from collabagree.scaffold.facts import Facts
from collabagree.scaffold.yamldoc import cmap, confirm, confirm_if, cseq

_TIMEFRAMES = (10, 15, 20)


def term(facts: Facts) -> CommentedMap:
    """`term:` the start and end dates (end left out when the term is open-ended)."""
    answers = facts.answers
    section = cmap(("start", answers.start), ("end", answers.end))
    confirm_if("start" in answers.defaulted, section, "start")
    confirm_if("end" in answers.defaulted and answers.end is not None, section, "end",
               "a three-year term")
    return section


def review(facts: Facts) -> CommentedMap:
    """`review:` every 12 months, the first inside the term, with the usual triggers (staff
    change and elections among them, as the NZ partnering guidance asks)."""
    triggers = cseq([
        "A machinery of government change or restructure affecting a party",
        "A change of chief executive or other key staff in any party",
        "Local or general elections, and any change of government that follows them",
        "A change in legislation or policy that affects the agreement",
    ])
    if facts.personal_data:
        triggers.append("A personal data breach or a complaint about the sharing")
    section = cmap(("interval_months", 12), ("first_review", facts.first_review), ("triggers", triggers))
    confirm(section, "first_review")
    return section


def variation(facts: Facts) -> CommentedMap:
    """`variation:` in writing, with an approving position per party."""
    approvers = CommentedMap()
    for party in facts.parties:
        approvers[party.id] = facts.positions(party).executive
        confirm(approvers, party.id)
    return cmap(("in_writing", True), ("approvers", approvers))


def dispute_resolution(facts: Facts) -> CommentedMap:
    """`dispute_resolution:` three levels of rising seniority naming every party, then a
    final step that suits the parties (never courts between public bodies by default)."""
    levels = CommentedSeq()
    for number, days in enumerate(_TIMEFRAMES):
        roles = CommentedMap()
        for party in facts.parties:
            positions = facts.positions(party)
            roles[party.id] = (positions.officer, positions.manager, positions.executive)[number]
            confirm(roles, party.id)
        level = cmap(("roles", roles), ("timeframe_days", days))
        confirm(level, "timeframe_days", "working days")
        levels.append(level)
    section = cmap(("levels", levels), ("final_step", facts.final_step))
    confirm(section, "final_step")
    return section


def termination(facts: Facts) -> CommentedMap:
    """`termination:` notice (90 days with a voluntary party) and grounds for ending at once."""
    section = cmap(("notice_days", facts.notice_days), ("immediate_grounds", cseq([
        "A serious breach of this agreement that is not put right within 30 days of written notice",
        "A party loses the power or the funding to perform its part",
    ])))
    confirm(section, "notice_days")
    confirm(section, "immediate_grounds")
    return section


def exit_(facts: Facts) -> CommentedMap:
    """`exit:` data and records always; assets for funding; clients for funded or shared services."""
    section = CommentedMap()
    if facts.personal_data:
        section["data"] = ("Each party returns or securely destroys the personal information it "
                           "received under this agreement within 30 days and confirms this in writing.")
    else:
        section["data"] = "Each party returns or securely destroys the other parties' information on request."
    confirm(section, "data")
    section["records"] = ("The records keeper keeps the records of the collaboration; each party keeps "
                          "its own records under its retention schedule.")
    confirm(section, "records")
    if facts.type == "funding_agreement":
        section["assets"] = "TODO: what happens to equipment or other assets bought with the funding"
    if facts.type in ("funding_agreement", "cross_sector_collaboration"):
        section["clients"] = "TODO: how clients still in service are handed over or supported"
    return section


def signatories(facts: Facts) -> CommentedSeq:
    """`signatories:` one per party with a position and an authority to name."""
    items = CommentedSeq()
    for party in facts.parties:
        signatory = cmap(("party", party.id), ("position", facts.positions(party).signatory),
                         ("authority_ref", "TODO: the delegation or decision that authorises "
                                           "this signature"))
        confirm(signatory, "position")
        items.append(signatory)
    return items


def document_control(facts: Facts) -> CommentedMap:
    """`document_control:` version 0.1 dated today, owned by the lead, with its history."""
    today = facts.answers.today
    section = cmap(("version", "0.1"), ("date", today), ("owner", facts.answers.lead))
    if facts.type == "data_sharing_agreement":
        section["register_ref"] = "TODO: the reference in the owner's register of data sharing agreements"
    section["history"] = cseq([cmap(("version", "0.1"), ("date", today),
                                    ("changes", "First draft, started with collabagree init."))])
    return section


def publication(facts: Facts) -> CommentedMap:
    """`publication:` as answered (published by default when a public body is a party), with
    a redaction list to fill in: each entry names a value, the withholding ground and why."""
    answered = facts.answers.published
    intended = answered if answered is not None else bool(facts.public)
    section = cmap(("intended", intended))
    if answered is None:
        confirm(section, "intended")
    if intended:
        first = facts.parties[0]
        redaction = cmap(
            ("path", f"parties.{first.id}.notices.email"),
            ("ground", "TODO: the exemption that covers this value, as the Act writes it"),
            ("reason", "TODO: why the ground applies"),
        )
        section["redactions"] = cseq([redaction])
    return section
