"""Freedom of information regimes: which law fits a public party, its name and response time.

A small public API shared by the INF rules, the renderer (full Act names) and the scaffolder
(the regime to propose for a new party). The tables follow the Conventions of RULES.md:

- the regime that fits a public party depends on its jurisdiction, and in New Zealand on its
  kind as well (councils answer to LGOIMA, central agencies and Crown entities to the OIA);
- every regime's statutory response time is 20 working days, except the Right to Information
  Act 2009 (Qld) with 25 business days. The other Australian regimes give 30 calendar days (or
  less), which RULES.md counts as 20 working days, so a window checked against 20 is safe.

Codes are the `FoiRegime` values of the format (`FOIA2000`, `OIA1982`, ...). `none` and
`other` are valid codes with no Act and no response time.
"""

from __future__ import annotations

from dataclasses import dataclass

from collabagree.domain.jurisdictions import JURISDICTIONS
from collabagree.model.parties import Party


@dataclass(frozen=True, slots=True)
class Regime:
    """One freedom of information law: its code, full name and response time in working days."""

    code: str
    act_name: str
    response_working_days: int


_REGIMES: tuple[Regime, ...] = (
    Regime("FOIA2000", "Freedom of Information Act 2000", 20),
    Regime("FOISA2002", "Freedom of Information (Scotland) Act 2002", 20),
    Regime("OIA1982", "Official Information Act 1982", 20),
    Regime("LGOIMA1987", "Local Government Official Information and Meetings Act 1987", 20),
    Regime("FOI1982_CTH", "Freedom of Information Act 1982 (Cth)", 20),
    Regime("FOI1982_VIC", "Freedom of Information Act 1982 (Vic)", 20),
    Regime("GIPA2009_NSW", "Government Information (Public Access) Act 2009 (NSW)", 20),
    Regime("RTI2009_QLD", "Right to Information Act 2009 (Qld)", 25),
    Regime("FOI1992_WA", "Freedom of Information Act 1992 (WA)", 20),
    Regime("FOI1991_SA", "Freedom of Information Act 1991 (SA)", 20),
    Regime("RTI2009_TAS", "Right to Information Act 2009 (Tas)", 20),
    Regime("FOI2016_ACT", "Freedom of Information Act 2016 (ACT)", 20),
    Regime("IA2002_NT", "Information Act 2002 (NT)", 20),
)
REGIMES: dict[str, Regime] = {regime.code: regime for regime in _REGIMES}
"""Every regime with an Act, by code (`none` and `other` are not here)."""

def regime(code: str | None) -> Regime | None:
    """The regime with this code, or None for `none`, `other`, None or an unknown code."""
    return REGIMES.get(code or "")


def regime_act_name(code: str | None) -> str | None:
    """The full name of the regime's Act, e.g. `FOISA2002` -> "Freedom of Information
    (Scotland) Act 2002"; None for `none`, `other`, None or an unknown code."""
    found = regime(code)
    return found.act_name if found else None


def response_working_days(code: str | None) -> int | None:
    """The statutory response time of the regime in working days (20, or 25 for RTI2009_QLD);
    None for `none`, `other`, None or an unknown code."""
    found = regime(code)
    return found.response_working_days if found else None


def fitting_regime_for(jurisdiction: str | None, kind: str | None, name: str | None = None) -> str | None:
    """The regime code that fits a public body of this jurisdiction and kind, or None when
    no regime is known (jurisdiction OTHER, or an NZ kind that is not a public body).

    The jurisdiction's record decides: a regime by kind where it has one (New Zealand; a UK
    government department in Scotland answers to FOIA 2000), else its own regime. `name`, when
    given, lets the record recognise its devolved government (the Scottish Government answers
    to FOISA 2002)."""
    record = JURISDICTIONS.get(jurisdiction or "")
    if record is None:
        return None
    if name and kind == "central_government" and _is_devolved(name, record.devolved_government):
        return record.foi_regime
    return record.foi_regime_by_kind.get(kind or "", record.foi_regime)


def _is_devolved(name: str, devolved: tuple[str, ...]) -> bool:
    folded = name.casefold()
    return any(government.casefold() in folded for government in devolved)


def fitting_regime(party: Party) -> str | None:
    """The regime code that fits `party` by its jurisdiction, kind and (for a devolved
    government) name (RULES.md Conventions); None when the party is not a public authority or
    no regime is known for it."""
    if not party.public_authority:
        return None
    return fitting_regime_for(party.jurisdiction, party.kind, party.name)


def party_regime(party: Party) -> str | None:
    """The regime a public party answers to: its own `foi_regime`, else the fitting one;
    None for a non-public party. May be `none` or `other` when the party says so."""
    if not party.public_authority:
        return None
    return party.foi_regime or fitting_regime(party)


def describe_regime(code: str) -> str:
    """`CODE (full Act name)` for messages, or just the code when it has no Act."""
    name = regime_act_name(code)
    return f"{code} ({name})" if name else code
