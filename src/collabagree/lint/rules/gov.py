"""GOV rules: governance (element 3 of a collaboration agreement)."""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.model import Agreement
from collabagree.model.governance import Body

_OAG_SOURCE = ("NZ Office of the Auditor-General, *Local authorities working together* (2004), "
               "Part 4, https://oag.parliament.nz/2004/working-together/part4.htm")
_CWAC_SOURCE = ("Cheshire West and Chester Council, partnerships policy and toolkit: "
                "accountability and governance, https://inside.cheshirewestandchester.gov.uk/"
                "policies_plans_and_strategies/partnerships_policy_and_toolkit/"
                "accountability_and_governance")
_VIC_SOURCE = ("Victorian Responsible Gambling Foundation, *Principles of cross-sector "
               "collaboration*, principle 1 (authorising environment), https://responsiblegambling."
               "vic.gov.au/for-professionals/health-and-community-professionals/cross-sector-"
               "collaboration/principles-cross-sector-collaboration/")


def _bodies(agreement: Agreement) -> list[Body]:
    return list(agreement.governance.bodies or ()) if agreement.governance is not None else []


def _label(body: Body) -> str:
    return f"governance body '{body.id}'"


@rule("GOV001", "governance-missing", "E: partnering, cross_sector; else W",
      summary="no governance body",
      why="A body where the parties meet to steer the work, take decisions and resolve issues is "
          "what keeps a collaboration on track once the agreement is signed.",
      source=_OAG_SOURCE,
      fix="Add `governance.bodies` with at least one body: its members, chair, meeting frequency, "
          "decision rule and terms of reference.")
def governance_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement has at least one body under `governance.bodies`."""
    if not _bodies(agreement):
        path = ("governance", "bodies") if agreement.governance is not None else ("governance",)
        yield Violation(path, "the agreement has no governance body (governance.bodies)")


@rule("GOV002", "party-not-represented", "E: partnering; else W",
      summary="a party is not a member of the first (main) governance body",
      why="A party with no seat on the main body has no voice in the decisions that bind it.",
      source=_OAG_SOURCE,
      fix="Add a member for the party (`{party: id, role: position}`) to the first body under "
          "`governance.bodies`.")
def party_not_represented(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Every party is a member (`members[].party`) of the first body under `governance.bodies`,
    the main body. Each missing party is reported at that body's members."""
    bodies = _bodies(agreement)
    if not bodies:
        return
    main = bodies[0]
    members = {member.party for member in main.members or ()}
    for party in agreement.parties:
        if party.id not in members:
            yield Violation(("governance", "bodies", 0, "members"),
                            f"party '{party.id}' is not a member of the main {_label(main)}")


@rule("GOV003", "terms-of-reference-missing", "E",
      summary="a governance body has no terms_of_reference",
      why="Terms of reference set out a body's remit, decision rights, quorum and handling of "
          "conflicts; without them its authority is open to dispute.",
      source=_CWAC_SOURCE,
      fix="Give the body `terms_of_reference`: inline text, or a reference such as \"Schedule 1\".")
def terms_of_reference_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Every governance body has `terms_of_reference`."""
    for index, body in enumerate(_bodies(agreement)):
        if is_blank(body.terms_of_reference):
            yield Violation(("governance", "bodies", index, "terms_of_reference"),
                            f"{_label(body)} has no terms of reference (terms_of_reference)")


@rule("GOV004", "decision-rule-missing", "E: partnering; else W",
      summary="a body has no decision_rule and there is no governance.decision_making",
      why="Parties that have not agreed how decisions are made (consensus, majority, the lead "
          "decides) find out when they disagree.",
      source=("NZ Office of the Auditor-General, *Co-governance* (2016), Part 4, "
              "https://oag.govt.nz/2016/co-governance/part4.htm"),
      fix="Set the body's `decision_rule` (consensus, majority, lead_decides, chair_decides or "
          "other with a `decision_note`), or describe `governance.decision_making`.")
def decision_rule_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Every governance body has a `decision_rule`, unless `governance.decision_making` says how
    decisions are made across the collaboration."""
    if agreement.governance is None or not is_blank(agreement.governance.decision_making):
        return
    for index, body in enumerate(_bodies(agreement)):
        if body.decision_rule is None:
            yield Violation(("governance", "bodies", index, "decision_rule"),
                            f"{_label(body)} has no decision rule (decision_rule) and the agreement "
                            "does not say how decisions are made (governance.decision_making)")


@rule("GOV005", "meeting-frequency-missing", "W",
      summary="a governance body has no frequency_months",
      why="A body with no agreed meeting cycle tends to meet only when something has already gone "
          "wrong.",
      source=_OAG_SOURCE,
      fix="Set the body's `frequency_months` (for example 3 for quarterly).")
def meeting_frequency_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Every governance body has `frequency_months`."""
    for index, body in enumerate(_bodies(agreement)):
        if body.frequency_months is None:
            yield Violation(("governance", "bodies", index, "frequency_months"),
                            f"{_label(body)} has no meeting frequency (frequency_months)")


@rule("GOV006", "authorising-environment-missing", "E: cross_sector; else I",
      summary="authorising_environment.executive_sponsors does not name every party",
      why="Staff can only collaborate across organisations when their leaders visibly back it; an "
          "executive sponsor for each party is that authorising environment.",
      source=_VIC_SOURCE,
      fix="Add `authorising_environment.executive_sponsors` with the sponsor's role for every "
          "party, e.g. `{council: Director of Communities}`.")
def authorising_environment_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`authorising_environment.executive_sponsors` gives an executive sponsor's role for every
    party."""
    env = agreement.authorising_environment
    sponsors = env.executive_sponsors if env is not None else None
    if not sponsors:
        path = ("authorising_environment", "executive_sponsors") if env is not None else ("authorising_environment",)
        yield Violation(path, "no executive sponsors are named (authorising_environment.executive_sponsors)")
        return
    missing = [party.id for party in agreement.parties if is_blank(sponsors.get(party.id))]
    if missing:
        noun = "party has" if len(missing) == 1 else "parties have"
        yield Violation(("authorising_environment", "executive_sponsors"),
                        f"{len(missing)} {noun} no executive sponsor: {quote_list(missing)}")


RULES: tuple[Rule, ...] = (
    governance_missing, party_not_represented, terms_of_reference_missing, decision_rule_missing,
    meeting_frequency_missing, authorising_environment_missing,
)
