"""The answers `init` works from, and how each one is read and checked.

Every parser here raises `AnswerError` with a message fit to show a person: the prompt
loop prints it and asks again, the command line turns it into one line and exit 2. The
same parsers serve both, so a value accepted at the prompt is accepted as a flag too.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from collabagree.domain.agreement_types import TYPE_SHORT_NAMES
from collabagree.model.base import PARTY_ID_PATTERN
from collabagree.model.enums import (
    PUBLIC_KINDS,
    AgreementType,
    Jurisdiction,
    PartyKind,
    values,
)

TYPES: tuple[str, ...] = values(AgreementType)
JURISDICTIONS: tuple[str, ...] = values(Jurisdiction)
KINDS: tuple[str, ...] = values(PartyKind)

_PARTY_ID = re.compile(PARTY_ID_PATTERN)
_ID_STOPWORDS = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "&"})
_SHORT_SLUG = 20
OPEN_ENDED_WORDS: tuple[str, ...] = ("open", "none", "open-ended")
"""What an end date may say instead of a date, for an agreement with no end date."""


class AnswerError(ValueError):
    """An answer that cannot be used; the message says why and what would do."""


@dataclass(frozen=True)
class PartyAnswer:
    """One party as the user described it."""

    id: str
    name: str
    kind: str
    placeholder: bool = False
    """True for a party `init` invented because none was given (its name is a TODO)."""
    short_name: str = ""
    """How the document refers to it ("the Council"); derived from the name when blank."""
    notice_address: str = ""
    """The postal address for formal notices; a TODO placeholder when blank."""

    @property
    def public(self) -> bool:
        """Whether the format treats this kind as a public authority by default."""
        return self.kind in PUBLIC_KINDS


@dataclass(frozen=True)
class Answers:
    """Everything the scaffold is built from, complete (defaults already applied)."""

    type: str
    jurisdiction: str
    title: str
    parties: tuple[PartyAnswer, ...]
    lead: str
    start: date
    end: date | None
    today: date
    published: bool | None = None
    """Whether the agreement will be published (None: not asked; then derived)."""
    defaulted: frozenset[str] = field(default_factory=frozenset)
    """Names of answers nobody gave (type, jurisdiction, lead, start, end): marked TODO confirm."""

    def party(self, party_id: str) -> PartyAnswer:
        """The party with this id."""
        return next(party for party in self.parties if party.id == party_id)


def _choose(value: str, options: tuple[str, ...], what: str) -> str:
    """`value` if it is one of `options` (case-insensitive), else an error with a suggestion."""
    cleaned = value.strip()
    for option in options:
        if cleaned.lower() == option.lower():
            return option
    close = difflib.get_close_matches(cleaned.lower(), [option.lower() for option in options], n=1)
    hint = f" Did you mean '{options[[o.lower() for o in options].index(close[0])]}'?" if close else ""
    raise AnswerError(f"'{cleaned}' is not a known {what}.{hint} Choose one of: {', '.join(options)}.")


def _by_number(value: str, options: tuple[str, ...]) -> str | None:
    """The option numbered `value` (1-based) when the answer is a number in range."""
    text = value.strip()
    if text.isdigit() and 1 <= int(text) <= len(options):
        return options[int(text) - 1]
    return None


def parse_type(value: str) -> str:
    """An agreement type: its value, its short name (`partnering`) or its number in the list."""
    numbered = _by_number(value, TYPES)
    if numbered:
        return numbered
    return _choose(TYPE_SHORT_NAMES.get(value.strip().lower(), value), TYPES, "agreement type")


def parse_jurisdiction(value: str) -> str:
    """A jurisdiction code such as UK-ENG, NZ or AU-VIC (any case)."""
    return _choose(value, JURISDICTIONS, "jurisdiction")


def parse_kind(value: str) -> str:
    """A party kind (`charity`, `local_government`, ...) or its number in the list."""
    numbered = _by_number(value, KINDS)
    if numbered:
        return numbered
    return _choose(value.strip().replace(" ", "_").replace("-", "_"), KINDS, "party kind")


def parse_date(value: str) -> date:
    """A date written YYYY-MM-DD."""
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise AnswerError(f"'{text}' is not a date in the form YYYY-MM-DD (for example 2026-04-01).")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise AnswerError(f"'{text}' is not a real date (check the month and the day).") from None


def parse_end(value: str, start: date) -> date | None:
    """The end date: a date after `start`, or `open` (also `none`) for an open-ended term."""
    if value.strip().lower() in OPEN_ENDED_WORDS:
        return None
    end = parse_date(value)
    if end <= start:
        raise AnswerError(f"the end date {end.isoformat()} is not after the start date "
                          f"{start.isoformat()}.")
    return end


def parse_title(value: str) -> str:
    """A non-empty title on one line."""
    title = " ".join(value.split())
    if not title:
        raise AnswerError("the title is empty.")
    return title


def check_party_id(value: str) -> str:
    """A party id: lower case letter first, then letters, digits, _ or -, at most 32."""
    text = value.strip()
    if not _PARTY_ID.match(text):
        raise AnswerError(f"'{text}' is not a valid party id: start with a lower-case letter, then "
                          "use lower-case letters, digits, '-' or '_' (32 characters at most).")
    return text


def derive_party_id(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A party id made from its name, unique among `taken`: the words without "of", "the"
    and the like ("Ministry for the Environment" -> "ministry-environment"), or for a long
    name its initials ("Kestrel Vale Borough Council" -> "kvbc"), as public bodies do."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [word for word in re.findall(r"[a-z0-9]+", ascii_name.replace("'", ""))
             if word not in _ID_STOPWORDS]
    slug = "-".join(words)
    if len(slug) > _SHORT_SLUG and len(words) >= 3:
        base = "".join(word[0] for word in words)
    else:
        base = slug[:32].rstrip("-")
    if not base or not base[0].isalpha():
        base = ("party-" + base)[:32].rstrip("-") if base else "party"
    candidate, number = base, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate, number = base[: 32 - len(suffix)] + suffix, number + 1
    return candidate


def parse_party_option(value: str, taken: set[str]) -> PartyAnswer:
    """Read `--party ID=NAME:KIND` (the `ID=` part may be left out: the id is then derived
    from the name). The kind is after the last colon, so a name may contain colons."""
    form = "expected ID=NAME:KIND, e.g. council=Kestrel Vale Borough Council:local_government"
    text = value.strip()
    if ":" not in text:
        raise AnswerError(f"--party '{value}': no kind given; {form}.")
    head, kind_text = text.rsplit(":", 1)
    party_id: str | None = None
    if "=" in head:
        id_text, head = head.split("=", 1)
        party_id = id_text.strip()
        if not party_id:
            raise AnswerError(f"--party '{value}': the id before '=' is empty; {form}.")
    name = " ".join(head.split())
    if not name:
        raise AnswerError(f"--party '{value}': the name is empty; {form}.")
    try:
        kind = parse_kind(kind_text)
        party_id = check_party_id(party_id) if party_id is not None else derive_party_id(name, taken)
    except AnswerError as error:
        raise AnswerError(f"--party '{value}': {error}") from None
    if party_id in taken:
        raise AnswerError(f"--party '{value}': the id '{party_id}' is already used by another party.")
    return PartyAnswer(party_id, name, kind)


_KIND_HINTS: tuple[tuple[str, str], ...] = (
    (r"\b(iwi|runanga|rūnanga|hapu|hapū|trust board|marae)\b", "iwi_maori_organisation"),
    (r"\b(aboriginal|torres strait|first nations|indigenous)\b", "first_nations_organisation"),
    (r"\b(council|borough|county|shire|city of|district|municipal)\b", "local_government"),
    (r"\b(nhs|health board|hospital|health service|health new zealand|primary care)\b",
     "public_health_service"),
    (r"\b(department|ministry|ministerial|agency|office of|commission|directorate)\b",
     "central_government"),
    (r"\b(university|college|institute|research)\b", "research_institution"),
    (r"\b(charity|foundation|food ?bank|hospice|trust)\b", "charity"),
    (r"\b(cic|community interest|social enterprise|co-?operative)\b", "social_enterprise"),
    (r"\b(association|society|network|alliance|inc|incorporated)\b", "ngo"),
    (r"\b(ltd|limited|plc|pty|llp|company)\b", "business"),
    (r"\b(group|club|residents|volunteers)\b", "community_group"),
)


def guess_kind(name: str, jurisdiction: str) -> str:
    """A likely kind from words in the name (the prompt's default; the user confirms it).
    Australian state bodies named "Department ..." are state_government outside AU-CTH."""
    lowered = name.lower()
    for pattern, kind in _KIND_HINTS:
        if re.search(pattern, lowered):
            if kind == "central_government" and jurisdiction.startswith("AU-") and jurisdiction != "AU-CTH":
                return "state_government"
            return kind
    return "ngo"
