"""Shared building blocks of the agreement model: the strict base class and field types."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from collabagree.model.kinds import PARTY, PROSE, PartyReference

PARTY_ID_PATTERN = r"^[a-z][a-z0-9_-]{0,31}$"
ITEM_ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_-]{0,31}$"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


class StrictModel(BaseModel):
    """Base of every model: unknown keys are errors and values are not silently coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True,
                              validate_default=False)

    def present(self, name: str) -> bool:
        """True when the file gave this field a value (not left to its default)."""
        return name in self.model_fields_set


# Date arithmetic (review schedules, term lengths, the calendar) must stay inside Python's
# years 1 to 9999: 9999-12-31 plus one day crashed check. A century of margin either side.
MIN_YEAR, MAX_YEAR = 1000, 8999


def _read_date(value: Any) -> Any:
    """Accept YAML dates and quoted ISO dates; refuse everything else with a clear message."""
    if isinstance(value, datetime):
        return _in_range(value.date())  # a YAML timestamp with a time: the day is what matters
    if isinstance(value, date):
        return _in_range(value)
    if isinstance(value, str):
        if _ISO_DATE.match(value.strip()):
            try:
                day = date.fromisoformat(value.strip())
            except ValueError:
                raise PydanticCustomError("date_invalid", "'{value}' is not a real date",
                                          {"value": value}) from None
            return _in_range(day)
        raise PydanticCustomError("date_format", "'{value}' is not a date in the form YYYY-MM-DD",
                                  {"value": value[:40]})
    raise PydanticCustomError("date_type", "expected a date in the form YYYY-MM-DD", {})


def _in_range(day: date) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise PydanticCustomError("date_range", "'{value}' is outside the years {low} to {high}",
                                  {"value": day.isoformat(), "low": MIN_YEAR, "high": MAX_YEAR})
    return day


def _number_as_text(value: Any) -> Any:
    """Identifiers may be typed as numbers (a charity number); keep them as text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


IsoDate = Annotated[date, BeforeValidator(_read_date)]
Text = Annotated[str, PROSE]
"""Prose: a safe subset of Markdown is honoured when rendering (see `model.kinds`)."""
ShortText = str
"""A name, title, role or other short field: always rendered literally."""
Role = Annotated[str, Field(description="A position, not a person's name.")]
PartyId = Annotated[str, StringConstraints(pattern=PARTY_ID_PATTERN)]
ItemId = Annotated[str, StringConstraints(pattern=ITEM_ID_PATTERN)]
PartyRef = Annotated[str, PARTY]
"""A field typed *party*: checked against declared parties by rule REF001, not the schema."""
PartyKey = Annotated[str, PARTY]
"""A mapping key that is a party id (`lawful_basis`, `approvers`...): checked by REF001."""
PartyOrJoint = Annotated[str, PartyReference(also=("joint",))]
"""A party id, or `joint` (the owner of new intellectual property)."""
Amount = Annotated[int | float, Field(ge=0, allow_inf_nan=False)]
TextOrNumber = Text | int | float
IdentifierValue = Annotated[str, BeforeValidator(_number_as_text)]
Frequency = Literal["monthly", "quarterly", "six_monthly", "annual"]


def field(description: str, **kwargs: Any) -> Any:
    """A model field with the description editors show as help (defaults to None)."""
    kwargs.setdefault("default", None)
    return Field(description=description, **kwargs)
