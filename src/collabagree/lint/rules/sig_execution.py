"""SIG rules added with format 1.1 (SIG007-SIG009): a signed agreement records who signed, a
deed is witnessed, and advisers approve without appearing to bind their organisation.

Part of the SIG group; `sig.RULES` lists these with the rest of the group in code order.
"""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.domain import sources
from collabagree.domain.sources import cite
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import find_words, is_blank, quote_list
from collabagree.model import Agreement
from collabagree.model.execution import Signatory

ADVISORY_ROLES: tuple[str, ...] = (
    "Caldicott Guardian", "Senior Information Risk Owner", "SIRO", "Data Protection Officer",
    "DPO", "Privacy Officer", "Chief Privacy Officer",
)
"""Positions that advise on or approve information sharing but do not bind their organisation."""


def _who(signatory: Signatory) -> str:
    return f"the signatory for '{signatory.party}'" if signatory.party else "a signatory"


@rule("SIG007", "signed-without-names", "E",
      summary="status signed and a signatory has no name or no date",
      why="A signed agreement is evidence of who committed each party and when; a signature "
          "block without the signatory's name and the date cannot show that the person held the "
          "authority to sign on that day.",
      source=cite(sources.PGPA_DELEGATIONS, sources.DATA_SCHEME_REGISTRATION),
      fix="Record each signatory's `name` and the `date` they signed, or set the status back to "
          "`final` until they have signed.")
def signed_without_names(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement's status is `signed` and a signatory has no `name` or no `date` (one
    finding per signatory, naming what is missing)."""
    if agreement.agreement.status != "signed":
        return
    for index, signatory in enumerate(agreement.signatories or ()):
        missing = [key for key in ("name", "date") if is_blank(getattr(signatory, key))]
        if missing:
            yield Violation(("signatories", index), f"the agreement is signed but {_who(signatory)} "
                                                    f"has no {' or '.join(missing)}")


@rule("SIG008", "deed-without-witness", "E",
      summary="execution: deed and a signatory has no witness",
      why="A deed is validly executed by an individual only when it is signed in the presence of "
          "a witness who attests the signature; without one the deed may not take effect as a "
          "deed.",
      source=cite(sources.LPMPA_1989_S1, sources.ROW_SCOTLAND_1995_S3),
      fix="Give each signatory a `witness` with `name`, `occupation` and `address`, or set "
          "`execution: sign` if the agreement is not a deed.")
def deed_without_witness(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`agreement.execution` is `deed` and a signatory (other than an advisory one) has no
    `witness`, or a witness with no `name` (one finding per signatory)."""
    if agreement.agreement.execution != "deed":
        return
    for index, signatory in enumerate(agreement.signatories or ()):
        if signatory.capacity == "advisory":
            continue
        if signatory.witness is None or is_blank(signatory.witness.name):
            yield Violation(("signatories", index), f"the agreement is executed as a deed but "
                                                    f"{_who(signatory)} has no witness")


@rule("SIG009", "advisory-signatory", "W",
      summary="a signatory's position is an advisory role (Caldicott Guardian, SIRO, DPO, privacy "
              "officer) and capacity is not advisory",
      why="A Caldicott Guardian, a Senior Information Risk Owner or a data protection or privacy "
          "officer advises on and approves information sharing; they rarely hold the authority "
          "to commit their organisation, and a DPO must stay independent of the decisions they "
          "advise on. Shown as a signatory, they appear to bind the party.",
      source=cite(sources.NDG_CALDICOTT, sources.UK_GDPR_ART38),
      fix="Set `capacity: advisory` on that signatory, and add a signatory who holds the "
          "authority to commit the party.")
def advisory_signatory(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A signatory's `position` names an advisory role (Caldicott Guardian, Senior Information
    Risk Owner or SIRO, Data Protection Officer or DPO, privacy officer; whole words, any case)
    and its `capacity` is not `advisory`."""
    for index, signatory in enumerate(agreement.signatories or ()):
        if signatory.capacity == "advisory" or not signatory.position:
            continue
        roles = find_words(signatory.position, ADVISORY_ROLES)
        if roles:
            yield Violation(("signatories", index),
                            f"{_who(signatory)} is the {quote_list(dict.fromkeys(roles))}, an "
                            "advisory role; set capacity: advisory and add a signatory who binds "
                            "the party")


EXECUTION_RULES: tuple[Rule, ...] = (signed_without_names, deed_without_witness, advisory_signatory)
