"""COM rules: communication and coordination (element 6), and cross-sector service integration.

The small evidence helpers at the top (recurring meetings, meeting levels, the referral pathway,
case documentation, co-location) are shared with the Victorian profile pack (vic.py), which asks
for the same evidence in the words of its principles.
"""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.core.positions import YamlPath
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.model import Agreement

VRGF_URL = ("https://responsiblegambling.vic.gov.au/for-professionals/health-and-community-"
            "professionals/cross-sector-collaboration/principles-cross-sector-collaboration/")
VRGF = ("Victorian Responsible Gambling Foundation and Bouverie Centre, *Principles of "
        "cross-sector collaboration* (practice guidelines), " + VRGF_URL)
CO_LOCATION_FIELDS: tuple[str, ...] = ("host", "site", "schedule", "supervision")


def has_recurring_meeting(agreement: Agreement) -> bool:
    """A meeting that recurs: a `communication.meetings` entry or a governance body with
    `frequency_months` (RULES.md Conventions)."""
    meetings = agreement.communication.meetings if agreement.communication else None
    bodies = agreement.governance.bodies if agreement.governance else None
    return any(item.frequency_months is not None for item in (*(meetings or ()), *(bodies or ())))


def meeting_levels(agreement: Agreement) -> set[str]:
    """The distinct `level` values of `communication.meetings`."""
    meetings = agreement.communication.meetings if agreement.communication else None
    return {meeting.level for meeting in meetings or () if meeting.level is not None}


def meetings_path(agreement: Agreement) -> YamlPath:
    """Where meetings belong: `communication.meetings`, or `communication` when it is absent."""
    return ("communication", "meetings") if agreement.communication else ("communication",)


def referral_gaps(agreement: Agreement) -> tuple[YamlPath, list[str]] | None:
    """What the referral pathway lacks (its path and the missing parts), or None when it has
    steps and `response_days`."""
    integration = agreement.service_integration
    if integration is None:
        return ("service_integration",), ["service_integration.referral_pathway"]
    pathway = integration.referral_pathway
    if pathway is None:
        return ("service_integration", "referral_pathway"), ["service_integration.referral_pathway"]
    missing = [name for name, value in (("steps", pathway.steps), ("response_days", pathway.response_days))
               if is_blank(value)]
    if not missing:
        return None
    return (("service_integration", "referral_pathway", missing[0]),
            [f"referral_pathway.{name}" for name in missing])


def screening_tool_missing(agreement: Agreement) -> bool:
    """No `service_integration.screening_tool`."""
    integration = agreement.service_integration
    return integration is None or is_blank(integration.screening_tool)


def parties_without_case_documentation(agreement: Agreement) -> list[str]:
    """Ids of parties with no `service_integration.case_documentation` entry, in party order."""
    integration = agreement.service_integration
    documented = (integration.case_documentation or {}) if integration else {}
    return [party.id for party in agreement.parties if is_blank(documented.get(party.id))]


def co_location_gaps(agreement: Agreement) -> list[str]:
    """The co-location fields (host, site, schedule, supervision) left empty."""
    co_location = agreement.co_location
    if co_location is None:
        return list(CO_LOCATION_FIELDS)
    return [name for name in CO_LOCATION_FIELDS if is_blank(getattr(co_location, name))]


def joint_training_missing(agreement: Agreement) -> bool:
    """No `joint_training`, or one with nothing in it."""
    training = agreement.joint_training
    return training is None or all(is_blank(value) for value in training.model_dump().values())


@rule("COM001", "meetings-missing", "E: partnering, cross_sector; else W",
      summary="no recurring meeting (a governance body with frequency_months counts)",
      why="Collaborations run on regular contact; without a meeting that recurs, issues wait "
          "until they become disputes and relationships fade when staff change.",
      source="Victorian principles of cross-sector collaboration, principle 3 (social capital), "
             + VRGF_URL + "; DPMC (NZ), *Guide for central government engagement with local "
             "government* (2019), https://dpmc.govt.nz/publications/guidance-central-government-"
             "engagement-local-government",
      fix="Add a meeting under `communication.meetings` with `frequency_months`, or give the "
          "governance body a `frequency_months`.")
