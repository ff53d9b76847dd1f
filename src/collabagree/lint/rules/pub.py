"""PUB rules: redactions for the public version (PUBLICATION.md). A redaction must name a
value that exists, a ground of the publishing party's regime and a reason; an agreement to
be published must not carry witnesses' or private signatories' details unredacted."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from collabagree.core.positions import YamlPath
from collabagree.domain.regimes import describe_regime
from collabagree.domain.sources import cite
from collabagree.domain.withholding import GROUNDS, find_ground, regimes_with_tables
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank
from collabagree.lint.rules.placeholders import PLACEHOLDERS
from collabagree.model import Agreement
from collabagree.model.execution import Redaction
from collabagree.publication.paths import covers, resolve
from collabagree.publication.policy import publishing_regime

_PLACEHOLDER_WINDOW = 200
_FOIA = GROUNDS["FOIA2000"]
_OIA = GROUNDS["OIA1982"]
_PERSONAL = cite(_FOIA.source.at("s40(2) personal information"),
                 _OIA.by_ground()["s9(2)(a)"].source)


def _listed(agreement: Agreement) -> list[tuple[int, Redaction]]:
    """The redactions of the list form, with their positions; none for the free-text form."""
    publication = agreement.publication
    if publication is None or not isinstance(publication.redactions, list):
        return []
    return list(enumerate(publication.redactions))


def _intended(agreement: Agreement) -> bool:
    return agreement.publication is not None and agreement.publication.intended is True


@rule("PUB001", "unknown-ground", "E",
      summary="a redaction's ground is not a ground of the publishing regime",
      why="Information may be withheld from a published agreement only under a ground the law "
          "provides; a ground the regime does not have is a refusal that cannot be defended, "
          "and a mistyped one sends a reader to the wrong exemption.",
      source=cite(_FOIA.source, _OIA.source) + "; and the source of each regime's table "
             "(`collabagree.domain.withholding`)",
      fix="Write the ground as the Act writes it (`s40(2)`, `s43(2)`, `s9(2)(a)`, `s47F`), or "
          "set `publication.regime` (or `publication.by`) when another party publishes.")
def unknown_ground(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A listed redaction has no `ground`, or one that is not in the table of grounds of the
    publishing regime: `publication.regime`, else the regime of the publishing party
    (`publication.by`, else the lead agency, else the first public party). A more specific
    form of a listed ground counts as it (`s31(1)(a)` under `s31`). When the regime has no
    table (none, other, or no public party), the message says which regimes have one. A
    placeholder ground ("TODO: ...") is left to TXT001."""
    regime = publishing_regime(agreement)
    for index, redaction in _listed(agreement):
        where: YamlPath = ("publication", "redactions", index)
        if is_blank(redaction.ground):
            yield Violation(where, f"redaction of '{redaction.path}' names no ground")
            continue
        ground = str(redaction.ground)
        # A scaffold's "TODO": TXT001 asks for it, one finding is enough. Only the first
        # characters are read: no ground is that long, and the search stays linear.
        if PLACEHOLDERS.search(ground[:_PLACEHOLDER_WINDOW]):
            continue
        if regime is None or regime not in GROUNDS:
            named = (f"the publishing regime is {describe_regime(regime)}" if regime
                     else "no publishing regime is known (set publication.regime)")
            yield Violation((*where, "ground"),
                            f"ground '{ground}' cannot be checked: {named}; tables of grounds "
                            f"exist for {regimes_with_tables()}")
        elif find_ground(regime, ground) is None:
            yield Violation((*where, "ground"),
                            f"'{ground}' is not a ground of {describe_regime(regime)}")


@rule("PUB002", "redaction-path-unknown", "E",
      summary="a redaction's path selects nothing in the file",
      why="A redaction whose path names nothing withholds nothing: the value it was meant to "
          "protect is published as it stands.",
      source=cite(_FOIA.source),
      fix="Write the path as dot-separated keys from the root; use an item's id "
          "(`parties.foodbank`) or its 0-based position (`instalments[2]`) on a list.")
def redaction_path_unknown(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A listed redaction's `path` does not select a value in the file: a key that is not
    there, an id no list item has, a position past the end, or text that is not a path."""
    for index, redaction in _listed(agreement):
        if resolve(context.data, redaction.path) is None:
            yield Violation(("publication", "redactions", index, "path"),
                            f"redaction path '{redaction.path}' selects nothing in the file")


@rule("PUB003", "redaction-without-reason", "E",
      summary="a redaction has no reason",
      why="A refusal to release information must say why the exemption applies; a redaction "
          "logged without a reason cannot be explained to a requester or reviewed later.",
      source=cite(_FOIA.source, _OIA.source),
      fix="Give the redaction a `reason`: why the ground applies to this value.")
def redaction_without_reason(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A listed redaction has no `reason`, or a blank one."""
    for index, redaction in _listed(agreement):
        if is_blank(redaction.reason):
            yield Violation(("publication", "redactions", index),
                            f"redaction of '{redaction.path}' gives no reason")


def _personal_values(agreement: Agreement, data: Any) -> Iterator[tuple[YamlPath, str]]:
    """Witnesses' names and addresses, and the names of signatories of parties that are not
    public authorities, with their paths in the plain data."""
    private = {party.id for party in agreement.parties if not party.public_authority}
    for index, signatory in enumerate(agreement.signatories or []):
        base: YamlPath = ("signatories", index)
        if signatory.party in private and not is_blank(signatory.name):
            yield (*base, "name"), "the name of a signatory of a party that is not a public authority"
        witness = signatory.witness
        if witness is not None:
            for key in ("name", "address"):
                if not is_blank(getattr(witness, key)):
                    yield (*base, "witness", key), f"a witness's {key}"


@rule("PUB004", "personal-data-published", "W",
      summary="a published agreement shows a witness's or a private signatory's details",
      why="Witnesses and the signatories of charities and companies are private individuals; "
          "their names and home addresses are personal data that a publishing authority "
          "normally withholds.",
      source=_PERSONAL,
      fix="Add a redaction for the value (`path: signatories[1].witness.address`, "
          "`ground: s40(2)` or the regime's privacy ground), or leave it out of the file.")
def personal_data_published(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`publication.intended` is true and a witness's `name` or `address`, or the `name` of a
    signatory whose party is not a public authority, is not covered by a listed redaction (of
    the value itself or of anything containing it)."""
    if not _intended(agreement):
        return
    redacted = [found for _, item in _listed(agreement)
                if (found := resolve(context.data, item.path)) is not None]
    for path, what in _personal_values(agreement, context.data):
        if not any(covers(prefix, path) for prefix in redacted):
            yield Violation(path, f"{what} is published unredacted")


@rule("PUB005", "redactions-described-only", "W",
      summary="publication is intended and redactions is free text",
      why="Redactions described in words are applied by hand, often only visually (the text "
          "is still under the black box), and leave no log of the ground for each one.",
      source=cite(_FOIA.source),
      fix="Turn `redactions` into a list: each item a `path`, a `ground` and a `reason`; "
          "`render --public` then withholds each value and writes the log.")
def redactions_described_only(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """`publication.intended` is true and `publication.redactions` is text, which describes
    redactions but applies none."""
    publication = agreement.publication
    if _intended(agreement) and publication is not None and isinstance(publication.redactions, str):
        yield Violation(("publication", "redactions"),
                        "redactions are described in words, so none is applied to the public "
                        "version")


RULES: tuple[Rule, ...] = (
    unknown_ground, redaction_path_unknown, redaction_without_reason, personal_data_published,
    redactions_described_only,
)
