"""APS rules: the `aps_charter` profile, evidence for the six principles of the APS Charter of
Partnerships and Engagement (2023).

Each rule reports one finding per missing piece of evidence, at the place the evidence belongs,
with a message naming the principle and what it lacks.
"""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.model import Agreement

PROFILE = "aps_charter"
APS_URL = "https://www.apsreform.gov.au/news/charter-partnerships-and-engagement"
SOURCE = ("Australian Government, APS Reform, *Charter of Partnerships and Engagement* (agreed by "
          "Secretaries Board, published by the APSC in December 2023), " + APS_URL)


def _principle(number: int, label: str, wording: str) -> str:
    return (f"APS Charter of Partnerships and Engagement, principle {number}, **{label}**: "
            f"\"{wording}\" (APS Reform, {APS_URL})")


def _lacks(label: str, evidence: str) -> str:
    """The message of a finding: which principle lacks which evidence."""
    return f"APS Charter principle '{label}' lacks evidence: {evidence}"


@rule("APS001", "aps-open", "W", profile=PROFILE,
      summary="lacks engagement.stakeholders or a mechanism with a frequency",
      why="The Charter asks agencies to give those affected a genuine opportunity to have their "
          "say; an agreement shows it by naming who is engaged and how often.",
      principle=_principle(1, "Open", "Be open to engaging with a diverse range of perspectives "
                           "to inform policy and program development, so those affected can have "
                           "a genuine opportunity to have their say."),
      source=SOURCE,
      fix="List the people and communities engaged under `engagement.stakeholders`, and add an "
          "`engagement.mechanisms` entry with a `frequency`.")
