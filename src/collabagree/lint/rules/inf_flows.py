"""INF rules added with format 1.1 (INF017-INF021): each personal flow says who controls it,
special category data has its conditions, public bodies do not lean on consent, and rights
requests reach the controller that must answer them.

Part of the INF group; `inf.RULES` lists these with the rest of the group in code order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from collabagree.domain import sources
from collabagree.domain.sources import cite
from collabagree.domain.special_category import au_condition_named, consent_alone, uk_condition_named
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.model import Agreement
from collabagree.model.information import DataFlow

_FLOWS = ("information", "data_flows")


def _flows(agreement: Agreement) -> list[DataFlow]:
    information = agreement.information
    return list(information.data_flows or ()) if information is not None else []


def _label(flow: DataFlow) -> str:
    ends = f" ({flow.from_} to {flow.to})" if flow.from_ and flow.to else ""
    return f"data flow '{flow.id}'{ends}"


@rule("INF017", "controller-status-missing", "E: data_sharing; else W",
      summary="a personal flow has no controller_status",
      why="Who answers for personal data depends on the recipient's role: a separate controller "
          "answers for its own use, joint controllers must agree their respective duties, and a "
          "processor may act only on the sender's instructions under a written contract. An "
          "agreement that does not say which leaves every duty in doubt.",
      source=cite(sources.UK_GDPR_ART26, sources.UK_GDPR_ART28, sources.ICO_DATA_SHARING_AGREEMENTS),
      fix="Give each personal flow `controller_status`: `separate`, `joint` or `processor`.")
def controller_status_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A data flow with `personal: true` has no `controller_status` (one finding per flow)."""
    for index, flow in enumerate(_flows(agreement)):
        if flow.personal is True and flow.controller_status is None:
            yield Violation((*_FLOWS, index), f"personal {_label(flow)} does not say whether the "
                                              "recipient is a separate controller, a joint "
                                              "controller or a processor (controller_status)")


def _condition_named(family: str, text: str) -> bool:
    return uk_condition_named(text) if family == "UK" else au_condition_named(text)


@rule("INF018", "special-category-condition-missing", "E",
      summary="a special category flow has no condition for a party, or one that names no "
              "Article 9 ground or Schedule 1 condition (UK), APP 3.3 exception or s16A "
              "situation (AU)",
      why="Special category (sensitive) data needs more than a lawful basis: in the UK each "
          "controller also needs an Article 9 ground and, for most public purposes, a DPA 2018 "
          "Schedule 1 condition; in Australia sensitive information may be collected only with "
          "consent or under an APP 3.4 exception or a permitted situation. Consent alone is "
          "rarely the right condition for a public body.",
      source=cite(sources.UK_GDPR_ART9, sources.DPA_2018_SCH1, sources.OAIC_APP3),
      fix="Under the flow's `conditions`, give each party's condition, keyed by party id: in the "
          "UK the Article 9(2) ground and the Schedule 1 condition (\"Article 9(2)(h); DPA 2018 "
          "Schedule 1 Part 1 paragraph 2, health or social care purposes\"); in Australia the "
          "APP 3.3 or 3.4 exception or the s16A or s16B situation.")
def special_category_condition_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """In a UK (UK-*) or Australian (AU-*) agreement, a flow with `special_category: true` has
    no `conditions` entry for its sender or its recipient, or an entry that names no condition
    the law accepts. UK: an Article 9(2) ground (by paragraph, `9(2)(h)`, or its words: explicit
    consent, substantial public interest, health or social care, ...) or a DPA 2018 Schedule 1
    condition (Schedule 1, or its words: statutory and government purposes, safeguarding of
    children and of individuals at risk, ...). AU: APP 3.3 or 3.4, s16A or s16B, a permitted
    general or health situation, consent, or a State principle (HPP, IPP 10). Other
    jurisdictions are not checked."""
    family = agreement.agreement.jurisdiction.split("-")[0]
    if family not in ("UK", "AU"):
        return
    for index, flow in enumerate(_flows(agreement)):
        if flow.special_category is not True:
            continue
        conditions = flow.conditions or {}
        ends = [party for party in dict.fromkeys((flow.from_, flow.to)) if party]
        missing = [party for party in ends if is_blank(conditions.get(party))]
        if missing:
            path = (*_FLOWS, index, "conditions") if flow.conditions else (*_FLOWS, index)
            yield Violation(path, f"special category {_label(flow)} gives no condition for "
                                  f"{quote_list(missing)} (conditions)")
        for party, text in conditions.items():
            if party in ends and not is_blank(text) and not _condition_named(family, text):
                wanted = ("neither an Article 9(2) ground nor a DPA 2018 Schedule 1 condition"
                          if family == "UK" else "no APP 3.3 or 3.4 exception and no s16A or s16B "
                                                 "situation")
                yield Violation((*_FLOWS, index, "conditions", party),
                                f"the condition of '{party}' for {_label(flow)} names {wanted}")


