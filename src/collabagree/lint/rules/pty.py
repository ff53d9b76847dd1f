"""PTY rules: parties and roles (element 2 of a collaboration agreement)."""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.core.findings import Severity
from collabagree.domain import sources
from collabagree.domain.sources import cite
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank
from collabagree.model import Agreement
from collabagree.model.roles import PartyRoles

_ROLES_SOURCE = ("DPMC (NZ), *Guide for central government engagement with local government* "
                 "(2019), https://dpmc.govt.nz/publications/guidance-central-government-engagement-"
                 "local-government")
_NGO_SOURCE = ("Treasury NZ, *Guidelines for Contracting with NGOs*, 3.2 Contents Checklist, "
               "http://www.treasury.govt.nz/publications/guidance/mgmt/ngo/24.htm")
_LEAD_PARTIES = 3


@rule("PTY001", "too-few-parties", "E",
      summary="fewer than 2 parties",
      why="A collaboration agreement records what two or more organisations agree; with one party "
          "there is no one to agree with.",
      source=_NGO_SOURCE,
      fix="List every organisation that is party to the agreement under `parties`.")
def too_few_parties(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement has at least two parties."""
    count = len(agreement.parties)
    if count < 2:
        noun = "party" if count == 1 else "parties"
        yield Violation(("parties",), f"the agreement has {count} {noun}; a collaboration needs at least 2")


@rule("PTY002", "party-without-responsibility", "E",
      summary="a party has no entry under roles with at least one responsibility",
      why="A party that undertakes nothing adds nothing to the collaboration, and its partners "
          "cannot hold it to anything; every party should say what it will do or provide.",
      source=_ROLES_SOURCE,
      fix="Add an entry under `roles` for the party with at least one responsibility, each with "
          "an `owner_role` and `text`.")
def party_without_responsibility(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Every party has an entry under `roles` with at least one responsibility. Reported at the
    party's empty `responsibilities` when it has an entry, else at the party."""
    entries: dict[str, list[tuple[int, PartyRoles]]] = {}
    for index, entry in enumerate(agreement.roles or ()):
        if entry.party is not None:
            entries.setdefault(entry.party, []).append((index, entry))
    for p_index, party in enumerate(agreement.parties):
        own = entries.get(party.id, [])
        if any(not is_blank(entry.responsibilities) for _, entry in own):
            continue
        path = ("roles", own[0][0], "responsibilities") if own else ("parties", p_index)
        yield Violation(path, f"party '{party.id}' has no responsibilities under roles; say what it "
                              "will do or provide")


@rule("PTY003", "lead-agency-missing", "E: partnering; else I",
      summary="no lead_agency (error with 3 or more parties, or for partnering agreements)",
      why="With three or more parties, or a partnering agreement, someone has to coordinate, "
          "convene and hold the record; naming the lead agency avoids each party assuming "
          "another will.",
      source=_ROLES_SOURCE,
      fix="Set `lead_agency` to the id of the party that leads and coordinates.")
def lead_agency_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`lead_agency` is set. An error for partnering agreements and whenever there are three or
    more parties; otherwise information."""
    if is_blank(agreement.lead_agency):
        severity = Severity.ERROR if len(agreement.parties) >= _LEAD_PARTIES else None
        yield Violation(("lead_agency",), "no lead agency is named (lead_agency)", severity)


@rule("PTY004", "party-without-contact", "E",
      summary="a party has no contact.role",
      why="Each party needs a contact, named by role, so partners know who to talk to when staff "
          "change.",
      source=("HMRC, *Information Disclosure Guide* IDG42400 (contacts by role), "
              "http://www.hmrc.gov.uk/manuals/idgmanual/idg42400.htm"),
      fix="Add `contact: {role: ..., channel: ...}` to the party, with a position and a "
          "corporate mailbox.")
def party_without_contact(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Every party has a `contact.role`."""
    for index, party in enumerate(agreement.parties):
        if party.contact is None or is_blank(party.contact.role):
            yield Violation(("parties", index, "contact", "role"),
                            f"party '{party.id}' has no contact role (contact.role)")


@rule("PTY005", "statutory-basis-missing", "E: data_sharing, funding; else W",
      summary="a public party has no statutory_basis (error for data sharing and funding "
              "agreements)",
      why="A public body may only do what the law allows; the agreement should say which power "
          "lets it enter the agreement, share the data or pay the money.",
      source=("HMRC, *Information Disclosure Guide* IDG40230 (an MoU does not create a lawful "
              "means of exchange), https://www.gov.uk/hmrc-internal-manuals/information-disclosure-"
              "guide/idg40230; PGPA Act 2013 (Cth) s 23"),
      fix="Give each public party's `statutory_basis`: the Act and section under which it acts.")
def statutory_basis_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Every public party has a `statutory_basis`; other parties are not checked."""
    for index, party in enumerate(agreement.parties):
        if party.public_authority and is_blank(party.statutory_basis):
            yield Violation(("parties", index, "statutory_basis"),
                            f"public party '{party.id}' does not state the power under which it "
                            "enters the agreement (statutory_basis)")


@rule("PTY006", "charity-number-missing", "W",
      summary="a charity party has no entry in identifiers",
      why="The registered charity number identifies the legal entity that is bound, and lets a "
          "funder check the charity's registration and accounts.",
      source=("The Compact (England, 2010), http://election.compactvoice.org.uk/resources/"
              "compact-text-format; Charities Act 2011"),
      fix="Add the charity's registration number, e.g. `identifiers: {charity_number: \"1234567\"}`.")
def charity_number_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Every party of kind `charity` has at least one entry under `identifiers`."""
    for index, party in enumerate(agreement.parties):
        identifiers = party.identifiers or {}
        if party.kind == "charity" and all(is_blank(value) for value in identifiers.values()):
            yield Violation(("parties", index, "identifiers"),
                            f"charity '{party.id}' has no registration number (identifiers)")


@rule("PTY007", "work-programme-missing", "E: partnering; W: funding, cross_sector",
      summary="no work_programme",
      why="A shared work programme with owners and milestones turns intentions into work someone "
          "is accountable for, and lets progress be tracked.",
      source=("NZ Office of the Auditor-General, *Local authorities working together* (2004), "
              "Part 4, https://oag.parliament.nz/2004/working-together/part4.htm"),
      fix="Add `work_programme` items, each with an `owner` party and dated `milestones`.")
def work_programme_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement has a `work_programme` (runs for partnering, funding and cross-sector
    agreements only)."""
    if is_blank(agreement.work_programme):
        yield Violation(("work_programme",), "the agreement has no work programme (work_programme)")


@rule("PTY008", "milestone-outside-term", "W",
      summary="a milestone due date falls outside the term",
      why="A milestone due before the agreement starts or after it ends cannot be delivered under "
          "it; the date or the term is wrong.",
      source=("NZ Office of the Auditor-General, *Local authorities working together* (2004), "
              "Part 4, https://oag.parliament.nz/2004/working-together/part4.htm"),
      fix="Move the milestone inside `term`, or extend the term.")
def milestone_outside_term(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Every milestone `due` date falls between `term.start` and `term.end` (inclusive); skipped
    when the term itself is invalid (LIF001)."""
    if not context.term_is_valid:
        return
    term = agreement.term
    for w_index, item in enumerate(agreement.work_programme or ()):
        for index, milestone in enumerate(item.milestones or ()):
            due = milestone.due
            if due is None:
                continue
            label = f"milestone '{milestone.name}'" if milestone.name else "a milestone"
            path = ("work_programme", w_index, "milestones", index, "due")
            if due < term.start:
                yield Violation(path, f"{label} of {item.id} is due {due.isoformat()}, before the "
                                      f"term starts on {term.start.isoformat()}")
            elif term.end is not None and due > term.end:
                yield Violation(path, f"{label} of {item.id} is due {due.isoformat()}, after the "
                                      f"term ends on {term.end.isoformat()}")


@rule("PTY009", "workstream-owner-missing", "E",
      summary="a workstream has no owner",
      why="A workstream nobody leads is a workstream nobody delivers: the document shows a blank "
          "lead, and no party can be held to account for it.",
      source=cite(sources.OAG_WORKING_TOGETHER, sources.NIAO_PARTNERSHIPS),
      fix="Give each `work_programme` entry an `owner`: the party that leads it.")
def workstream_owner_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A `work_programme` entry has no `owner` (one finding per workstream)."""
    for index, item in enumerate(agreement.work_programme or ()):
        if is_blank(item.owner):
            yield Violation(("work_programme", index), f"workstream {item.id} has no owner: say "
                                                       "which party leads it (owner)")


@rule("PTY010", "milestone-due-missing", "W",
      summary="a milestone has no due date",
      why="A milestone without a date cannot be late, so it cannot be monitored or reported "
          "against; progress reviews need dates.",
      source=cite(sources.NIAO_PARTNERSHIPS, sources.OAG_WORKING_TOGETHER),
      fix="Give each milestone a `due` date (YYYY-MM-DD) inside the term.")
def milestone_due_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A milestone of a `work_programme` entry has no `due` date (one finding per milestone)."""
    for w_index, item in enumerate(agreement.work_programme or ()):
        for index, milestone in enumerate(item.milestones or ()):
            if milestone.due is None:
                label = f"milestone '{milestone.name}'" if milestone.name else "a milestone"
                yield Violation(("work_programme", w_index, "milestones", index),
                                f"{label} of {item.id} has no due date")


RULES: tuple[Rule, ...] = (
    too_few_parties, party_without_responsibility, lead_agency_missing, party_without_contact,
    statutory_basis_missing, charity_number_missing, work_programme_missing, milestone_outside_term,
    workstream_owner_missing, milestone_due_missing,
)
