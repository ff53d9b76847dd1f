"""Purpose, scope, objectives, principles and engagement (element 1)."""

from __future__ import annotations

from pydantic import Field

from collabagree.model.base import ItemId, PartyRef, Role, ShortText, StrictModel, Text, field


class Purpose(StrictModel):
    """Why the parties collaborate."""

    statement: Text = Field(description="The purpose in a sentence or two (15 words or more).")
    vision: Text | None = field("The shared vision, kept in case things go wrong.")


class Scope(StrictModel):
    """What the agreement covers and what it does not."""

    in_: list[Text] | None = field("What is in scope.", alias="in")
    out: list[Text] | None = field("What is expressly out of scope.")
    geography: Text | None = field("The area the agreement covers.")


class Objective(StrictModel):
    """One objective; KPIs and work programme items point at it by id."""

    id: ItemId = Field(description="Short id, e.g. O1.")
    text: Text | None = field("The objective.")


class Mechanism(StrictModel):
    """A way people and communities are engaged."""

    name: ShortText | None = field("The mechanism, e.g. Community reference group.")
    frequency: ShortText | None = field("How often it happens.")


class Engagement(StrictModel):
    """People and communities beyond the parties."""

    stakeholders: list[Text] | None = field("Who is engaged.")
    mechanisms: list[Mechanism] | None = field("How they are engaged, and how often.")
    lived_experience: Text | None = field("How people with lived experience shape the work.")
    feedback_to_participants: Text | None = field("How participants hear what their input changed.")


class Facilitator(StrictModel):
    """An independent facilitator for the collaboration."""

    role: Role | None = field("The facilitator's role.")
    appointed_by: list[PartyRef] | None = field("The parties that appoint the facilitator.")
    funded_by: Text | None = field("Who pays for the facilitator.")
