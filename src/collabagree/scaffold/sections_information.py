"""Builders for information (confidentiality, data flows, official information, records),
intellectual property, risks, safeguarding and the New Zealand Te Tiriti statement."""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from collabagree.scaffold.facts import Facts, label
from collabagree.scaffold.yamldoc import cmap, confirm, cseq


def _data_flow(facts: Facts) -> CommentedMap:
    """One personal data flow from the first party to the second, everything to describe."""
    sender, receiver = facts.parties[0], facts.parties[1]
    flow = cmap(
        ("id", "D1"), ("from", sender.id), ("to", receiver.id), ("personal", True),
        ("special_category", False),
        ("data_items", cseq(["TODO: each data item shared, no more than the purpose needs"])),
        ("lawful_basis", cmap(
            (sender.id, "TODO: the lawful basis (and legal gateway) on which the sender discloses"),
            (receiver.id, "TODO: the lawful basis on which the recipient collects and uses it"),
        )),
        ("transfer_method", "TODO: how the data is sent (a secure system, not ordinary email)"),
        ("security", "TODO: how it is protected in transit and at rest"),
        ("frequency", "TODO: how often it is sent"),
        ("retention", "TODO: how long the recipient keeps it"),
        ("disposal", "TODO: how it is destroyed at the end of retention"),
    )
    flow.insert(6, "controller_status", "separate")
    confirm(flow, "personal")
    confirm(flow, "special_category", "health, criminal, ethnicity and the like")
    confirm(flow, "controller_status", "separate, joint or processor")
    return flow


def _official_information(facts: Facts) -> CommentedMap:
    section = cmap(("regimes", cseq(facts.regimes, flow=True)), ("consultation_days", 5))
    confirm(section, "consultation_days", "working days")
    if facts.mixed:
        helpers = " and ".join(label(party) for party in facts.parties if not party.public)
        section["assist_on_behalf"] = (
            f"Within 5 working days of a request, {helpers} gives the public parties any "
            "information it holds on their behalf that falls within a request under "
            f"{facts.acts()}.")
        confirm(section, "assist_on_behalf")
    # No `statement`: `render` writes the official information clause from the regimes and
    # consultation_days, in wording reviewed for each jurisdiction.
    return section


def _records(facts: Facts) -> CommentedMap:
    return cmap(
        ("keeper", facts.keeper),
        ("system", "TODO: the records system where the collaboration's records are filed"),
        ("channels_allowed", cseq(["Corporate email between the parties' functional mailboxes",
                                   "Each party's corporate document and records management system"])),
        ("channels_prohibited_for_decisions", cseq(
            ["Personal email", "WhatsApp and other personal messaging apps", "SMS"])),
        ("retention", "TODO: how long records are kept, under which retention schedule"),
        ("on_termination", "TODO: what happens to the records when the agreement ends"),
    )


def information(facts: Facts) -> CommentedMap:
    """`information:` confidentiality subject to FOI law, data flows where personal data is
    exchanged, official information when a public body is a party, and records."""
    if facts.public:
        confidentiality = ("Each party keeps confidential the information it receives from another "
                           "party under this agreement and uses it only for the agreement's "
                           f"purposes, subject to {facts.acts()} and to the privacy and data protection law.")
    else:
        confidentiality = ("Each party keeps confidential the information it receives from another "
                           "party under this agreement and uses it only for the agreement's purposes.")
    section = cmap(("confidentiality", confidentiality))
    confirm(section, "confidentiality", "wording")
    if facts.public:
        section["subject_to_official_information"] = True
    section["personal_information_exchanged"] = facts.personal_data
    confirm(section, "personal_information_exchanged")
    if facts.personal_data:
        section["data_flows"] = cseq([_data_flow(facts)])
        section["breach_notification_hours"] = 24
        confirm(section, "breach_notification_hours")
        section["impact_assessment"] = "TODO: the reference of the DPIA or privacy impact assessment"
        section["individual_rights_contact"] = facts.answers.lead
        confirm(section, "individual_rights_contact", "the party individuals contact")
    if facts.public:
        section["official_information"] = _official_information(facts)
    section["records"] = _records(facts)
    return section


def intellectual_property(facts: Facts) -> CommentedMap:
    """`intellectual_property:` background stays with each party; new material jointly owned,
    or owned by the funded party with a licence to the funder."""
    owner = facts.recipient if facts.type == "funding_agreement" else "joint"
    new = cmap(("owner", owner), ("licence", "TODO: the licence each party grants the others to "
                                             "use what the collaboration creates"))
    confirm(new, "owner")
    section = cmap(("background", "Each party keeps ownership of the intellectual property it "
                                  "brings to the collaboration."), ("new", new))
    confirm(section, "background")
    return section


def risks(facts: Facts) -> CommentedSeq:
    """`risks:` one per party, so the register starts balanced across the parties."""
    items = CommentedSeq()
    for number, party in enumerate(facts.parties, start=1):
        risk = cmap(("id", f"R{number}"), ("description", "TODO: a risk to the collaboration"),
                    ("owner", party.id), ("likelihood", "medium"), ("impact", "medium"),
                    ("mitigation", "TODO: what is done about it"))
        confirm(risk, "likelihood")
        confirm(risk, "impact")
        items.append(risk)
    return items


def safeguarding(facts: Facts) -> CommentedMap | None:
    """`safeguarding:` for cross-sector services, which work with clients who may be at risk."""
    if facts.type not in ("cross_sector_collaboration", "funding_agreement"):
        return None
    section = cmap(("children", False), ("adults_at_risk", False),
                   ("policy_ref", "TODO: each party's safeguarding policy for children and adults at risk"),
                   ("vetting", "TODO: the checks staff and volunteers hold (e.g. Working with Children Check)"))
    confirm(section, "children", "true if the work involves children")
    confirm(section, "adults_at_risk", "true if the work involves adults at risk")
    return section


def treaty_partnership(facts: Facts) -> str | None:
    """`treaty_partnership:` for New Zealand agreements with a public party."""
    if facts.answers.jurisdiction != "NZ" or not facts.public:
        return None
    return "TODO: how the parties give effect to Te Tiriti o Waitangi and involve mana whenua"
