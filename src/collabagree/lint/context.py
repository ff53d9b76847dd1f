"""What a rule may read besides the agreement: today's date, profiles, raw data, helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from collabagree.core.positions import YamlPath
from collabagree.model import Agreement
from collabagree.model.textfields import iter_text_fields


@dataclass
class RuleContext:
    """Read-only inputs to every rule for one agreement."""

    agreement: Agreement
    data: dict[str, Any]
    today: date = field(default_factory=date.today)
    profiles: frozenset[str] = frozenset()
    comments: tuple[tuple[int, int, str], ...] = ()
    """The file's YAML comments as (line, column, text after the `#`); not part of the model."""
    previous: Agreement | None = None
    """The version at `check --against REV`; None when not comparing or the file is new."""

    @cached_property
    def changed_since_previous(self) -> bool:
        """True when the terms differ from the previous version's. `document_control` is
        left out: it records versions, it is not what the parties agreed."""
        if self.previous is None:
            return False
        from collabagree.versions.semantic import diff_agreements

        return any(change.path[:1] != ("document_control",)
                   for change in diff_agreements(self.previous, self.agreement))

    @cached_property
    def text_fields(self) -> list[tuple[YamlPath, str]]:
        """Every prose field with its path (computed once per agreement)."""
        return list(iter_text_fields(self.data))

    @cached_property
    def term_is_valid(self) -> bool:
        """False when LIF001 fires (end not after start); term-length rules then skip."""
        term = self.agreement.term
        return term.end is None or term.end > term.start

    @cached_property
    def term_days(self) -> int | None:
        """Length of the term in days, counting both end dates; None if open-ended or invalid."""
        term = self.agreement.term
        if term.end is None or not self.term_is_valid:
            return None
        return (term.end - term.start).days + 1

    def term_at_least_years(self, years: int) -> bool | None:
        """Whether the term lasts `years` years or more, counting both end dates
        (1 April 2027 to 31 March 2030 is three years); None if open-ended or invalid."""
        term = self.agreement.term
        if term.end is None or not self.term_is_valid:
            return None
        return add_years(term.start, years) <= term.end + timedelta(days=1)


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