def meetings_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Neither `communication.meetings` nor a governance body has a `frequency_months`."""
    if not has_recurring_meeting(agreement):
        yield Violation(meetings_path(agreement),
                        "no meeting recurs: give a meeting under communication.meetings, or the "
                        "governance body, a frequency_months")


@rule("COM002", "no-all-party-meeting", "W",
      summary="no meeting (or main governance body) includes every party",
      why="If no forum brings every party together, some parties only ever hear decisions second "
          "hand, and the collaboration splits into bilateral conversations.",
      source="Victorian principles of cross-sector collaboration, principle 3 (social capital), "
             + VRGF_URL + "; Environmental Standards Scotland memorandum of understanding, "
             "section 5 (liaison meetings), https://environmentalstandards.scot/our-work/our-"
             "corporate-and-governance-reports/memorandum-of-understanding-mou/",
      fix="List every party in the `parties` of one meeting under `communication.meetings`, or "
          "seat every party on the main governance body.")
def no_all_party_meeting(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `communication.meetings` entry lists every party in its `parties`, and the main
    governance body (`governance.bodies[0]`) does not seat every party. Runs only when there is
    a meeting or a governance body (COM001 reports having neither)."""
    meetings = (agreement.communication.meetings if agreement.communication else None) or []
    bodies = (agreement.governance.bodies if agreement.governance else None) or []
    if not meetings and not bodies:
        return
    everyone = [party.id for party in agreement.parties]
    forums: list[tuple[str, set[str]]] = [
        (meeting.name or f"meeting {index + 1}", set(meeting.parties or ()))
        for index, meeting in enumerate(meetings)
    ]
    if bodies:
        forums.append((bodies[0].name or bodies[0].id,
                       {member.party for member in bodies[0].members or () if member.party}))
    # One set of all parties for every forum (building it per forum was parties x forums).
    all_parties = set(everyone)
    if any(all_parties <= attendees for _, attendees in forums):
        return
    name, attendees = max(forums, key=lambda forum: len(all_parties & forum[1]))
    absent = [party for party in everyone if party not in attendees]
    path = meetings_path(agreement) if meetings else ("governance", "bodies", 0, "members")
    yield Violation(path, f"no meeting includes every party; the fullest, '{name}', leaves out "
                          f"{quote_list(absent)}")


@rule("COM003", "single-level-meetings", "W: cross_sector; else not run",
      summary="meetings exist at fewer than two levels",
      why="Cross-sector work needs relationships at more than one level: practitioners who refer "
          "clients and managers or executives who clear the way.",
      source="Victorian principles of cross-sector collaboration, principle 3: \"Social capital "
             "provides the fuel for the machinery to run\", " + VRGF_URL,
      fix="Add meetings at a second `level` under `communication.meetings` (practitioner, "
          "operational, management or executive).")
