"""`list --output-format html`: the portfolio at a glance, as one self-contained page.

The page has the register table, the portfolio timeline (an SVG, with a legend and the same
dates in words), and the obligations of the window asked for (by default the year from
today). It needs no script and makes no request: the style sheet is inline and a
Content-Security-Policy forbids everything else, so it can sit on an intranet or be mailed.
Every piece of agreement text is escaped; the same register on the same day gives the same
bytes (nothing on the page depends on the clock beyond `today`).
"""

from __future__ import annotations

from collabagree import __version__
from collabagree.register.collect import Register
from collabagree.register.duty import Kind
from collabagree.register.html_style import CSS
from collabagree.register.html_timeline import legend_symbol, row_in_words, timeline_rows, timeline_svg
from collabagree.register.obligations import Obligation, Window, collect_obligations
from collabagree.register.row import ExpiryAlert, RegisterRow
from collabagree.register.table import NONE, UNKNOWN_TITLE, attention, short_type, summary_line
from collabagree.register.text import html_text, long_date

PAGE_TITLE = "Collaboration agreements"
# No script, no external file of any kind: only the inline style sheet and inline SVG.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
LEGEND = (
    (Kind.REVIEW, False, "review"), (Kind.REVIEW, True, "review overdue"),
    (Kind.MILESTONE, False, "milestone"), (Kind.REPORTING, False, "report due (tick under the bar)"),
    (Kind.INSTALMENT, False, "instalment"), (Kind.EVALUATION, False, "evaluation"),
    (Kind.NOTICE, False, "last day to give notice"),
)
# The terminal table's columns, what needs doing first: a wide register scrolls sideways on a
# small screen, and the columns that say what to do should be the ones in view.
REGISTER_HEADERS = ("Reference", "Title", "Attention", "Next review", "End", "Days to expiry",
                    "Status", "Type", "Jurisdiction", "Parties", "Start", "Errors", "Warnings")
OBLIGATION_HEADERS = ("Date", "Agreement", "Obligation", "Responsible", "Attention")


# Cells that take a whole line of a card on a narrow screen (the others go two by two).
WIDE = frozenset({"Title", "Parties", "Obligation", "Responsible"})


def _cell(tag: str, label: str, value: object, klass: str = "", scope: str = "") -> str:
    text = NONE if value is None or value == "" else value
    attributes = f' data-label="{html_text(label)}"'
    if label in WIDE:
        klass = f"{klass} wide".strip()
    if klass:
        attributes += f' class="{klass}"'
    if scope:
        attributes += f' scope="{scope}"'
    return f"<{tag}{attributes}>{html_text(text)}</{tag}>"


def _register_row(row: RegisterRow) -> str:
    alert = row.expiry_alert
    expiry_class = "alert" if alert is ExpiryAlert.EXPIRED else ("warn" if alert else "")
    review_class = "alert" if row.review_overdue else ""
    words = attention(row)
    attention_class = "alert" if row.review_overdue or not row.valid or (
        alert is ExpiryAlert.EXPIRED) else expiry_class
    values = {
        "Title": (row.short_title or row.title or UNKNOWN_TITLE, ""),
        "Type": (short_type(row.type), ""),
        "Jurisdiction": (row.jurisdiction, ""),
        "Parties": (", ".join(row.parties), ""),
        "Status": (row.status, ""),
        "Start": (row.start, "date"),
        "End": (row.end, f"date {expiry_class}".strip()),
        "Next review": (row.next_review, f"date {review_class}".strip()),
        "Days to expiry": (row.days_to_expiry, f"num {expiry_class}".strip()),
        "Errors": (row.errors, "num alert" if row.errors else "num"),
        "Warnings": (row.warnings, "num"),
        "Attention": (words, attention_class if words else ""),
    }
    cells = [_cell("th", "Reference", row.reference or row.path, scope="row")]
    cells += [_cell("td", header, *values[header]) for header in REGISTER_HEADERS[1:]]
    return "<tr>" + "".join(cells) + "</tr>"


