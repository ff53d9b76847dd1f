"""`c` in the key-facts template (`templates/summary/summary.j2`): short, bounded facts.

The key-facts page (`render --summary`) must fit one A4 page however large the agreement
is, so every list here is cut to a fixed number of items (the rest counted: "and 4 more")
and every piece of prose to its first sentence, at most a fixed number of words. The limits
are the constants below; `docs/cli.md` states them. Prose fields are shown as plain text
(their emphasis and links dropped): the page is a digest, and each value is still literal.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from collabagree.drafting import ir
from collabagree.drafting import tokens as tk
from collabagree.drafting.facts import ClauseFacts
from collabagree.drafting.usertext import inline_prose
from collabagree.model import Agreement

MAX_PARTIES = 6
MAX_DUTIES = 3
PURPOSE_WORDS = 45
DUTY_WORDS = 18
NAME_WORDS = 12
#: The limits of each level: the page is drafted at level 0, and again at the next level
#: while its PDF is longer than one page (`render.summary`); the last level drops the figure.
LIMITS: tuple[dict[str, int], ...] = (
    {"parties": MAX_PARTIES, "duty_parties": 4, "duties": MAX_DUTIES, "bodies": 3, "contacts": 6,
     "contributions": 4, "purpose": PURPOSE_WORDS, "figure": 1},
    {"parties": 4, "duty_parties": 3, "duties": 2, "bodies": 2, "contacts": 4,
     "contributions": 3, "purpose": 35, "figure": 1},
    {"parties": 4, "duty_parties": 2, "duties": 2, "bodies": 2, "contacts": 3,
     "contributions": 2, "purpose": 30, "figure": 0},
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"\u201c])")


@dataclass(frozen=True, slots=True)
class Shown:
    """The first items of a list and how many were left out."""

    items: list[Any]
    more: int


def plain(text: str | None) -> str:
    """A prose value as plain text (emphasis and links kept as their words)."""
    return " ".join(ir.plain_text(inline_prose(text or "")).split())


def shorten(text: str | None, words: int) -> str:
    """The first sentence of `text`, at most `words` words (an ellipsis where cut)."""
    body = plain(text)
    first = _SENTENCE_END.split(body, maxsplit=1)[0] if body else ""
    parts = first.split()
    if len(parts) <= words:
        return first
    return " ".join(parts[:words]).rstrip(",;:") + "\u2026"


def render_day() -> date:
    """The day "the next review" is counted from: `SOURCE_DATE_EPOCH`'s day when it is set
    (reproducible builds), else today."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if raw.isdigit():
        return datetime.fromtimestamp(int(raw), tz=UTC).date()
    return date.today()