def aps_open(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`engagement.stakeholders` is empty, or no `engagement.mechanisms` entry has a `frequency`."""
    engagement = agreement.engagement
    if engagement is None:
        yield Violation(("engagement",), _lacks("Open", "no engagement of people and communities "
                                                "(engagement.stakeholders and engagement.mechanisms)"))
        return
    if is_blank(engagement.stakeholders):
        yield Violation(("engagement", "stakeholders"),
                        _lacks("Open", "no stakeholders are named (engagement.stakeholders)"))
    if not any(not is_blank(item.frequency) for item in engagement.mechanisms or ()):
        yield Violation(("engagement", "mechanisms"),
                        _lacks("Open", "no engagement mechanism says how often it happens "
                                       "(engagement.mechanisms[].frequency)"))


@rule("APS002", "aps-responsive", "W", profile=PROFILE,
      summary="lacks review triggers or a KPI of kind outcome",
      why="Being responsive means adapting when circumstances change and judging success by "
          "outcomes; review triggers and outcome KPIs are how an agreement commits to both.",
      principle=_principle(2, "Responsive", "Be willing to try new approaches to make sure "
                           "engagements are fit for purpose, culturally appropriate, adaptable "
                           "and outcomes-focused."),
      source=SOURCE,
      fix="Add `review.triggers` (events that prompt an early review) and at least one KPI with "
          "`kind: outcome`.")
def aps_responsive(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `review.triggers`, or no KPI with `kind: outcome`."""
    if agreement.review is None or is_blank(agreement.review.triggers):
        path = ("review", "triggers") if agreement.review else ("review",)
        yield Violation(path, _lacks("Responsive", "no events trigger an early review (review.triggers)"))
    if not any(kpi.kind == "outcome" for kpi in agreement.kpis or ()):
        yield Violation(("kpis",), _lacks("Responsive", "no KPI measures an outcome (kpis[].kind: outcome)"),
                        at_key=True)


@rule("APS003", "aps-transparent", "W", profile=PROFILE,
      summary="lacks scope exclusions, legal_status or publication.intended",
      why="Transparency means being open about limitations and expectations from the outset: "
          "what is out of scope, whether the agreement binds, and publishing it.",
      principle=_principle(3, "Transparent", "Build trust by acting with integrity, being open "
                           "and honest about expectations, roles, responsibilities, limitations, "
                           "objectives and processes."),
      source=SOURCE,
      fix="List exclusions under `scope.out`, state `agreement.legal_status`, and set "
          "`publication.intended: true`.")
def aps_transparent(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `scope.out`, no `agreement.legal_status`, or `publication.intended` is not true."""
    if agreement.scope is None or is_blank(agreement.scope.out):
        path = ("scope", "out") if agreement.scope else ("scope",)
        yield Violation(path, _lacks("Transparent", "its limitations are not stated (scope.out)"))
    if agreement.agreement.legal_status is None:
        yield Violation(("agreement", "legal_status"),
                        _lacks("Transparent", "it does not say whether it is legally binding "
                                              "(agreement.legal_status)"))
    publication = agreement.publication
    if publication is None or publication.intended is None:
        path = ("publication", "intended") if publication else ("publication",)
        yield Violation(path, _lacks("Transparent", "it does not say whether it will be published "
                                                    "(publication.intended)"))
    elif publication.intended is False:
        yield Violation(("publication", "intended"),
                        _lacks("Transparent", "it will not be published (publication.intended is "
                                              "false); publish it, with redactions if needed"))


@rule("APS004", "aps-accountable", "W", profile=PROFILE,
      summary="lacks reporting or engagement.feedback_to_participants",
      why="Accountability means reporting on commitments and telling people how their input "
          "shaped the decision (closing the loop).",
      principle=_principle(4, "Accountable", "Share information, take responsibility for "
                           "commitments made and inform people and communities on how they "
                           "contributed to the final decision."),
      source=SOURCE,
      fix="Add `reporting` lines, and say under `engagement.feedback_to_participants` how "
          "participants hear what their input changed.")
def aps_accountable(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `reporting`, or no `engagement.feedback_to_participants`."""
    if is_blank(agreement.reporting):
        yield Violation(("reporting",),
                        _lacks("Accountable", "no one reports on the commitments (reporting)"))
    engagement = agreement.engagement
    if engagement is None or is_blank(engagement.feedback_to_participants):
        path = ("engagement", "feedback_to_participants") if engagement else ("engagement",)
        yield Violation(path, _lacks("Accountable", "participants are not told how their input "
                                                    "was used (engagement.feedback_to_participants)"))


@rule("APS005", "aps-informed", "W", profile=PROFILE,
      summary="lacks an evaluation, or both engagement.lived_experience and personal data flows "
              "with both lawful bases",
      why="Informed decisions rest on evidence: an evaluation, and either the voice of people "
          "with lived experience or data that is used lawfully and ethically.",
      principle=_principle(5, "Informed", "Underpin decision-making with the effective and "
                           "ethical use of data, research and insights, informed by lived "
                           "experience, history and context."),
      source=SOURCE,
      fix="Add an `evaluation`, and describe `engagement.lived_experience` or give every "
          "personal data flow a lawful basis for both its sender and its recipient.")
def aps_informed(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """No `evaluation`; or no `engagement.lived_experience` and the data alternative fails: it
    needs at least one data flow, with every personal flow holding a lawful basis for both its
    `from` and its `to` party."""
    if agreement.evaluation is None:
        yield Violation(("evaluation",),
                        _lacks("Informed", "nothing evaluates the collaboration (evaluation)"))
    engagement = agreement.engagement
    if engagement is not None and not is_blank(engagement.lived_experience):
        return
    flows = (agreement.information.data_flows if agreement.information else None) or []
    for index, flow in enumerate(flows):
        bases = flow.lawful_basis or {}
        lacking = [end for end in (flow.from_, flow.to) if end and is_blank(bases.get(end))]
        if flow.personal and lacking:
            yield Violation(("information", "data_flows", index, "lawful_basis"),
                            _lacks("Informed", f"there is no lived-experience input "
                                   f"(engagement.lived_experience) and personal flow '{flow.id}' "
                                   f"has no lawful basis for {quote_list(lacking)}"))
            return
    if not flows:
        path = ("engagement", "lived_experience") if engagement else ("engagement",)
        yield Violation(path, _lacks("Informed", "neither lived experience "
                                     "(engagement.lived_experience) nor data flows inform the work"))


@rule("APS006", "aps-collaborative", "W", profile=PROFILE,
      summary="a party is not on the main governance body, or no work programme",
      why="Collaboration is shown by shared governance in which every partner has a seat, and "
          "by a work programme the partners deliver together.",
      principle=_principle(6, "Collaborative", "Encourage and build relationships through "
                           "respectful collaboration, and partner with communities, businesses, "
                           "academia, industry and other sectors, to achieve the best outcomes."),
      source=SOURCE,
      fix="Seat every party on the first governance body (`governance.bodies[0].members`) and "
          "add a `work_programme`.")
def aps_collaborative(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A party is not a member of the main governance body (one finding per party, or one when
    there is no body), or there is no `work_programme`."""
    bodies = (agreement.governance.bodies if agreement.governance else None) or []
    if not bodies:
        path = ("governance", "bodies") if agreement.governance else ("governance",)
        yield Violation(path, _lacks("Collaborative",
                                     "there is no joint governance body (governance.bodies)"))
    else:
        seated = {member.party for member in bodies[0].members or ()}
        for party in agreement.parties:
            if party.id not in seated:
                yield Violation(("governance", "bodies", 0, "members"),
                                _lacks("Collaborative", f"party '{party.id}' has no seat on the "
                                       f"main governance body '{bodies[0].id}'"))
    if is_blank(agreement.work_programme):
        yield Violation(("work_programme",),
                        _lacks("Collaborative", "there is no shared work programme (work_programme)"))


RULES: tuple[Rule, ...] = (
    aps_open, aps_responsive, aps_transparent, aps_accountable, aps_informed, aps_collaborative,
)