@rule("INF019", "consent-sole-basis", "W",
      summary="a public authority party's lawful basis for a flow is consent alone",
      why="Consent must be freely given, and people rarely feel free to refuse a public body "
          "that provides their services; it can also be withdrawn at any time, which stops the "
          "sharing. A public authority should rely on its public task or a legal duty, and use "
          "consent for confidentiality or transparency only.",
      source=cite(sources.ICO_CONSENT, sources.ICO_DATA_SHARING_AGREEMENTS),
      fix="Give the public task, statutory function or legal duty the party relies on (\"UK "
          "GDPR Article 6(1)(e), its functions under ... Act\"), and keep consent as a safeguard "
          "if it is also sought.")
def consent_sole_basis(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A public authority's entry under a flow's `lawful_basis` rests on consent (consent, or
    Article 6(1)(a) or 9(2)(a)) and names no other basis: no other Article 6 basis, statute,
    section, function, duty, power or privacy principle (see
    `collabagree.domain.special_category`)."""
    public = {party.id for party in agreement.public_parties}
    for index, flow in enumerate(_flows(agreement)):
        for party, basis in (flow.lawful_basis or {}).items():
            if party in public and consent_alone(basis):
                yield Violation((*_FLOWS, index, "lawful_basis", party),
                                f"the lawful basis of public authority '{party}' for {_label(flow)} "
                                "is consent alone")


@rule("INF020", "personal-flag-missing", "W",
      summary="personal_information_exchanged is true and a flow leaves personal unset",
      why="A flow that does not say whether it holds personal information escapes every check "
          "that follows from it: no lawful basis, controller status or condition is asked for.",
      source=cite(sources.ICO_DATA_SHARING_AGREEMENTS),
      fix="Set `personal: true` (or false) on every flow.")
def personal_flag_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`information.personal_information_exchanged` is true and a data flow does not set
    `personal` (one finding per flow)."""
    information = agreement.information
    if information is None or information.personal_information_exchanged is not True:
        return
    for index, flow in enumerate(_flows(agreement)):
        if flow.personal is None:
            yield Violation((*_FLOWS, index), f"{_label(flow)} does not say whether it holds "
                                              "personal information (personal: true or false)")


# A text that says each controller answers requests about its own data.
_RIGHTS = re.compile(r"(?<![\w-])(?:requests?|rights)(?![\w-])", re.IGNORECASE)
_OWN_DATA = re.compile(
    r"(?<![\w-])each\s+(?:party|controller)\b[^.;\n]{0,80}?\b(?:own|it\s+holds|itself)(?![\w-])"
    r"|(?<![\w-])(?:party|controller)\s+that\s+holds(?![\w-])", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.;\n]+")


def says_each_answers_for_its_own(text: str) -> bool:
    """True when one sentence of `text` is about requests or rights and says each controller
    answers for its own data ("each party answers requests about the data it holds", "rights
    requests go to the party that holds the data")."""
    if _OWN_DATA.search(text) is None:
        return False
    return any(_RIGHTS.search(sentence.group(0)) and _OWN_DATA.search(sentence.group(0))
               for sentence in _SENTENCE.finditer(text))


@rule("INF021", "rights-requests-centralised", "W",
      summary="individual_rights_contact is one party while flows make more than one party a "
              "separate controller",
      why="A single point of contact for individuals is good practice, but each separate "
          "controller remains responsible for answering requests about the data it holds; an "
          "agreement that sends every request to one party must say that each controller still "
          "answers for its own data.",
      source=cite(sources.ICO_DATA_SHARING_AGREEMENTS, sources.UK_GDPR_ART26),
      fix="Say in the agreement (for example in a schedule or the privacy clause) that each "
          "controller answers requests about the data it holds, with the contact passing them "
          "on; or set `controller_status: joint` where the parties are joint controllers.")
def rights_requests_centralised(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`information.individual_rights_contact` names one party while flows with
    `controller_status: separate` make two or more parties controllers (the sender and the
    recipient of each such flow), and no text field says each controller answers for its own
    data (a sentence about requests or rights that says each party or controller handles its
    own, or that requests go to the party that holds the data)."""
    information = agreement.information
    if information is None or information.individual_rights_contact is None:
        return
    controllers = {party for flow in _flows(agreement) if flow.controller_status == "separate"
                   for party in (flow.from_, flow.to) if party}
    if len(controllers) < 2:
        return
    if any(says_each_answers_for_its_own(text) for _, text in context.text_fields):
        return
    contact = information.individual_rights_contact
    yield Violation(("information", "individual_rights_contact"),
                    f"'{contact}' handles every individual's request, but "
                    f"{quote_list(sorted(controllers))} are separate controllers: say that each "
                    "answers requests about the data it holds")