class SummaryFacts(ClauseFacts):
    """The facts of one agreement for the key-facts page, cut to the limits of `level`."""

    level = 0
    show_figure = True

    def limit(self, name: str) -> int:
        """The most items (or words) of `name` shown at this level (`LIMITS`)."""
        return LIMITS[min(self.level, len(LIMITS) - 1)][name]

    def timeline_figure(self) -> str:
        """The timeline figure, except at the last level (no room)."""
        return super().timeline_figure() if self.show_figure and self.limit("figure") else ""

    def __init__(self, agreement: Agreement, structure: Any, anchors: frozenset[str] | None = None) -> None:
        super().__init__(agreement, structure, anchors)
        self.today = render_day()

    @staticmethod
    def first(items: Sequence[Any] | None, limit: int) -> Shown:
        """The first `limit` items and the count of the rest."""
        values = list(items or [])
        return Shown(values[:limit], max(len(values) - limit, 0))

    def more(self, count: int) -> str:
        """`and 3 more` (wording), or nothing."""
        return self._s.gettext("and %(num)s more", num=count) if count else ""

    @property
    def purpose(self) -> str:
        """The purpose in one sentence, at most PURPOSE_WORDS words."""
        return shorten(self.a.purpose.statement, self.limit("purpose"))

    @property
    def purpose_is_infinitive(self) -> bool:
        """A purpose written "To ..." reads after "The purpose is"."""
        return self.purpose.lower().startswith("to ")

    @property
    def purpose_lowered(self) -> str:
        """The purpose starting in lower case, to follow "The purpose is"."""
        text = self.purpose
        return text[:1].lower() + text[1:]

    @property
    def months_long(self) -> int | None:
        """The term in whole months (None when open-ended)."""
        term = self.a.term
        if term.end is None:
            return None
        months = (term.end.year - term.start.year) * 12 + term.end.month - term.start.month
        return months + (1 if term.end.day >= term.start.day - 1 else 0)

    def duration(self) -> str:
        """`3 years`, `18 months`."""
        months = self.months_long or 0
        if months and months % 12 == 0:
            return self._s.ngettext("%(num)s year", "%(num)s years", months // 12)
        return self.months(months)

    def duties(self, party_id: str | None) -> Shown:
        """A party's first responsibilities, each shortened to DUTY_WORDS words."""
        for entry in self.a.roles or []:
            if entry.party == party_id:
                texts = [shorten(r.text, DUTY_WORDS) for r in entry.responsibilities or [] if r.text]
                return self.first(texts, self.limit("duties"))
        return Shown([], 0)

    @property
    def duty_parties(self) -> Shown:
        """The parties that have responsibilities listed, in file order."""
        listed = {entry.party for entry in self.a.roles or [] if entry.responsibilities}
        return self.first([p for p in self.a.parties if p.id in listed], self.limit("duty_parties"))

    def short(self, text: str | None, words: int = NAME_WORDS) -> str:
        """A short value (a name, a role) cut to `words` words."""
        return shorten(text, words)

    @property
    def instalment_dates(self) -> list[date]:
        """The instalment dates, in order."""
        conditions = self.funding_conditions
        return sorted(i.due for i in (conditions.instalments or []) if i.due) if conditions else []

    @property
    def instalment_amounts(self) -> list[float]:
        """The distinct instalment amounts."""
        conditions = self.funding_conditions
        amounts = [i.amount for i in (conditions.instalments or []) if i.amount is not None] if conditions else []
        return sorted(set(amounts))

    @property
    def funding_conditions(self) -> Any:
        """The grant conditions, if any."""
        return self.a.funding.conditions if self.a.funding else None

    def next_review(self) -> date | None:
        """The next review on or after today (the first, before the term starts)."""
        from collabagree.register.schedule import next_review

        review = self.a.review
        if review is None or review.first_review is None:
            return None
        return next_review(review.first_review, review.interval_months, self.today,
                           overdue=False, end=self.a.term.end)

    def binding_part_names(self) -> tk.Wording:
        """The parts that bind, by name ("the funding and information terms"), never by number."""
        status = self.a.agreement.legal_status
        titles = {schedule.id: schedule.title for schedule in self.a.schedules or []}
        names = [titles.get(part) or part.replace("_", " ") for part in (status.binding_clauses or [])] if status else []
        return self.join(names)

    def notice_deadline(self) -> date | None:
        """The last day to give notice before the end (the register's date), if any."""
        from collabagree.register.duty import Kind
        from collabagree.render.timeline import timeline_of

        found = timeline_of(self.a).of_kind(Kind.NOTICE)
        return found[0].day if found else None

    @property
    def contacts(self) -> Shown:
        """The parties with a contact."""
        return self.first([p for p in self.a.parties if p.contact], self.limit("contacts"))

    @property
    def bodies(self) -> Shown:
        """The governance bodies, main body first."""
        governance = self.a.governance
        return self.first(governance.bodies if governance else [], self.limit("bodies"))

    @property
    def shown_parties(self) -> Shown:
        """The parties, in file order."""
        return self.first(self.a.parties, self.limit("parties"))

    @property
    def contributions(self) -> Shown:
        """The funding contributions, in file order."""
        return self.first(self.a.funding.contributions if self.a.funding else [], self.limit("contributions"))
