"""SIG rules: execution (signatories) and document control."""

from __future__ import annotations

import re
from collections.abc import Iterator

from collabagree.domain import sources
from collabagree.domain.sources import Source, cite
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.lint.rules.sig_execution import EXECUTION_RULES
from collabagree.model import Agreement

_AUTHORITY_SOURCE = ("Public Governance, Performance and Accountability Act 2013 (Cth) s 23 "
                     "(power to enter into arrangements, exercised under delegation), "
                     "http://finance.gov.au/resource-management/pgpa-legislation/delegations/; "
                     "Data Availability and Transparency Act 2022 (Cth) s 18(2) (agreements "
                     "signed by authorised officers), "
                     "https://datacommissioner.gov.au/registering-data-sharing-agreements")


def _party_label(party_id: str | None) -> str:
    """"the signatory for 'council'" for messages, or 'a signatory' when no party is given."""
    return f"the signatory for '{party_id}'" if party_id else "a signatory"


@rule("SIG001", "party-without-signatory", "E",
      summary="a party has no signatory",
      why="An organisation that has not signed has not committed to anything in the agreement.",
      source=_AUTHORITY_SOURCE,
      fix="Add a `signatories` entry for every party, with `position`, `authority_ref` and `date`.")
def party_without_signatory(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A party has no entry under `signatories` (one finding per party)."""
    signatories = agreement.signatories or []
    signed = {signatory.party for signatory in signatories}
    for party in agreement.parties:
        if party.id in signed:
            continue
        message = f"party '{party.id}' has no signatory (signatories)"
        if signatories:
            yield Violation(("signatories",), message, at_key=True)
        else:
            yield Violation(("signatories",), message)


@rule("SIG002", "authority-missing", "E",
      summary="a signatory has no position or authority_ref",
      why="A signature binds an organisation only when the signatory holds the authority to sign "
          "for it; recording the position and the delegation or decision shows that they do.",
      source=_AUTHORITY_SOURCE,
      fix="Give every signatory a `position` and an `authority_ref` (the delegation instrument, "
          "board resolution or ministerial approval that authorises the signature).")
def authority_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A signatory lacks `position` or `authority_ref` (one finding per signatory)."""
    for index, signatory in enumerate(agreement.signatories or ()):
        missing = [name for name in ("position", "authority_ref") if is_blank(getattr(signatory, name))]
        if not missing:
            continue
        path = ("signatories", index, missing[0]) if len(missing) == 1 else ("signatories", index)
        yield Violation(path, f"{_party_label(signatory.party)} has no "
                              f"{quote_list(missing)}")


@rule("SIG003", "signature-date-missing", "E",
      summary="a signatory has no date (when status is signed; else not run)",
      why="A signed agreement takes effect from its signatures; without dates nobody can tell "
          "when each party committed.",
      source=_AUTHORITY_SOURCE,
      fix="Add the `date` each signatory signed.")
def signature_date_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement's status is signed and a signatory has no `date`."""
    if agreement.agreement.status != "signed":
        return
    for index, signatory in enumerate(agreement.signatories or ()):
        if signatory.date is None:
            yield Violation(("signatories", index, "date"),
                            f"the agreement is signed but {_party_label(signatory.party)} "
                            "has no signature date")


_DATA_SCHEME = re.compile(r"Data Availability and Transparency|DATA Scheme|DAT Act", re.IGNORECASE)


def start_source(agreement: Agreement, context: RuleContext) -> Source:
    """The source that fits this agreement for SIG004: the DATA Scheme for an AU-CTH data
    sharing agreement under the Data Availability and Transparency Act 2022 (a text names the
    Act or the Scheme), the grant standard for a funding agreement, the ICO code for other data
    sharing, and otherwise the general rule that officials commit their body by signing under
    their delegation."""
    if agreement.type == "data_sharing_agreement":
        if agreement.agreement.jurisdiction == "AU-CTH" and any(
                _DATA_SCHEME.search(text) for _, text in context.text_fields):
            return sources.DATA_SCHEME_REGISTRATION
        return sources.ICO_DATA_SHARING_AGREEMENTS
    if agreement.type == "funding_agreement":
        return sources.GOVS_015_AGREEMENTS
    return sources.PGPA_DELEGATIONS


@rule("SIG004", "signed-after-start", "W",
      summary="the last signature is dated after term.start",
      why="Work done before every party has signed rests on no agreement: an official commits "
          "their organisation by signing under their delegation, so until then nothing binds "
          "it. Data sharing must not begin before the agreement is in force, and grant money "
          "should not be paid before the grant agreement is in place.",
      source=cite(sources.PGPA_DELEGATIONS, sources.ICO_DATA_SHARING_AGREEMENTS,
                  sources.GOVS_015_AGREEMENTS, sources.DATA_SCHEME_REGISTRATION) +
      " (the message names the one that fits the agreement: the DATA Scheme only for AU-CTH data "
      "sharing under that Act)",
      fix="Move `term.start` to on or after the last signature, or sign before the start date.")
def signed_after_start(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The latest signature `date` is after `term.start`. The message cites the source that
    fits the agreement (see `start_source`)."""
    dated = [(signatory.date, index) for index, signatory in enumerate(agreement.signatories or ())
             if signatory.date is not None]
    if not dated:
        return
    last, index = max(dated)
    start = agreement.term.start
    if last > start:
        yield Violation(("signatories", index, "date"),
                        f"the last signature ({last.isoformat()}) is after the agreement starts "
                        f"({start.isoformat()}); see {start_source(agreement, context).title}")


@rule("SIG005", "document-control-missing", "E: data_sharing, funding; else W",
      summary="no document_control.version and date",
      why="Parties need to know they are working to the same version; a version number and date "
          "(and a central register) make that checkable.",
      source="ICO Accountability Framework, data sharing agreements (keep a central log of "
             "current sharing agreements), https://ico.org.uk/for-organisations/"
             "accountability-framework/contracts-and-data-sharing/data-sharing-agreements/",
      fix="Add `document_control` with a `version` (in quotes, e.g. \"1.0\") and a `date`.")
def document_control_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`document_control.version` or `document_control.date` is missing (one finding)."""
    control = agreement.document_control
    if control is None:
        yield Violation(("document_control",),
                        "the agreement has no document control (document_control.version and date)")
        return
    missing = [name for name in ("version", "date") if is_blank(getattr(control, name))]
    if missing:
        path = ("document_control", missing[0]) if len(missing) == 1 else ("document_control",)
        yield Violation(path, f"document control has no {quote_list(missing)}")


@rule("SIG006", "publication-undecided", "I",
      summary="publication.intended unset",
      why="Publishing agreements, especially those about personal information, builds public "
          "trust; deciding up front avoids a scramble when someone asks for it.",
      source="ALRC Report 108, *For Your Information*, recommendation 14-1 (publish MoUs about "
             "sharing personal information), https://www.alrc.gov.au/publication/"
             "for-your-information-australian-privacy-law-and-practice-alrc-report-108/"
             "list-of-recommendations-5/part-c-interaction-inconsistency-and-fragmentation/",
      fix="Set `publication.intended` to true or false, and note any `redactions`.")
def publication_undecided(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`publication.intended` is not set."""
    publication = agreement.publication
    if publication is None or publication.intended is None:
        path = ("publication", "intended") if publication is not None else ("publication",)
        yield Violation(path, "the agreement does not say whether it will be published "
                              "(publication.intended)")


RULES: tuple[Rule, ...] = (
    party_without_signatory, authority_missing, signature_date_missing, signed_after_start,
    document_control_missing, publication_undecided, *EXECUTION_RULES,
)
