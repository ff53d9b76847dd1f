"""UKC rules: the `uk_compact` profile, evidence that an agreement between a public body and
civil society organisations in England keeps the undertakings of the Compact (2010).

The national Compact is largely dormant but local compacts built on it persist; the pack is on
only when named in `agreement.profiles` or config.
"""

from __future__ import annotations

from collections.abc import Iterator

from collabagree.lint.context import RuleContext
from collabagree.lint.rule import Rule, Violation, rule
from collabagree.lint.rules.helpers import find_words, quote_list
from collabagree.model import Agreement

PROFILE = "uk_compact"
COMPACT_URL = "http://election.compactvoice.org.uk/resources/compact-text-format"
COMPACT_QA_URL = "https://www.compactvoice.org.uk/about-compact/about-renewal/compact-qa"
SOURCE = (f"HM Government and Compact Voice, *The Compact* (England, 2010), {COMPACT_URL}; "
          f"Compact Voice, Compact Q&A, {COMPACT_QA_URL}")
MIN_NOTICE_DAYS = 90
NOTICE_KINDS = frozenset({"charity", "ngo", "social_enterprise"})
INDEPENDENCE_WORDS = ("independent", "independence")


def _principle(label: str, undertaking: str) -> str:
    return f"The Compact (England, 2010), **{label}**: {undertaking} (Compact text, {COMPACT_URL})"


def _lacks(label: str, evidence: str) -> str:
    """The message of a finding: which undertaking lacks which evidence."""
    return f"Compact undertaking '{label}' lacks evidence: {evidence}"


INDEPENDENCE = "Independence of civil society organisations"
NOTICE = "Notice before ending funding"
MULTI_YEAR = "Multi-year funding"


@rule("UKC001", "uk-independence", "W", profile=PROFILE,
      summary="a voluntary party exists and no principle mentions independence (independent, "
              "independence)",
      why="A charity or community group that works with, or is funded by, a public body must "
          "stay free to pursue its own mission and to campaign; saying so in the principles "
          "protects that.",
      principle=_principle(INDEPENDENCE, "the Government's undertaking to respect and uphold the "
                           "independence of civil society organisations to deliver their "
                           "mission, including their right to campaign, whatever funding or "
                           "other relationship exists between them"),
      source=SOURCE,
      fix="Add a `principles` entry that respects the voluntary party's independence, for "
          "example its right to campaign.")
def uk_independence(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A voluntary party (charity, ngo, social_enterprise, community_group) exists and no
    `principles` entry uses the word independent or independence (whole words, any case)."""
    voluntary = [party.id for party in agreement.voluntary_parties]
    if not voluntary:
        return
    if any(find_words(text, INDEPENDENCE_WORDS) for text in agreement.principles or ()):
        return
    yield Violation(("principles",), _lacks(INDEPENDENCE, f"no principle respects the independence "
                                            f"of {quote_list(voluntary)} (principles)"),
                    at_key=bool(agreement.principles))


@rule("UKC002", "uk-notice", "W", profile=PROFILE,
      summary="notice_days under 90 where a charity, ngo or social enterprise is a party and "
              "cash passes (not for own-costs agreements)",
      why="Ending or cutting a relationship at short notice can leave a charity with staff, "
          "premises and clients it cannot support; three months gives it time to adjust.",
      principle=_principle(NOTICE, "the Compact (2010) commitment to give at least three "
                           "months' notice when reducing or ending a funding relationship, with "
                           "a clear rationale for the decision"),
      source=SOURCE,
      fix=f"Set `termination.notice_days` to {MIN_NOTICE_DAYS} or more.")
def uk_notice(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """A charity, ngo or social enterprise is a party, cash passes between the parties, and
    `termination.notice_days` is under 90. The undertaking concerns funding relationships: when
    no cash passes (each party bears its own costs, or no cash contribution has an amount above
    0) the rule does not fire. A missing `notice_days` is left to LIF008, which reports it."""
    voluntary = [party.id for party in agreement.parties if party.kind in NOTICE_KINDS]
    notice = agreement.termination.notice_days if agreement.termination else None
    if voluntary and notice is not None and notice < MIN_NOTICE_DAYS and cash_passes(agreement):
        yield Violation(("termination", "notice_days"),
                        _lacks(NOTICE, f"{notice} days' notice is less than the "
                                       f"{MIN_NOTICE_DAYS} days (three months) owed to "
                                       f"{quote_list(voluntary)}"))


def cash_passes(agreement: Agreement) -> bool:
    """True when money changes hands: a cash contribution, or the total, is above 0."""
    funding = agreement.funding
    if funding is None:
        return False
    if (funding.total or 0) > 0:
        return True
    return any(item.type == "cash" and (item.amount or 0) > 0 for item in funding.contributions or ())


@rule("UKC003", "uk-multi-year", "I", profile=PROFILE,
      summary="the term is under 3 years (counting both end dates)",
      why="Multi-year arrangements let civil society organisations plan, keep staff and invest; "
          "the Compact favours them where they offer value for money.",
      principle=_principle(MULTI_YEAR, "the Compact (2010) commitment to consider multi-year "
                           "funding, typically three years, where it adds value, so that civil "
                           "society organisations have stability"),
      source=SOURCE,
      fix="Consider a term of three years or more (for example 1 April 2026 to 31 March 2029).")
def uk_multi_year(agreement: Agreement, context: RuleContext) -> Iterator[Violation]:
    """The term is shorter than three years, counting both end dates (1 April 2026 to 31 March
    2029 is three years). Skips open-ended terms and invalid terms (LIF001)."""
    if context.term_at_least_years(3) is False:
        days = context.term_days
        yield Violation(("term", "end"), _lacks(MULTI_YEAR, f"the term is {days} days, under "
                                                            "three years"))


RULES: tuple[Rule, ...] = (uk_independence, uk_notice, uk_multi_year)
