"""What the law accepts as a condition for sharing special category (sensitive) data, and what
counts as a lawful basis other than consent: the vocabularies rules INF018 and INF019 read.

- UK: a UK GDPR Article 9(2) ground and a Data Protection Act 2018 Schedule 1 condition
  (named by article or paragraph, or by the words of the ground).
- Australia: an APP 3.3 or 3.4 exception or a permitted general or health situation under the
  Privacy Act 1988 (Cth) ss 16A and 16B; Victorian and New South Wales bodies name the Health
  Privacy Principles or Information Privacy Principles of their own Acts instead.

Matching is case-insensitive and whole-word; every pattern is a plain alternation, linear in
the text.
"""

from __future__ import annotations

import re


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


UK_ARTICLE_9 = _words(
    r"9\s*\(\s*2\s*\)\s*\(\s*[a-j]\s*\)",
    r"explicit\s+consent", r"social\s+(?:security|protection)", r"vital\s+interests?",
    r"not-for-profit\s+bod(?:y|ies)", r"manifestly\s+made\s+public", r"legal\s+claims",
    r"substantial\s+public\s+interest", r"health\s+or\s+social\s+care", r"public\s+health",
    r"preventive\s+or\s+occupational\s+medicine", r"archiving",
)
"""A UK GDPR Article 9(2) ground, by paragraph (`Article 9(2)(h)`) or by its words."""

UK_SCHEDULE_1 = _words(
    r"sch(?:edule|ed\.?|\.)?\s*1", r"statutory\s+and\s+government\s+purposes",
    r"administration\s+of\s+justice", r"equality\s+of\s+opportunity",
    r"preventing\s+or\s+detecting\s+unlawful\s+acts", r"protecting\s+the\s+public",
    r"regulatory\s+requirements", r"preventing\s+fraud", r"counselling",
    r"safeguarding\s+of\s+(?:children|individuals\s+at\s+risk|economic\s+well-?being)",
    r"support\s+for\s+individuals\s+with\s+a\s+particular\s+disability",
)
"""A Data Protection Act 2018 Schedule 1 condition, by schedule or by its words."""

AU_SENSITIVE = _words(
    r"APP\s*3(?:\.[34])?", r"s(?:ection|\.)?\s*16[AB]", r"permitted\s+(?:general|health)\s+situation",
    r"required\s+or\s+authori[sz]ed\s+by\s+or\s+under\s+(?:an\s+)?Australian\s+law",
    r"enforcement\s+body", r"consent",
    r"HPP\s*\d+(?:\.\d+)?", r"IPP\s*10", r"Health\s+Privacy\s+Principles?",
    r"Health\s+Records\s+(?:and\s+Information\s+Privacy\s+)?Act",
)
"""An exception for sensitive information in Australia: APP 3.3 (consent) or 3.4, a permitted
situation (ss 16A, 16B), or a State health or information privacy principle."""

CONSENT = _words(r"consent(?:s|ed|ing)?", r"6\s*\(\s*1\s*\)\s*\(\s*a\s*\)", r"9\s*\(\s*2\s*\)\s*\(\s*a\s*\)")
"""Consent, in words or as UK GDPR Article 6(1)(a) or 9(2)(a)."""

OTHER_BASIS = _words(
    r"6\s*\(\s*1\s*\)\s*\(\s*[b-f]\s*\)", r"public\s+task", r"official\s+authority",
    r"legal\s+obligations?", r"vital\s+interests?", r"legitimate\s+interests?", r"contract",
    r"statut(?:e|ory)", r"functions?", r"duty", r"duties", r"powers?", r"Act", r"section",
    r"s\.?\s*\d+[A-Z]?", r"law", r"IPP\s*\d+", r"HPP\s*\d+", r"APP\s*\d+", r"exceptions?",
    r"authori[sz]ed", r"required", r"permitted", r"regulations?", r"order",
)
"""Words that show a basis beyond consent: another Article 6 basis, a statute or a principle."""


def uk_condition_named(text: str) -> bool:
    """True when `text` names a UK GDPR Article 9 ground or a DPA 2018 Schedule 1 condition."""
    return UK_ARTICLE_9.search(text) is not None or UK_SCHEDULE_1.search(text) is not None


def au_condition_named(text: str) -> bool:
    """True when `text` names an Australian exception for sensitive information."""
    return AU_SENSITIVE.search(text) is not None


def consent_alone(basis: str) -> bool:
    """True when a lawful basis rests on consent and names no other basis ("Consent.",
    "client consent"); "consent, and Article 6(1)(e) public task" is not consent alone."""
    return CONSENT.search(basis) is not None and OTHER_BASIS.search(basis) is None
