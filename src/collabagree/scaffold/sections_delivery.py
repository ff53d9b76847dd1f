"""Builders for who does what and how it is steered, paid for and measured: roles, work
programme, governance, authorising environment, funding, KPIs, reporting and evaluation."""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from collabagree.scaffold.facts import Facts
from collabagree.scaffold.yamldoc import cmap, confirm, confirm_if, cseq

# The main governance body per type: (id, name). Ids follow the item id pattern.
_BODY: dict[str, tuple[str, str]] = {
    "mou": ("steering", "Joint Steering Group"),
    "partnering_agreement": ("partnership", "Partnership Group"),
    "data_sharing_agreement": ("info_governance", "Information Governance Group"),
    "funding_agreement": ("grant_management", "Grant Management Group"),
    "cross_sector_collaboration": ("collaboration", "Collaboration Steering Group"),
}
_WORK_PROGRAMME_TYPES = frozenset({"partnering_agreement", "funding_agreement",
                                   "cross_sector_collaboration"})


def body_id(facts: Facts) -> str:
    """The id of the main governance body (reporting lines point at it)."""
    return _BODY[facts.type][0]


def roles(facts: Facts) -> CommentedSeq:
    """`roles:` one responsibility per party, owned by a position to confirm."""
    items = CommentedSeq()
    for party in facts.parties:
        duty = cmap(("owner_role", facts.positions(party).manager),
                    ("text", "TODO: what this party will do or provide"))
        confirm(duty, "owner_role")
        items.append(cmap(("party", party.id), ("responsibilities", cseq([duty]))))
    return items


def work_programme(facts: Facts) -> CommentedSeq | None:
    """`work_programme:` a workstream owned by each party (a shared programme needs owners
    from more than one party), each with a milestone inside the term."""
    if facts.type not in _WORK_PROGRAMME_TYPES and "aps_charter" not in facts.profiles:
        return None
    items = CommentedSeq()
    for number, party in enumerate(facts.parties, start=1):
        milestone = cmap(("name", "TODO: what is delivered"), ("due", facts.milestone_due))
        confirm(milestone, "due")
        items.append(cmap(("id", f"W{number}"), ("workstream", "TODO: the workstream"),
                          ("owner", party.id), ("objective", "O1"),
                          ("milestones", cseq([milestone]))))
    return items


def governance(facts: Facts) -> CommentedMap:
    """`governance:` one body with every party as a member, meeting quarterly, deciding by
    consensus, with terms of reference to write."""
    identifier, name = _BODY[facts.type]
    members = CommentedSeq()
    for party in facts.parties:
        member = cmap(("party", party.id), ("role", facts.positions(party).manager))
        confirm(member, "role")
        members.append(member)
    body = cmap(
        ("id", identifier), ("name", name), ("members", members), ("chair", "rotating"),
        ("frequency_months", 3), ("quorum", "One member from each party."),
        ("decision_rule", "consensus"),
        ("terms_of_reference", "TODO: remit, decision rights, quorum, conflicts of interest and "
                               "secretariat, inline or as a reference to a schedule"),
    )
    for key in ("chair", "frequency_months", "quorum", "decision_rule"):
        confirm(body, key)
    return cmap(
        ("bodies", cseq([body])),
        ("reserved_matters", "TODO: decisions each party keeps for its own governance (council, "
                             "board, minister)"),
    )


def authorising_environment(facts: Facts) -> CommentedMap:
    """`authorising_environment:` an executive sponsor for every party; for cross-sector
    work also the resources committed (Victorian principle 1)."""
    sponsors = CommentedMap()
    for party in facts.parties:
        sponsors[party.id] = facts.positions(party).executive
        confirm(sponsors, party.id)
    section = cmap(("executive_sponsors", sponsors))
    if facts.type == "cross_sector_collaboration":
        section["resources"] = ("TODO: staff time and other resources committed until the "
                                "collaboration is standard practice")
    return section


def funding(facts: Facts) -> CommentedMap:
    """`funding:` grant money and conditions for a funding agreement; otherwise each party
    bearing its own costs, which satisfies the funding rule until contributions are listed."""
    if facts.type != "funding_agreement":
        section = cmap(("own_costs", True))
        confirm(section, "own_costs", "or list contributions instead")
        return section
    contribution = cmap(("party", facts.funder), ("type", "cash"), ("amount", 0),
                        ("period", "TODO: the financial years covered"),
                        ("description", "TODO: what the grant pays for"))
    confirm(contribution, "amount")
    first_due = facts.answers.start
    instalment = cmap(("due", first_due), ("amount", 0),
                      ("condition", "TODO: what must happen before this instalment is paid"))
    confirm(instalment, "due")
    conditions = cmap(
        ("max_sum", 0),
        ("payment_schedule", "TODO: how payments are made (e.g. by bank transfer) and on what evidence"),
        ("eligible_expenditure", "TODO: what the grant may be spent on"),
        ("instalments", cseq([instalment])),
        ("reporting", "TODO: what the recipient reports, when, and the acquittal of spending"),
        ("events_of_default", cseq([
            "The recipient uses any part of the grant for anything other than its purpose.",
            "The recipient gives information about the grant that is false or misleading.",
            "The recipient becomes insolvent or ceases to operate.",
        ])),
        ("remedy_days", 30),
        ("recovery", "TODO: when unspent or misused funds are repaid"),
        ("audit_access", "TODO: audit access, and how long grant records are kept"),
        ("insurance", "TODO: the insurance the recipient must hold"),
    )
    confirm(conditions, "max_sum")
    confirm(conditions, "events_of_default")
    confirm(conditions, "remedy_days", "days to put a default right")
    section = cmap(("currency", facts.currency), ("total", 0),
                   ("contributions", cseq([contribution])))
    confirm(section, "currency")
    confirm(section, "total", "the sum of the cash contributions")
    if facts.answers.party(facts.funder).public:
        # Public money beyond the current year depends on future budgets.
        section["subject_to_appropriation"] = True
        confirm(section, "subject_to_appropriation")
    section["conditions"] = conditions
    return section


def kpis(facts: Facts) -> CommentedSeq:
    """`kpis:` one outcome KPI for objective O1, reported by the funded party or the lead."""
    responsible = facts.recipient if facts.type == "funding_agreement" else facts.answers.lead
    kpi = cmap(("id", "K1"), ("measure", "TODO: what is measured"), ("kind", "outcome"),
               ("baseline", "TODO: where things stand now"), ("target", "TODO: the target and by when"),
               ("frequency", "quarterly"), ("responsible", responsible),
               ("data_source", "TODO: where the figures come from"), ("objective", "O1"))
    confirm(kpi, "kind")
    confirm(kpi, "frequency")
    return cseq([kpi])


def reporting(facts: Facts) -> CommentedSeq:
    """`reporting:` the funded party to the funder, otherwise the lead to the main body."""
    if facts.type == "funding_agreement" and facts.recipient != facts.funder:
        source, target = facts.recipient, facts.funder
    else:
        source, target = facts.answers.lead, body_id(facts)
    line = cmap(("from", source), ("to", target), ("frequency", "quarterly"),
                ("content", "TODO: what is reported (progress, KPIs, spending, issues)"))
    confirm(line, "frequency")
    return cseq([line])


def evaluation(facts: Facts) -> CommentedMap:
    """`evaluation:` due six months before the end, commissioned by the lead."""
    section = cmap(("due", facts.evaluation_due), ("owner", facts.answers.lead),
                   ("method", "TODO: how the outcomes and the collaboration itself are evaluated"))
    confirm(section, "due")
    confirm_if("lead" in facts.answers.defaulted, section, "owner")
    return section
