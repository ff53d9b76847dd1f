"""Performance measures, reporting and evaluation (element 5)."""

from __future__ import annotations

from pydantic import Field

from collabagree.model.base import Frequency, IsoDate, ItemId, PartyRef, StrictModel, Text, TextOrNumber, field
from collabagree.model.enums import KpiKind


class Kpi(StrictModel):
    """A key performance indicator."""

    id: ItemId = Field(description="Short id, e.g. K1.")
    measure: Text | None = field("What is measured.")
    kind: KpiKind | None = field("input, output or outcome.")
    baseline: TextOrNumber | None = field("Where things stand now.")
    target: TextOrNumber | None = field("The target.")
    frequency: Frequency | None = field("monthly, quarterly, six_monthly or annual.")
    responsible: PartyRef | None = field("The party that reports it.")
    data_source: Text | None = field("Where the figures come from.")
    objective: str | None = field("The objective id it measures.")


class Reporting(StrictModel):
    """A reporting line between parties or bodies."""

    from_: str | None = field("The party or governance body that reports.", alias="from")
    to: str | None = field("The party or governance body reported to.")
    frequency: Frequency | None = field("monthly, quarterly, six_monthly or annual.")
    content: Text | None = field("What is reported.")


class Evaluation(StrictModel):
    """The evaluation of the collaboration."""

    due: IsoDate | None = field("When it is due (YYYY-MM-DD).")
    owner: PartyRef | None = field("The party that commissions it.")
    method: Text | None = field("How it will be done.")
