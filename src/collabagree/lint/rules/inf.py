"""INF rules: information (element 7): confidentiality, data flows and breaches.

The official information rules are in `inf_official.py`, the records and IP rules in
`inf_records.py`; this module's `RULES` holds the whole group in code order.
"""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.core.findings import Severity
from collabagree.core.positions import YamlPath
from collabagree.domain import sources
from collabagree.domain.regimes import describe_regime, party_regime, regime
from collabagree.domain.sources import cite
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.lint.rules.inf_flows import (
    consent_sole_basis,
    controller_status_missing,
    personal_flag_missing,
    rights_requests_centralised,
    special_category_condition_missing,
)
from collabagree.lint.rules.inf_official import (
    assist_on_behalf_missing,
    consultation_too_slow,
    official_information_missing,
    regime_mismatch,
    regime_not_covered,
)
from collabagree.lint.rules.inf_records import ip_missing, non_corporate_channel, records_missing
from collabagree.model import Agreement
from collabagree.model.information import DataFlow

MAX_BREACH_NOTIFICATION_HOURS = 24
"""INF007 warns above this: the partner's notice must leave room inside the regulator's window."""
REGULATOR_WINDOW_HOURS = 72
"""UK GDPR Article 33: a controller reports a breach to the Commissioner within 72 hours."""
FLOW_FIELDS: tuple[str, ...] = ("data_items", "transfer_method", "security", "retention", "disposal")
"""What every data flow must state (INF004), as YAML keys."""

_FLOWS = ("information", "data_flows")
_ICO_DSA = ("ICO, *Data sharing: a code of practice*, Data sharing agreements, "
            "http://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/data-sharing/"
            "data-sharing-a-code-of-practice/data-sharing-agreements/")
_NZ_S144 = ("Privacy Act 2020 (NZ) s144, "
            "https://plainlanguagelaw.ackama.com/acts/LMS23193/LMS23576.html")
_S45 = ("Freedom of Information Act 2000 s45 Code of Practice (2018), on confidentiality "
        "clauses in contracts, https://www.womblebonddickinson.com/uk/insights/"
        "articles-and-briefings/new-section-45-code-practice; ICO, *Outsourcing FOIA and EIR "
        "obligations*, http://ico.org.uk/for-organisations/guidance-index/"
        "freedom-of-information-and-environmental-information-regulations/"
        "outsourcing-foia-and-eir-obligations")


def _flows(agreement: Agreement) -> list[DataFlow]:
    information = agreement.information
    return list(information.data_flows or ()) if information is not None else []


def _flow_label(flow: DataFlow) -> str:
    ends = f" ({flow.from_} to {flow.to})" if flow.from_ and flow.to else ""
    return f"data flow '{flow.id}'{ends}"


@rule("INF001", "confidentiality-missing", "E: data_sharing, funding, cross_sector; else W",
      summary="no information.confidentiality",
      why="Parties exchange sensitive information in any collaboration; without a confidentiality "
          "clause nobody knows what may be passed on, to whom, or what happens when it leaks.",
      source=_S45,
      fix="Add `information.confidentiality`: what each party keeps confidential, the limits on "
          "passing it on, and (for a public party) that it is subject to freedom of information "
          "law.")
