"""VIC rules: the `vic_cross_sector` profile, evidence for the five Victorian principles of
cross-sector collaboration (on by default for cross-sector collaborations).

Each rule reports one finding per missing piece of evidence, at the place the evidence belongs,
with a message naming the principle and what it lacks.
"""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.com import (
    VRGF_URL,
    co_location_gaps,
    meeting_levels,
    meetings_path,
    parties_without_case_documentation,
    referral_gaps,
    screening_tool_missing,
)
from collabagree.lint.rules.helpers import is_blank
from collabagree.model import Agreement

PROFILE = "vic_cross_sector"
SOURCE = ("Victorian Responsible Gambling Foundation and the Bouverie Centre, *Practice guidelines "
          "for cross-sector collaboration between health and welfare agencies and Gambler's Help*: "
          "Principles of cross-sector collaboration, " + VRGF_URL + " (the Foundation's functions "
          "passed to the Victorian Department of Health on 1 July 2024)")


def _principle(number: int, heading: str, wording: str) -> str:
    return (f"Victorian principles of cross-sector collaboration, principle {number}, "
            f"**{heading}**: \"{wording}\" (Victorian Responsible Gambling Foundation and Bouverie "
            f"Centre practice guidelines, {VRGF_URL})")


def _lacks(heading: str, evidence: str) -> str:
    """The message of a finding: which principle lacks which evidence."""
    return f"Victorian principle '{heading}' lacks evidence: {evidence}"


AUTHORISING = "Begin by creating an authorising environment"
INTEGRATION = "System integration is an essential element of collaboration"
SOCIAL_CAPITAL = "Social capital provides the fuel for the machinery to run"
CO_LOCATION = "Co-location can be a useful mechanism for facilitating collaborative work"
TRAINING = "Joint training can help develop staff commitment to collaboration"


@rule("VIC001", "vic-authorising-environment", "W", profile=PROFILE,
      summary="lacks sponsors for every party, a governance body, rationale or "
              "authorising_environment.resources",
      why="Cross-sector work lasts only when leaders in each organisation back it, a governance "
          "group steers it, the case for it is written down and resources are committed until it "
          "becomes standard practice.",
      principle=_principle(1, AUTHORISING, "The ability of services to create an authorising "
                           "environment in which to support and enable collaboration is central "
                           "to the success of cooperative ventures."),
      source=SOURCE,
      fix="Name an executive sponsor for every party under "
          "`authorising_environment.executive_sponsors`, add a governance body, a `rationale`, "
          "and the resources committed under `authorising_environment.resources`.")