def single_level_meetings(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The `level` values of `communication.meetings` are fewer than two distinct levels. Skips
    an agreement with no meeting and no governance body at all (COM001 reports that)."""
    bodies = agreement.governance.bodies if agreement.governance else None
    meetings = agreement.communication.meetings if agreement.communication else None
    if not meetings and not bodies:
        return
    levels = sorted(meeting_levels(agreement))
    if len(levels) < 2:
        found = f"only at the {levels[0]} level" if levels else "at no stated level"
        yield Violation(meetings_path(agreement), f"meetings are held {found}; add meetings at a "
                                                  "second level (communication.meetings[].level)")


@rule("COM004", "media-protocol-missing", "W: partnering, funding; else I",
      summary="no media_protocol",
      why="Without an agreed way to handle announcements and media enquiries, one party can be "
          "surprised in public by the other, which damages trust quickly.",
      source="Memorandum of understanding between the Department for International Trade and UK "
             "Export Finance, https://www.gov.uk/government/publications/memorandum-of-"
             "understanding-between-the-department-for-international-trade-and-uk-export-finance; "
             "Model Grant Funding Agreement (acknowledgement and publicity), https://www.gov.uk/"
             "government/publications/model-grant-funding-agreement-mgfa/model-grant-funding-"
             "agreement-mgfa-html",
      fix="Add `communication.media_protocol`: who approves public statements, and how fast.")
def media_protocol_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`communication.media_protocol` is absent."""
    communication = agreement.communication
    if communication is None or is_blank(communication.media_protocol):
        path = ("communication", "media_protocol") if communication else ("communication",)
        yield Violation(path, "there is no media protocol (communication.media_protocol) for "
                              "public statements and media enquiries")


@rule("COM005", "referral-pathway-missing", "E: cross_sector; else not run",
      summary="no service_integration.referral_pathway with steps and response_days",
      why="A cross-sector collaboration exists to move clients between services; without written "
          "referral steps and a response time, referrals depend on who happens to be on shift.",
      source="Victorian principles of cross-sector collaboration, principle 1 item 4 and "
             "principle 2 (system integration), " + VRGF_URL,
      fix="Add `service_integration.referral_pathway` with its `steps` in order and "
          "`response_days`.")
def referral_pathway_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `service_integration.referral_pathway` with non-empty `steps` and `response_days`."""
    gaps = referral_gaps(agreement)
    if gaps is None:
        return
    path, missing = gaps
    if path[-1] in ("service_integration", "referral_pathway"):
        yield Violation(path, "there is no referral pathway (service_integration.referral_pathway) "
                              "with steps and response_days")
    else:
        yield Violation(path, f"the referral pathway lacks {quote_list(missing)}")


@rule("COM006", "screening-tool-missing", "W: cross_sector; else not run",
      summary="no screening_tool",
      why="A shared screening tool is how both sectors recognise the same need in the same way, "
          "so that referrals are made and received consistently.",
      source="Victorian principles of cross-sector collaboration, principle 1 item 4 (shared "
             "screening and referral tools), " + VRGF_URL,
      fix="Name the shared screening tool under `service_integration.screening_tool`.")
def screening_tool_missing_rule(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`service_integration.screening_tool` is absent."""
    if screening_tool_missing(agreement):
        path = ("service_integration", "screening_tool") if agreement.service_integration else (
            "service_integration",)
        yield Violation(path, "no shared screening tool is named (service_integration.screening_tool)")


@rule("COM007", "case-documentation-missing", "W: cross_sector; else not run",
      summary="a party has no case_documentation system",
      why="When each party says where it records shared clients' cases, practitioners can find "
          "the history and records requests can be answered.",
      source="Victorian principles of cross-sector collaboration, principle 1 item 4 (case "
             "documentation), " + VRGF_URL,
      fix="Add an entry per party under `service_integration.case_documentation`: the system "
          "where it records shared cases.")
def case_documentation_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A party has no entry under `service_integration.case_documentation` (one finding per party)."""
    for party_id in parties_without_case_documentation(agreement):
        yield Violation(("service_integration", "case_documentation", party_id),
                        f"party '{party_id}' names no case documentation system "
                        f"(service_integration.case_documentation.{party_id})")


@rule("COM008", "joint-training-missing", "W: cross_sector, data_sharing; else I",
      summary="no joint_training",
      why="Training staff of both parties together builds a common language and the confidence "
          "to refer; for data sharing, staff must know the agreed procedures.",
      source="Victorian principles of cross-sector collaboration, principle 5 (joint training), "
             + VRGF_URL + "; ICO Accountability Framework, data sharing agreements, "
             "https://ico.org.uk/for-organisations/accountability-framework/contracts-and-data-"
             "sharing/data-sharing-agreements/",
      fix="Add `joint_training` with its `frequency`, `audience` and `topics`.")
def joint_training_missing_rule(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`joint_training` is absent (or empty)."""
    if joint_training_missing(agreement):
        yield Violation(("joint_training",), "the parties' staff have no joint training (joint_training)")


@rule("COM009", "co-location-incomplete", "W",
      summary="co_location lacks host, site, schedule or supervision",
      why="Co-located staff need to know whose premises they work on, where, when, and who "
          "supervises them; gaps there become insurance and safety problems.",
      source="Victorian principles of cross-sector collaboration, principle 4 (co-location), "
             + VRGF_URL,
      fix="Complete `co_location` with `host`, `site`, `schedule` and `supervision`.")
def co_location_incomplete(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`co_location` is present but lacks `host`, `site`, `schedule` or `supervision`."""
    if agreement.co_location is None:
        return
    missing = co_location_gaps(agreement)
    if missing:
        yield Violation(("co_location", missing[0]),
                        f"the co-location arrangement lacks {quote_list(missing)}")


RULES: tuple[Rule, ...] = (
    meetings_missing, no_all_party_meeting, single_level_meetings, media_protocol_missing,
    referral_pathway_missing, screening_tool_missing_rule, case_documentation_missing,
    joint_training_missing_rule, co_location_incomplete,
)
