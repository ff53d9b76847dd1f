"""RSK rules: risk and integrity (element 9)."""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.core.positions import YamlPath
from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import is_blank, quote_list
from collabagree.model import Agreement

RISK_FIELDS: tuple[str, ...] = ("owner", "mitigation")
"""What every risk must state (RSK002), as YAML keys."""

_TREASURY = ("Treasury NZ, *Guidelines for Contracting with NGOs*, 1.7 risk and 3.2 Contents "
             "Checklist, http://www.treasury.govt.nz/publications/guidance/mgmt/ngo/24.htm")
_OAG04 = ("NZ Office of the Auditor-General, *Local authorities working together* (2004), "
          "Part 4, https://oag.parliament.nz/2004/working-together/part4.htm")


@rule("RSK001", "risks-missing", "E: partnering, funding; else W",
      summary="no risks",
      why="A shared risk register makes the parties agree, before anything goes wrong, what could "
          "go wrong and who manages it.",
      source=f"{_TREASURY}; {_OAG04}",
      fix="Add `risks`, each with an `id`, `description`, `owner` (a party) and `mitigation`.")
def risks_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The agreement lists no risks."""
    if is_blank(agreement.risks):
        yield Violation(("risks",), "the agreement lists no risks (risks)")


@rule("RSK002", "risk-incomplete", "E",
      summary="a risk lacks owner or mitigation",
      why="A risk nobody owns is managed by nobody, and a risk with no mitigation is only a worry; "
          "each needs both.",
      source=f"{_TREASURY}; {_OAG04}",
      fix="Give each risk an `owner` (the party best placed to manage it) and a `mitigation`.")
def risk_incomplete(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A risk has no `owner` or no `mitigation` (one finding per risk, naming what is missing)."""
    for index, risk in enumerate(agreement.risks or ()):
        missing = [name for name in RISK_FIELDS if is_blank(getattr(risk, name))]
        if missing:
            path: YamlPath = ("risks", index, *missing) if len(missing) == 1 else ("risks", index)
            yield Violation(path, f"risk '{risk.id}' has no {' and no '.join(missing)}")


@rule("RSK003", "risk-unbalanced", "W: partnering",
      summary="2 or more risks and every one is owned by the same party (partnering only)",
      why="A partnership shares risk: each party should own the risks it is best placed to manage. "
          "When one party owns every risk, the partnership is not sharing it.",
      source=("Treasury NZ, *Guidelines for Contracting with NGOs*, Checklist for Agencies "
              "(allocate risk appropriately), http://www.treasury.govt.nz/publications/guidance/"
              f"mgmt/ngo/33.htm; {_OAG04}"),
      fix="Give each risk to the party best placed to manage it; if one party really owns them "
          "all, say why in the risks' mitigations.")
def risk_unbalanced(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A partnering agreement with two or more parties has two or more risks, and every risk
    is owned by the same declared party."""
    risks = agreement.risks or []
    if len(risks) < 2 or len(agreement.parties) < 2:
        return
    owners = {risk.owner for risk in risks}
    if len(owners) != 1:
        return
    owner = next(iter(owners))
    if owner is not None and owner in agreement.party_ids:
        yield Violation(("risks",),
                        f"all {len(risks)} risks are owned by '{owner}'; a partnership shares "
                        "risk, so give each risk to the party best placed to manage it",
                        at_key=True)


@rule("RSK004", "treaty-statement-missing", "I",
      summary="jurisdiction NZ with a public party and no treaty_partnership",
      why="New Zealand public bodies act in partnership with Māori under Te Tiriti o Waitangi; an "
          "agreement they sign should say how it gives effect to that relationship.",
      source=("Crown–Māori Relationship Instruments guidelines, Appendix 4 model CMRI, "
              "http://www.justice.govt.nz/publications/global-publications/c/crown-maori-"
              "relationship-instruments-guidelines-and-advice-for-government-and-state-sector-"
              "agencies-december-2006/appendix-4-model-cmri-for-agencies; Public Service Act "
              "2020 (NZ) s14"),
      fix="Add `treaty_partnership`: how the agreement recognises Te Tiriti o Waitangi and how "
          "mana whenua are involved.")
def treaty_statement_missing(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A public party's jurisdiction is NZ (by default the agreement's) and the agreement has no
    `treaty_partnership` statement."""
    nz_public = [party.id for party in agreement.public_parties if party.jurisdiction == "NZ"]
    if nz_public and is_blank(agreement.treaty_partnership):
        verb = "is a New Zealand public body" if len(nz_public) == 1 else "are New Zealand public bodies"
        yield Violation(("treaty_partnership",),
                        "the agreement has no Te Tiriti o Waitangi statement (treaty_partnership), "
                        f"though {quote_list(nz_public)} {verb}")


RULES: tuple[Rule, ...] = (
    risks_missing, risk_incomplete, risk_unbalanced, treaty_statement_missing,
)