def vic_authorising_environment(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A party has no executive sponsor (one finding per party; one in all when no party has
    one), there is no governance body, no `rationale`, or no `authorising_environment.resources`."""
    environment = agreement.authorising_environment
    sponsors = (environment.executive_sponsors if environment else None) or {}
    if not any(not is_blank(role) for role in sponsors.values()):
        path = (("authorising_environment", "executive_sponsors") if environment
                else ("authorising_environment",))
        yield Violation(path, _lacks(AUTHORISING, "no party names an executive sponsor "
                                     "(authorising_environment.executive_sponsors)"))
    else:
        for party in agreement.parties:
            if is_blank(sponsors.get(party.id)):
                yield Violation(("authorising_environment", "executive_sponsors", party.id),
                                _lacks(AUTHORISING, f"party '{party.id}' names no executive sponsor"))
    if not (agreement.governance and agreement.governance.bodies):
        path = ("governance", "bodies") if agreement.governance else ("governance",)
        yield Violation(path, _lacks(AUTHORISING, "there is no governance body (governance.bodies)"))
    if is_blank(agreement.rationale):
        yield Violation(("rationale",),
                        _lacks(AUTHORISING, "there is no rationale for collaborating (rationale)"))
    if environment is None or is_blank(environment.resources):
        path = ("authorising_environment", "resources") if environment else ("authorising_environment",)
        yield Violation(path, _lacks(AUTHORISING, "no resources are committed "
                                                  "(authorising_environment.resources)"))


@rule("VIC002", "vic-system-integration", "W", profile=PROFILE,
      summary="lacks a referral pathway, a screening tool or case documentation",
      why="Integration is what lets clients with several needs move between services: a shared "
          "screen, a referral pathway with timeframes, and known case documentation.",
      principle=_principle(2, INTEGRATION, "System integration involves the interaction of "
                           "different service components so that through working together "
                           "agencies can deliver services in a more efficient and holistic "
                           "manner which ultimately benefits clients, particularly those with "
                           "multiple needs."),
      source=SOURCE,
      fix="Complete `service_integration`: a `referral_pathway` with `steps` and "
          "`response_days`, a `screening_tool`, and `case_documentation` for every party.")
def vic_system_integration(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No referral pathway with steps and `response_days`, no `screening_tool`, or a party with
    no `case_documentation` entry (one finding per party)."""
    gaps = referral_gaps(agreement)
    if gaps is not None:
        path, missing = gaps
        if path[-1] in ("service_integration", "referral_pathway"):
            evidence = "there is no referral pathway (service_integration.referral_pathway)"
        else:
            evidence = "the referral pathway has no " + " or ".join(name.split(".")[-1] for name in missing)
        yield Violation(path, _lacks(INTEGRATION, evidence))
    if screening_tool_missing(agreement):
        path = (("service_integration", "screening_tool") if agreement.service_integration
                else ("service_integration",))
        yield Violation(path, _lacks(INTEGRATION, "no shared screening tool is named "
                                                  "(service_integration.screening_tool)"))
    for party_id in parties_without_case_documentation(agreement):
        yield Violation(("service_integration", "case_documentation", party_id),
                        _lacks(INTEGRATION, f"party '{party_id}' names no case documentation system"))


@rule("VIC003", "vic-social-capital", "W", profile=PROFILE,
      summary="lacks meetings at two or more levels, or a contact for every party",
      why="Goodwill between sectors is built by time spent together at several levels and by "
          "each party having a known liaison.",
      principle=_principle(3, SOCIAL_CAPITAL, "Without sufficient time being invested in "
                           "relationships between senior management, managers, staff and "
                           "practitioners from different sectors, the necessary goodwill and "
                           "motivation may not exist to sustain collaborative work."),
      source=SOURCE,
      fix="Hold meetings at two or more `level`s under `communication.meetings`, and give every "
          "party a `contact.role`.")
def vic_social_capital(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`communication.meetings` are at fewer than two distinct levels, or a party has no
    `contact.role` (one finding per party)."""
    levels = meeting_levels(agreement)
    if len(levels) < 2:
        found = f"only at the {next(iter(levels))} level" if levels else "at no stated level"
        yield Violation(meetings_path(agreement), _lacks(SOCIAL_CAPITAL, f"meetings are held {found} "
                                                         "(communication.meetings[].level)"))
    for index, party in enumerate(agreement.parties):
        if party.contact is None or is_blank(party.contact.role):
            yield Violation(("parties", index, "contact", "role"),
                            _lacks(SOCIAL_CAPITAL, f"party '{party.id}' has no contact role (contact.role)"))


@rule("VIC004", "vic-co-location", "I", profile=PROFILE,
      summary="lacks co_location with host, site, schedule and supervision",
      why="Co-location builds trust through everyday contact; when it is used, staff need to "
          "know the host, the site, the schedule and who supervises them.",
      principle=_principle(4, CO_LOCATION, "Both formal and informal contacts promoted through "
                           "co-location can generate mutual understanding, sharing of "
                           "information and a sense of trust on an inter-personal and "
                           "cross-sectoral level."),
      source=SOURCE,
      fix="Consider co-located sessions and record them under `co_location` with `host`, "
          "`site`, `schedule` and `supervision`.")
def vic_co_location(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `co_location`, or one lacking `host`, `site`, `schedule` or `supervision` (one finding
    per missing field)."""
    if agreement.co_location is None:
        yield Violation(("co_location",),
                        _lacks(CO_LOCATION, "there is no co-location arrangement (co_location)"))
        return
    for name in co_location_gaps(agreement):
        yield Violation(("co_location", name), _lacks(CO_LOCATION, f"co_location has no {name}"))


@rule("VIC005", "vic-joint-training", "W", profile=PROFILE,
      summary="lacks joint_training with frequency and induction",
      why="Training together gives staff a common language and the confidence to refer; "
          "inducting new staff quickly keeps the collaboration alive through turnover.",
      principle=_principle(5, TRAINING, "Practitioners are more likely to engage in "
                           "collaborative practices if they understand the advantages of "
                           "collaboration and are confident in their knowledge about how to "
                           "collaborate."),
      source=SOURCE,
      fix="Add `joint_training` with its `frequency` and `induction_within_months`.")
def vic_joint_training(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `joint_training`, or one without `frequency` or `induction_within_months` (one finding
    per missing field)."""
    training = agreement.joint_training
    if training is None:
        yield Violation(("joint_training",), _lacks(TRAINING, "there is no joint training (joint_training)"))
        return
    if is_blank(training.frequency):
        yield Violation(("joint_training", "frequency"),
                        _lacks(TRAINING, "joint training has no frequency (joint_training.frequency)"))
    if training.induction_within_months is None:
        yield Violation(("joint_training", "induction_within_months"),
                        _lacks(TRAINING, "new staff have no induction deadline "
                                         "(joint_training.induction_within_months)"))


RULES: tuple[Rule, ...] = (
    vic_authorising_environment, vic_system_integration, vic_social_capital, vic_co_location,
    vic_joint_training,
)