def _table(caption: str, headers: tuple[str, ...], body: list[str]) -> str:
    head = "".join(f'<th scope="col">{html_text(header)}</th>' for header in headers)
    return (f'<div class="scroll"><table class="cards"><caption>{html_text(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(body)
            + "\n</tbody></table></div>")


def _obligation_row(obligation: Obligation) -> str:
    row = obligation.row
    overdue = "alert" if obligation.overdue else ""
    return "<tr>" + "".join((
        _cell("td", "Date", obligation.day.isoformat(), f"date {overdue}".strip()),
        _cell("th", "Agreement", row.reference or row.path, scope="row"),
        _cell("td", "Obligation", obligation.what),
        _cell("td", "Responsible", ", ".join(obligation.responsible)),
        _cell("td", "Attention", "overdue" if obligation.overdue else "", overdue),
    )) + "</tr>"


def _timeline(register: Register) -> str:
    rows, span = timeline_rows(register)
    if span is None:
        return "<p>No agreement has a start date to draw.</p>"
    legend = "".join(f"<li>{legend_symbol(kind, overdue=overdue)}<span>{html_text(words)}</span></li>"
                     for kind, overdue, words in LEGEND)
    in_words = "\n".join(_in_words(*row_in_words(item)) for item in rows)
    return ('<p class="scroll-hint" aria-hidden="true">The timeline is wider than the screen: '
            "scroll it sideways, or read it in words below.</p>"
            f'<figure><div class="scroll">'
            f"{timeline_svg(rows, span, register.today, described_by='timeline-words')}</div>"
            f'<figcaption id="timeline-caption"><ul class="legend" aria-label="Legend">{legend}</ul>'
            "</figcaption></figure>"
            '<h3 id="timeline-words-heading">The timeline in words</h3>'
            f'<ul class="in-words" id="timeline-words">\n{in_words}\n</ul>'
            "<p class=\"note\">Reports are due on the last day of each reporting period, counted "
            "from the start of the term.</p>")


def _in_words(label: str, lines: list[str]) -> str:
    items = "".join(f"<li>{html_text(line)}</li>" for line in lines)
    return f"<li><strong>{html_text(label)}</strong><ul>{items}</ul></li>"


def render_html(register: Register, window: Window) -> str:
    """The whole page, as text (UTF-8, LF line ends)."""
    today = long_date(register.today)
    found = collect_obligations(register, window)
    until = long_date(window.end) if window.end else "the end of each term"
    span_words = f"{long_date(window.start)} to {until}"
    count = f"{len(register.rows)} agreement{'s' if len(register.rows) != 1 else ''}"
    if register.rows:
        register_part = _table(summary_line(register), REGISTER_HEADERS,
                               [_register_row(row) for row in register.rows])
    else:
        register_part = "<p>No agreements found.</p>"
    if found:
        obligations_part = _table(
            f"{len(found)} obligation{'s' if len(found) != 1 else ''}, by date.",
            OBLIGATION_HEADERS, [_obligation_row(obligation) for obligation in found])
    else:
        obligations_part = "<p>No obligations fall in these dates.</p>"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="generator" content="collabagree {html_text(__version__)}">
<title>{html_text(PAGE_TITLE)}: register of {html_text(today)}</title>
<style>{CSS}</style>
</head>
<body>
<main>
<header>
<h1>{html_text(PAGE_TITLE)}</h1>
<p class="lead">The register as of {html_text(today)}: {count}.</p>
</header>
<section aria-labelledby="register-heading">
<h2 id="register-heading">Register</h2>
{register_part}
</section>
<section aria-labelledby="timeline-heading">
<h2 id="timeline-heading">Portfolio timeline</h2>
{_timeline(register)}
</section>
<section aria-labelledby="obligations-heading">
<h2 id="obligations-heading">Obligations from {html_text(span_words)}</h2>
{obligations_part}
</section>
<footer><p>Made by collabagree {html_text(__version__)} from the agreement files,
with today taken as {html_text(today)}.</p></footer>
</main>
</body>
</html>
"""
