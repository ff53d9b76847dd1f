"""The portfolio timeline of the HTML page: an SVG drawn here, one row per agreement.

Each row has the agreement's label, its term as a bar (to the edge, fading, when it is
open-ended), and its obligations over the whole term as markers whose shapes tell them apart
without colour: a diamond for a review (crossed when overdue), a square for a milestone, a
triangle for an instalment, a circle for the evaluation, a downward triangle and a dashed line
for the last day to give notice, and short ticks under the bar for reports. A dashed line marks
today. Every piece of text is the agreement's data, escaped (`text.html_text`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from collabagree.core.dates import add_months
from collabagree.register.collect import Register
from collabagree.register.duty import Kind
from collabagree.register.obligations import (
    Obligation,
    Window,
    agreement_keys,
    row_obligations,
    sort_key,
)
from collabagree.register.row import RegisterRow
from collabagree.register.schedule import OPEN_ENDED_HORIZON_MONTHS
from collabagree.register.text import html_text, long_date

WIDTH, PAD, AXIS_HEIGHT, ROW_HEIGHT, FOOT = 960, 12, 30, 68, 24
LABEL_CHARS = 100  # longer labels are cut (in full in the text alternative)
RECURRING = frozenset({Kind.REPORTING, Kind.KPI})
# Drawing order: later kinds are drawn on top, so a review is never hidden by a milestone.
DRAW_ORDER = {Kind.MILESTONE: 0, Kind.INSTALMENT: 1, Kind.EVALUATION: 2, Kind.NOTICE: 3,
              Kind.REVIEW: 4}


@dataclass(frozen=True)
class TimelineRow:
    """One agreement on the timeline: its row and its obligations over the whole term."""

    row: RegisterRow
    obligations: tuple[Obligation, ...]


@dataclass(frozen=True)
class Span:
    """The dates the drawing covers: whole years around every term and today."""

    start: date
    end: date

    def x(self, day: date) -> float:
        """The horizontal position of `day`."""
        total = (self.end - self.start).days or 1
        offset = min(max((day - self.start).days, 0), total)
        return round(PAD + (WIDTH - 2 * PAD) * offset / total, 1)


def timeline_rows(register: Register) -> tuple[list[TimelineRow], Span | None]:
    """The agreements with a start date, in register order, and the span to draw."""
    today = register.today
    dated = [row for row in register.rows if row.start is not None]
    if not dated:
        return [], None
    horizon = add_months(today, OPEN_ENDED_HORIZON_MONTHS)
    ends = [row.end or horizon for row in dated] + [today]
    first = min([row.start for row in dated if row.start] + [today])
    span = Span(date(first.year, 1, 1), date(max(ends).year + 1, 1, 1))
    keys = agreement_keys(register)
    rows = []
    for row in dated:
        found = row_obligations(row, keys[row.path], Window(span.start, span.end), today)
        rows.append(TimelineRow(row, tuple(sorted(found, key=sort_key))))
    return rows, span


def shape(kind: Kind, x: float, y: float, *, overdue: bool = False) -> str:
    """The marker of one kind of obligation, centred on (x, y)."""
    if kind is Kind.REVIEW:
        points = f"{x},{y - 7} {x + 7},{y} {x},{y + 7} {x - 7},{y}"
        mark = (f'<polygon class="m-review" points="{points}"/>')
        if overdue:
            mark = (f'<polygon class="m-overdue" points="{points}"/>'
                    f'<path class="m-cross" d="M{x - 3.5},{y - 3.5}L{x + 3.5},{y + 3.5}'
                    f'M{x - 3.5},{y + 3.5}L{x + 3.5},{y - 3.5}"/>')
        return mark
    if kind is Kind.MILESTONE:
        return f'<rect class="m-milestone" x="{x - 5.5}" y="{y - 5.5}" width="11" height="11"/>'
    if kind is Kind.INSTALMENT:
        return f'<polygon class="m-instalment" points="{x},{y - 7} {x + 7},{y + 6} {x - 7},{y + 6}"/>'
    if kind is Kind.EVALUATION:
        return f'<circle class="m-evaluation" cx="{x}" cy="{y}" r="6"/>'
    if kind is Kind.NOTICE:
        return f'<polygon class="m-notice" points="{x - 7},{y - 6} {x + 7},{y - 6} {x},{y + 7}"/>'
    return f'<line class="m-report" x1="{x}" y1="{y - 5}" x2="{x}" y2="{y + 5}"/>'


def legend_symbol(kind: Kind, *, overdue: bool = False) -> str:
    """A small stand-alone SVG of one marker, for the legend (hidden from screen readers,
    which read the words beside it)."""
    return (f'<svg class="symbol" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" '
            f'focusable="false">{shape(kind, 10, 10, overdue=overdue)}</svg>')


def _axis(span: Span, rows: int, today: date) -> list[str]:
    bottom = AXIS_HEIGHT + rows * ROW_HEIGHT + 4
    parts = []
    for year in range(span.start.year, span.end.year + 1):
        x = span.x(date(year, 1, 1))
        parts.append(f'<line class="grid" x1="{x}" y1="{AXIS_HEIGHT - 8}" x2="{x}" y2="{bottom}"/>')
        if year < span.end.year:
            middle = span.x(date(year, 7, 1))
            parts.append(f'<text class="year" x="{middle}" y="18" text-anchor="middle">{year}</text>')
    x = span.x(today)
    parts.append(f'<line class="today" x1="{x}" y1="{AXIS_HEIGHT - 6}" x2="{x}" y2="{bottom}"/>')
    # Below the rows, clear of the year labels; it reads away from the nearer edge.
    anchor = "end" if x > WIDTH / 2 else "start"
    shift = -4 if anchor == "end" else 4
    parts.append(f'<text class="today-label" x="{x + shift}" y="{bottom + 14}" '
                 f'text-anchor="{anchor}">today, {html_text(long_date(today))}</text>')
    return parts


def _label(row: RegisterRow) -> str:
    label = row.label
    if row.end is None and row.start is not None:
        label += " (open-ended)"
    if not row.valid:
        label += " (invalid: run check)"
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"


def _row(item: TimelineRow, span: Span, top: float, today: date) -> list[str]:
    row = item.row
    assert row.start is not None
    bar_y, middle = top + 30, top + 37
    start_x = span.x(row.start)
    end_x = span.x(row.end) if row.end else WIDTH - PAD
    klass = "bar invalid" if not row.valid else ("bar open" if row.end is None else "bar")
    end_words = long_date(row.end) if row.end else "open-ended"
    parts = [
        f'<text class="label" x="{PAD}" y="{top + 17}">{html_text(_label(row))}</text>',
        f'<rect class="{klass}" x="{start_x}" y="{bar_y}" width="{max(end_x - start_x, 2)}" '
        f'height="14" rx="3"><title>{html_text(long_date(row.start))} to '
        f'{html_text(end_words)}</title></rect>',
    ]
    ticks: set[float] = set()
    for obligation in sorted(item.obligations, key=lambda found: DRAW_ORDER.get(found.kind, -1)):
        x = span.x(obligation.day)
        if obligation.kind is Kind.EXPIRY:
            continue
        if obligation.kind in RECURRING:
            ticks.add(x)
            continue
        tip = html_text(f"{obligation.what}, {long_date(obligation.day)}")
        y = middle
        if obligation.kind is Kind.NOTICE:
            # Above the bar, pointing down at its day, so it never hides another marker.
            parts.append(f'<line class="notice-line" x1="{x}" y1="{bar_y - 3}" x2="{x}" '
                         f'y2="{bar_y + 18}"/>')
            y = bar_y - 8
        parts.append(f'<g>{shape(obligation.kind, x, y, overdue=obligation.overdue)}'
                     f'<title>{tip}</title></g>')
    parts += [f'<line class="m-report" x1="{x}" y1="{top + 50}" x2="{x}" y2="{top + 58}"/>'
              for x in sorted(ticks)]
    return parts


def timeline_svg(rows: list[TimelineRow], span: Span, today: date, *, described_by: str) -> str:
    """The SVG, with a <title> and <desc>, pointing at the text alternative `described_by`."""
    height = AXIS_HEIGHT + len(rows) * ROW_HEIGHT + FOOT
    first, last = long_date(span.start), long_date(span.end)
    desc = (f"{len(rows)} agreement{'s' if len(rows) != 1 else ''} drawn from {first} to "
            f"{last}, with today marked; each row shows the term as a bar and its reviews, "
            "milestones, reports, instalments, evaluation and last day to give notice. "
            "The same dates are listed in words after the figure.")
    parts = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'aria-labelledby="timeline-title timeline-desc" aria-describedby="{described_by}" '
             'xmlns="http://www.w3.org/2000/svg">',
             '<title id="timeline-title">Portfolio timeline</title>',
             f'<desc id="timeline-desc">{html_text(desc)}</desc>',
             *_axis(span, len(rows), today)]
    for index, item in enumerate(rows):
        parts += _row(item, span, AXIS_HEIGHT + index * ROW_HEIGHT, today)
    parts.append("</svg>")
    return "\n".join(parts)


def _dates(days: Iterable[date]) -> str:
    words = [long_date(day) for day in sorted(set(days))]
    if len(words) <= 2:
        return " and ".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


# The dated kinds in the order the text alternative lists them, with their words.
IN_WORDS = ((Kind.REVIEW, "Reviews"), (Kind.MILESTONE, "Milestones"),
            (Kind.INSTALMENT, "Instalments"), (Kind.EVALUATION, "Evaluation"),
            (Kind.NOTICE, "Last day to give notice"))


def row_in_words(item: TimelineRow) -> tuple[str, list[str]]:
    """One agreement's timeline in words: its label, then one line per kind of date (plain
    text, not yet escaped), the text alternative of its row in the figure."""
    row = item.row
    assert row.start is not None
    end = f"to {long_date(row.end)}" if row.end else "with no end date"
    lines = [f"Term: from {long_date(row.start)} {end}."]
    if not row.valid:
        lines.append("It fails validation, so its obligations are not shown (run check).")
    by_kind: dict[Kind, list[Obligation]] = {}
    for obligation in item.obligations:
        by_kind.setdefault(obligation.kind, []).append(obligation)
    for kind, words in IN_WORDS:
        found = by_kind.get(kind, [])
        if found:
            lines.append(f"{words}: {_dates(entry.day for entry in found)}.")
    overdue = [entry.day for entry in by_kind.get(Kind.REVIEW, []) if entry.overdue]
    if overdue:
        lines.append(f"Overdue: the review of {_dates(overdue)}.")
    recurring: dict[str, list[date]] = {}
    for entry in by_kind.get(Kind.REPORTING, []) + by_kind.get(Kind.KPI, []):
        who = ", ".join(entry.responsible) or "a party not named"
        noun = "KPI reports" if entry.kind is Kind.KPI else "Reports"
        recurring.setdefault(f"{noun} ({entry.name}) by {who}", []).append(entry.day)
    for text, days in sorted(recurring.items()):
        lines.append(f"{text}: {len(days)} due date{'s' if len(days) != 1 else ''}, from "
                     f"{long_date(min(days))} to {long_date(max(days))}.")
    return row.label, lines