def confidentiality_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement has no confidentiality clause (`information.confidentiality`)."""
    information = agreement.information
    if information is None or is_blank(information.confidentiality):
        yield Violation(("information", "confidentiality"),
                        "there is no confidentiality clause (information.confidentiality)")


@rule("INF002", "confidentiality-overrides-foi", "E",
      summary="confidentiality present, a public party exists, subject_to_official_information not true",
      why="A public authority cannot contract out of freedom of information law: a confidentiality "
          "clause that does not yield to it promises what the authority cannot deliver.",
      source=_S45,
      fix="State in the clause that it is subject to the freedom of information law of each public "
          "party and set `information.subject_to_official_information: true`.")
def confidentiality_overrides_foi(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A confidentiality clause exists, a party is a public authority, and the agreement does not
    say (`subject_to_official_information: true`) that confidentiality yields to FOI law."""
    information = agreement.information
    public = agreement.public_parties
    if information is None or is_blank(information.confidentiality) or not public:
        return
    if information.subject_to_official_information is True:
        return
    laws = []
    for party in public:
        code = party_regime(party)
        laws.append(f"'{party.id}'" + (f" under {describe_regime(code)}" if code is not None and regime(code) else ""))
    yield Violation(("information", "subject_to_official_information"),
                    "the confidentiality clause is not stated to be subject to freedom of "
                    f"information law, but {', '.join(laws)} must answer requests; set "
                    "subject_to_official_information: true and say so in the clause")


@rule("INF003", "data-flows-missing", "E",
      summary="personal information is exchanged (or the type is data_sharing) but no data_flows",
      why="Each flow of personal information needs its own items, lawful basis, security and "
          "retention; an agreement that shares personal data without listing its flows cannot show "
          "any of them.",
      source=f"{_ICO_DSA}; {_NZ_S144}",
      fix="List each flow under `information.data_flows`: who sends what to whom, how, how it is "
          "protected, how long it is kept and how it is destroyed.")
def data_flows_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Personal information is exchanged (`personal_information_exchanged: true`), or the
    agreement is a data sharing agreement, but `information.data_flows` lists no flow."""
    information = agreement.information
    personal = information is not None and information.personal_information_exchanged is True
    sharing = agreement.type == "data_sharing_agreement"
    if not (personal or sharing) or _flows(agreement):
        return
    reason = ("personal information is exchanged" if personal
              else "this is a data sharing agreement")
    yield Violation(_FLOWS, f"{reason} but no data flow is described (information.data_flows)")


@rule("INF004", "data-flow-incomplete", "E",
      summary="a flow lacks data_items, transfer_method, security, retention or disposal",
      why="A flow is only safe when the parties agree what is shared, how it travels, how it is "
          "protected, how long it is kept and how it is destroyed.",
      source=f"{_ICO_DSA}; {_NZ_S144}",
      fix="Give each flow `data_items`, `transfer_method`, `security`, `retention` and `disposal`.")
def data_flow_incomplete(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A data flow does not state its data items, transfer method, security, retention or
    disposal (one finding per flow, naming every missing field)."""
    for index, flow in enumerate(_flows(agreement)):
        missing = [name for name in FLOW_FIELDS if is_blank(getattr(flow, name))]
        if missing:
            # One missing field: point at it (an empty list, or the flow when it is absent).
            path: YamlPath = (*_FLOWS, index, *missing) if len(missing) == 1 else (*_FLOWS, index)
            yield Violation(path, f"{_flow_label(flow)} does not state {', '.join(missing)}")


@rule("INF005", "lawful-basis-missing", "E",
      summary="a personal flow lacks a lawful basis for its sender or its recipient",
      why="Both the party that discloses personal information and the party that collects it need "
          "their own lawful basis; one party's basis does not cover the other.",
      source=f"{_ICO_DSA}; UK GDPR Article 6; {_NZ_S144}",
      fix="Under the flow's `lawful_basis`, give the basis of both the `from` and the `to` party, "
          "keyed by party id.")
