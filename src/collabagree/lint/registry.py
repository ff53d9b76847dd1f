"""The one explicit registry of lint rules, and selection by code, name or prefix."""

from __future__ import annotations

from collections.abc import Iterable

from collabagree.core.errors import UsageError
from collabagree.lint.rule import Rule
from collabagree.lint.rules import (
    aps,
    bnd,
    com,
    dsp,
    fun,
    fun_terms,
    gen,
    gov,
    inf,
    lif,
    nzp,
    prf,
    pty,
    pub,
    pur,
    ref,
    rsk,
    sig,
    txt,
    ukc,
    var,
    vic,
)
from collabagree.schema.codes import SCHEMA_CODES

RULES: tuple[Rule, ...] = (
    *ref.RULES, *txt.RULES, *bnd.RULES, *pur.RULES, *pty.RULES, *gov.RULES, *fun.RULES,
    *fun_terms.RULES, *prf.RULES, *com.RULES, *inf.RULES, *rsk.RULES, *lif.RULES, *dsp.RULES,
    *gen.RULES, *sig.RULES, *pub.RULES, *aps.RULES, *vic.RULES, *nzp.RULES, *ukc.RULES, *var.RULES,
)
BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
SUPPRESSION_CODE = "SUP001"
SUPPRESSION_NAME = "unused-suppression"
ALL_CODES: dict[str, str] = {
    **SCHEMA_CODES, **{rule.code: rule.name for rule in RULES}, SUPPRESSION_CODE: SUPPRESSION_NAME,
}


def resolve_selector(selector: str) -> set[str]:
    """The codes a selector names: an exact code, a rule name, or a code prefix (INF, INF0).

    Raises `UsageError` for a selector that matches nothing, naming it.
    """
    text = selector.strip()
    upper = text.upper()
    if upper in ALL_CODES:
        return {upper}
    lowered = text.lower()
    by_name = {code for code, name in ALL_CODES.items() if name == lowered}
    if by_name:
        return by_name
    by_prefix = {code for code in ALL_CODES if code.startswith(upper)} if upper.isalnum() else set()
    if by_prefix:
        return by_prefix
    raise UsageError(f"unknown rule selector '{selector}' (use a code such as PTY002, a name "
                     "such as party-without-contact, or a prefix such as PTY)")


def resolve_selectors(selectors: Iterable[str]) -> set[str]:
    """Union of `resolve_selector` over several selectors."""
    codes: set[str] = set()
    for selector in selectors:
        codes |= resolve_selector(selector)
    return codes


def find_rule(code_or_name: str) -> Rule | None:
    """A rule by exact code (any case) or name."""
    return BY_CODE.get(code_or_name.strip().upper()) or BY_NAME.get(code_or_name.strip().lower())
