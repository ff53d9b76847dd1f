"""The timeline figure's content: which dates it shows, where, and its words (issue 20).

The dates are the register's obligations of the agreement over its whole term
(`register.obligations.row_obligations`), so the figure, the obligations table and the
calendar can never disagree: reviews and the evaluation, milestones, reports (reporting
lines and KPIs), instalments and the last day to give notice. Each lane has a shape of its
own, named in the legend, so nothing depends on colour. The drawing program
(`templates/figures/timeline.typ`) reads the JSON made here; the alternative text lists every
date in words. Compiling it is `render.figures`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from collabagree.core.dates import add_months
from collabagree.core.findings import FileResult
from collabagree.drafting import ir
from collabagree.drafting.words import join_words
from collabagree.model import Agreement
from collabagree.register.build import row_from_model
from collabagree.register.duty import Kind
from collabagree.register.obligations import Window, row_obligations
from collabagree.register.schedule import OPEN_ENDED_HORIZON_MONTHS

DateWords = Callable[[date | None], str]


@dataclass(frozen=True, slots=True)
class Lane:
    """One row of the figure: a name, a colour key and the kinds it shows, with a shape each."""

    key: str
    label: str
    colour: str
    shapes: tuple[tuple[Kind, str, str], ...]
    """(kind, shape, legend words) for each kind the lane holds."""


LANES: tuple[Lane, ...] = (
    Lane("review", "Reviews", "review", ((Kind.REVIEW, "diamond", "Review"),)),
    Lane("evaluation", "Evaluation", "review", ((Kind.EVALUATION, "diamond-open", "Evaluation"),)),
    Lane("milestone", "Milestones", "milestone", ((Kind.MILESTONE, "triangle", "Milestone"),)),
    Lane("report", "Reports", "report", ((Kind.REPORTING, "circle", "Report"),)),
    Lane("kpi", "KPI reports", "report", ((Kind.KPI, "circle-open", "KPI report"),)),
    Lane("payment", "Payments", "payment", ((Kind.INSTALMENT, "square", "Instalment"),)),
    Lane("notice", "Notice", "notice", ((Kind.NOTICE, "cross", "Last day to give notice"),)),
)


@dataclass(frozen=True, slots=True)
class Event:
    """One date on the figure."""

    day: date
    kind: Kind
    name: str


@dataclass(frozen=True, slots=True)
class Timeline:
    """The term and the dated events inside it (an open-ended term is drawn to a horizon)."""

    start: date
    end: date | None
    until: date
    events: tuple[Event, ...]

    def of_kind(self, kind: Kind) -> list[Event]:
        """The events of one kind, by date, each date once."""
        seen: dict[date, Event] = {}
        for event in sorted(self.events, key=lambda e: (e.day, e.name)):
            if event.kind is kind:
                seen.setdefault(event.day, event)
        return list(seen.values())


def timeline_of(agreement: Agreement) -> Timeline:
    """The agreement's dated obligations over its term, read as the register reads them."""
    start = agreement.term.start
    row = row_from_model(FileResult("", []), agreement, start)
    found = row_obligations(row, "figure", Window(start, None), start)
    until = agreement.term.end or add_months(start, OPEN_ENDED_HORIZON_MONTHS)
    events = tuple(Event(o.day, o.kind, o.name) for o in found if o.kind is not Kind.EXPIRY)
    return Timeline(start, agreement.term.end, until, events)


def _x(timeline: Timeline, day: date) -> float:
    span = max((timeline.until - timeline.start).days, 1)
    return round(min(max((day - timeline.start).days / span, 0.0), 1.0), 5)


def _ticks(timeline: Timeline) -> list[dict[str, object]]:
    years = range(timeline.start.year + 1, timeline.until.year + 1)
    ticks = [date(year, 1, 1) for year in years if timeline.start < date(year, 1, 1) < timeline.until]
    return [{"x": _x(timeline, day), "text": str(day.year)} for day in ticks]


def figure_data(timeline: Timeline, words: DateWords, noun: str) -> dict[str, object]:
    """The JSON the drawing program reads: the term, the lanes, the axis and the legend."""
    lanes: list[dict[str, object]] = []
    legend: list[dict[str, str]] = []
    for lane in LANES:
        events = [{"x": _x(timeline, e.day), "shape": shape}
                  for kind, shape, _words in lane.shapes for e in timeline.of_kind(kind)]
        if not events:
            continue
        notes = []
        if lane.key == "notice":
            notes = [{"x": _x(timeline, e.day), "text": words(e.day)} for e in timeline.of_kind(Kind.NOTICE)]
        lanes.append({"label": lane.label, "colour": lane.colour, "events": events, "notes": notes})
        legend.extend({"shape": shape, "colour": lane.colour, "text": text}
                      for kind, shape, text in lane.shapes if timeline.of_kind(kind))
    legend.insert(0, {"shape": "bar", "colour": "term", "text": f"Term of the {noun}"})
    return {
        "term": {"label": "Term", "from": 0.0, "to": 1.0, "open": timeline.end is None,
                 "start": words(timeline.start),
                 "end": words(timeline.end) if timeline.end else f"continues (shown to {words(timeline.until)})"},
        "lanes": lanes, "ticks": _ticks(timeline), "legend": legend,
    }


def alt_text(timeline: Timeline, words: DateWords, noun: str) -> str:
    """Every date of the figure in words, lane by lane."""
    if timeline.end:
        parts = [f"Timeline of this {noun} from {words(timeline.start)} to {words(timeline.end)}."]
    else:
        parts = [f"Timeline of this {noun}, which starts on {words(timeline.start)} and has no end date."]
    phrases = {
        Kind.REVIEW: "Reviews due", Kind.EVALUATION: "Evaluation due", Kind.REPORTING: "Reports due",
        Kind.KPI: "KPI reports due", Kind.INSTALMENT: "Instalments due",
        Kind.NOTICE: "Last day to give notice before the end",
    }
    for lane in LANES:
        for kind, _shape, _words in lane.shapes:
            events = timeline.of_kind(kind)
            if not events:
                continue
            if kind is Kind.MILESTONE:
                named = [f"{e.name} by {words(e.day)}" for e in sorted(
                    (e for e in timeline.events if e.kind is kind), key=lambda e: (e.day, e.name))]
                parts.append("Milestones: " + "; ".join(named) + ".")
            else:
                parts.append(f"{phrases[kind]}: {join_words([words(e.day) for e in events], 'and')}.")
    return " ".join(parts)


#: A term longer than this is not drawn: a figure of a century shows no date legibly, and
#: the obligations of thousands of years would take long to list.
MAX_TERM_YEARS = 50


def timeline_figure(agreement: Agreement, words: DateWords, noun: str) -> ir.Figure | None:
    """The figure block after the term clause, or None when there is nothing to draw (or
    the term is too long, or its dates so extreme that date arithmetic leaves the calendar)."""
    term = agreement.term
    if term.end is not None and (term.end.year - term.start.year > MAX_TERM_YEARS or term.end < term.start):
        return None
    try:
        timeline = timeline_of(agreement)
    except (OverflowError, ValueError):  # a start near year 9999 has no horizon to draw to
        return None
    if not timeline.events and timeline.end is None:
        return None
    data = json.dumps(figure_data(timeline, words, noun), ensure_ascii=False, sort_keys=True)
    caption = f"Timeline of the {noun}: term, reviews, milestones, reports, payments and notice"
    return ir.Figure("timeline", data, alt_text(timeline, words, noun), caption)