def lawful_basis_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A flow with `personal: true` has no `lawful_basis` entry for its sender (`from`) or its
    recipient (`to`); the message says which end is missing."""
    for index, flow in enumerate(_flows(agreement)):
        if flow.personal is not True:
            continue
        bases = flow.lawful_basis or {}
        ends: list[str] = []
        if flow.from_ and is_blank(bases.get(flow.from_)):
            ends.append(f"the sender '{flow.from_}'")
        if flow.to and flow.to != flow.from_ and is_blank(bases.get(flow.to)):
            ends.append(f"the recipient '{flow.to}'")
        if ends:
            yield Violation((*_FLOWS, index, "lawful_basis"),
                            f"personal {_flow_label(flow)} has no lawful basis for "
                            f"{' or '.join(ends)} (lawful_basis)")


@rule("INF006", "impact-assessment-missing", "E",
      summary="a special-category flow exists and no impact_assessment",
      why="Health, criminal, ethnicity and other special-category data carry high risk to people; "
          "a data protection or privacy impact assessment is how the parties show they weighed it.",
      source=f"UK GDPR Article 35; {_ICO_DSA}",
      fix="Carry out a DPIA or PIA and give its reference in `information.impact_assessment`.")
def impact_assessment_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A data flow carries special-category data (`special_category: true`) and
    `information.impact_assessment` is absent."""
    special = [flow.id for flow in _flows(agreement) if flow.special_category is True]
    information = agreement.information
    if special and information is not None and is_blank(information.impact_assessment):
        noun = "flow" if len(special) == 1 else "flows"
        yield Violation(("information", "impact_assessment"),
                        f"special-category data is shared (data {noun} {quote_list(special)}) but "
                        "no data protection or privacy impact assessment is referenced "
                        "(information.impact_assessment)")


@rule("INF007", "breach-notification", "E",
      summary="breach_notification_hours missing while flows exist (E), or over 24 hours (W)",
      why="A controller must report a personal data breach to the regulator within 72 hours of "
          "becoming aware of it (UK GDPR Article 33). The party that finds a breach must tell the "
          "other soon enough to leave room inside that window to assess the breach and decide: "
          "a partner that takes 72 hours uses up the whole of it.",
      source=cite(sources.UK_GDPR_ART33, _ICO_DSA),
      fix="Set `information.breach_notification_hours` to 24 or less.")
def breach_notification(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """Data flows exist and `breach_notification_hours` is missing (error), or it is more than
    24 hours (warning), so the other party would learn of a breach too late to report it
    within the regulator's 72 hours."""
    information = agreement.information
    if information is None:
        return
    hours = information.breach_notification_hours
    if hours is None:
        if _flows(agreement):
            yield Violation(("information", "breach_notification_hours"),
                            "data flows are described but no time to notify a breach is set "
                            "(information.breach_notification_hours)")
    elif hours > MAX_BREACH_NOTIFICATION_HOURS:
        yield Violation(("information", "breach_notification_hours"),
                        f"a breach is notified within {hours} hours, too late to leave room "
                        f"inside the {REGULATOR_WINDOW_HOURS} hours a controller has to report it "
                        f"to the regulator; make it {MAX_BREACH_NOTIFICATION_HOURS} hours or less",
                        severity=Severity.WARNING)


@rule("INF015", "data-flow-to-self", "E",
      summary="a flow's from equals its to",
      why="A flow from a party to itself is not sharing; it is usually a typo for the other party, "
          "which leaves the real recipient without a lawful basis or duties.",
      source=_ICO_DSA,
      fix="Set `from` to the party that sends and `to` to the party that receives.")
def data_flow_to_self(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A data flow's `from` and `to` name the same party."""
    for index, flow in enumerate(_flows(agreement)):
        if flow.from_ is not None and flow.from_ == flow.to:
            yield Violation((*_FLOWS, index, "to"),
                            f"data flow '{flow.id}' goes from '{flow.from_}' to itself")


RULES: tuple[Rule, ...] = (
    confidentiality_missing, confidentiality_overrides_foi, data_flows_missing,
    data_flow_incomplete, lawful_basis_missing, impact_assessment_missing, breach_notification,
    official_information_missing, regime_not_covered, assist_on_behalf_missing, records_missing,
    non_corporate_channel, ip_missing, consultation_too_slow, data_flow_to_self, regime_mismatch,
    controller_status_missing, special_category_condition_missing, consent_sole_basis,
    personal_flag_missing, rights_requests_centralised,
)
