"""Builders for communication and coordination: meetings and channels, and for cross-sector
work the service integration, co-location and joint training the Victorian principles ask for."""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap

from collabagree.scaffold.facts import Facts
from collabagree.scaffold.yamldoc import cmap, confirm, cseq

_CROSS_SECTOR = "cross_sector_collaboration"
_TRAINING_TOPICS: dict[str, list[str]] = {
    "data_sharing_agreement": ["The agreed data sharing procedures", "Data protection and security",
                               "Handling official information requests"],
    _CROSS_SECTOR: ["Screening and referral between the services", "Each service's role and eligibility",
                    "Information sharing and consent"],
}
_DEFAULT_TOPICS = ["How the parties work together under this agreement",
                   "Handling official information requests"]


def _meeting(facts: Facts, name: str, level: str, months: int) -> CommentedMap:
    meeting = cmap(("name", name), ("level", level),
                   ("parties", cseq([party.id for party in facts.parties], flow=True)),
                   ("frequency_months", months))
    confirm(meeting, "frequency_months")
    return meeting


def communication(facts: Facts) -> CommentedMap:
    """`communication:` an all-party meeting (two levels for cross-sector work), corporate
    channels, a media protocol to write and a no-surprises commitment."""
    if facts.type == _CROSS_SECTOR:
        meetings = [_meeting(facts, "Practitioner case and referral meeting", "practitioner", 1),
                    _meeting(facts, "Service managers' meeting", "management", 3)]
    else:
        meetings = [_meeting(facts, "Operational liaison meeting", "operational", 1)]
    return cmap(
        ("meetings", cseq(meetings)),
        ("channels", cseq(["Corporate email between the parties' functional mailboxes",
                           "Each party's corporate document and records management system"])),
        ("media_protocol", "TODO: who approves joint public statements and media responses, and "
                           "within how many working days"),
        ("no_surprises", "Each party tells the others at least 2 working days before any public "
                         "statement that concerns the collaboration."),
    )


def service_integration(facts: Facts) -> CommentedMap | None:
    """`service_integration:` for cross-sector work: screening, referral, case documentation."""
    if facts.type != _CROSS_SECTOR:
        return None
    steps = cseq([
        "TODO: how a practitioner identifies a client who may need the other service",
        "The practitioner explains the referral and asks for the client's consent.",
        "The referral is sent through the agreed channel with the information the receiving service needs.",
        "The receiving service contacts the client within the response time and tells the referrer the outcome.",
    ])
    pathway = cmap(("steps", steps), ("response_days", 5))
    confirm(pathway, "response_days", "working days")
    documentation = CommentedMap()
    for party in facts.parties:
        documentation[party.id] = "TODO: the system where this party records shared cases"
    return cmap(
        ("screening_tool", "TODO: the shared screening tool both services use"),
        ("referral_pathway", pathway),
        ("care_coordination", "TODO: how care for shared clients is coordinated, with their consent"),
        ("case_documentation", documentation),
    )


def co_location(facts: Facts) -> CommentedMap | None:
    """`co_location:` for cross-sector work: the lead hosts, another party supervises its staff."""
    if facts.type != _CROSS_SECTOR:
        return None
    host = facts.answers.lead
    visitor = next((party.id for party in facts.parties if party.id != host), host)
    section = cmap(("host", host), ("site", "TODO: where co-located staff work"),
                   ("schedule", "TODO: which days and hours"), ("supervision", visitor))
    confirm(section, "host")
    confirm(section, "supervision", "the party whose staff are co-located")
    return section


def joint_training(facts: Facts) -> CommentedMap:
    """`joint_training:` yearly, with topics for the type and induction within three months."""
    section = cmap(
        ("frequency", "Once a year"),
        ("audience", "TODO: which staff of each party attend"),
        ("topics", cseq(_TRAINING_TOPICS.get(facts.type, _DEFAULT_TOPICS))),
        ("induction_within_months", 3),
    )
    confirm(section, "frequency")
    confirm(section, "induction_within_months")
    return section
