"""The timeline figure (issue 20): in every format, with alternative text whose dates are the
model's, a legend that does not rely on colour, and user text that stays data."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from collabagree.core.dates import add_months
from collabagree.model import Agreement
from collabagree.render.document import RenderOptions, render_file
from collabagree.render.localise import format_date
from collabagree.render.timeline import LANES, figure_data, timeline_of
from support.render import EXAMPLE_PATHS, EXAMPLES, Rendered, load_agreement

STEMS = [path.stem for path in EXAMPLE_PATHS]
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def words(agreement: Agreement, day: date) -> str:
    return format_date(day, agreement.agreement.locale or "en-GB")


def model_dates(agreement: Agreement) -> list[date]:
    """Dates read straight from the model: the term, reviews, milestones, instalments and
    the last day to give notice (the end less the notice period)."""
    term = agreement.term
    found = [term.start] + ([term.end] if term.end else [])
    review = agreement.review
    if review and review.first_review:
        day, step = review.first_review, 0
        while term.end is None or day <= term.end:
            found.append(day)
            if not review.interval_months or step > 40:
                break
            step += 1
            day = add_months(review.first_review, review.interval_months * step)
    for item in agreement.work_programme or []:
        found.extend(m.due for m in item.milestones or [] if m.due)
    conditions = agreement.funding.conditions if agreement.funding else None
    if conditions:
        found.extend(i.due for i in conditions.instalments or [] if i.due)
    if term.end and agreement.termination and agreement.termination.notice_days:
        found.append(term.end - timedelta(days=agreement.termination.notice_days))
    return found


def alt_of_html(html: str) -> str:
    class Finder(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.inside = False
            self.desc: list[str] = []
            self.svgs: list[dict[str, str | None]] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "svg":
                self.svgs.append(dict(attrs))
            self.inside = tag == "desc" or self.inside

        def handle_endtag(self, tag: str) -> None:
            self.inside = False if tag == "desc" else self.inside

        def handle_data(self, data: str) -> None:
            if self.inside:
                self.desc.append(data)

    finder = Finder()
    finder.feed(html)
    assert len(finder.svgs) >= 1 and finder.svgs[0].get("role") == "img"
    assert "desc" in str(finder.svgs[0].get("aria-labelledby"))
    return "".join(finder.desc)


def alt_of_docx(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        body = etree.fromstring(package.read("word/document.xml"))
        assert any(name.startswith("word/media/") and name.endswith(".png") for name in package.namelist())
    found = body.findall(f".//{{{WP}}}docPr")
    assert len(found) == 1
    return str(found[0].get("descr"))


def figures_of_pdf(path: Path) -> list[str]:
    reader = PdfReader(str(path))
    alts: list[str] = []
    stack: list[object] = [reader.trailer["/Root"]["/StructTreeRoot"]]
    while stack:
        node = stack.pop()
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, ArrayObject):
            stack.extend(node)
        elif isinstance(node, DictionaryObject):
            if node.get("/S") == "/Figure":
                alts.append(str(node.get("/Alt")))
            if "/K" in node:
                stack.append(node["/K"])
    return alts


def check_alt(agreement: Agreement, alt: str) -> None:
    for day in model_dates(agreement):
        assert words(agreement, day) in alt, (day, alt[:200])
    timeline = timeline_of(agreement)
    for event in timeline.events:  # every report date too, as the register computes them
        assert words(agreement, event.day) in alt
    assert alt.startswith("Timeline of this")


@pytest.mark.parametrize("stem", STEMS)
def test_the_figure_is_in_every_format_with_the_models_dates(rendered: dict[str, Rendered], stem: str) -> None:
    item = rendered[stem]
    html = item.outputs["html"].read_text(encoding="utf-8")
    check_alt(item.agreement, alt_of_html(html))
    assert 'href="http' not in html.split("<figure", 1)[1].split("</figure>", 1)[0]  # self-contained
    check_alt(item.agreement, alt_of_docx(item.outputs["docx"]))
    alts = figures_of_pdf(item.outputs["pdf"])
    assert len(alts) == 1
    check_alt(item.agreement, alts[0])
    markdown = item.outputs["md"].read_text(encoding="utf-8")
    assert "Figure: Timeline of the" in markdown


@pytest.mark.parametrize("stem", STEMS)
def test_figure_data_places_every_date_and_names_every_shape(stem: str) -> None:
    agreement = load_agreement(EXAMPLES / f"{stem}.yaml")
    data = figure_data(timeline_of(agreement), lambda d: words(agreement, d) if d else "", "Agreement")
    lanes = data["lanes"]
    assert isinstance(lanes, list) and lanes
    for lane in lanes:
        assert all(0.0 <= event["x"] <= 1.0 for event in lane["events"])
    shapes = {entry["shape"] for entry in data["legend"]}  # type: ignore[union-attr]
    used = {event["shape"] for lane in lanes for event in lane["events"]}
    assert used <= shapes  # every shape drawn is explained in the legend
    # one shape per kind: the legend does not rely on colour
    assert len({shape for lane in LANES for _kind, shape, _w in lane.shapes}) == sum(len(lane.shapes) for lane in LANES)


def test_no_figure_leaves_it_out(tmp_path: Path) -> None:
    source = EXAMPLES / "uk-food-bank-funding.yaml"
    outcome = render_file(str(source), RenderOptions(formats=("md", "html", "pdf"), output_dir=tmp_path, figure=False))
    assert outcome.status == "rendered", outcome.error
    assert "Timeline of" not in (tmp_path / "uk-food-bank-funding.md").read_text(encoding="utf-8")
    assert "<svg" not in (tmp_path / "uk-food-bank-funding.html").read_text(encoding="utf-8")
    assert figures_of_pdf(tmp_path / "uk-food-bank-funding.pdf") == []


HOSTILE_NAME = '#panic("boom") ]) #{ <desc>x</desc> & $x$ \\ "q"'


def test_user_text_in_the_figure_is_data(tmp_path: Path) -> None:
    text = (EXAMPLES / "uk-food-bank-funding.yaml").read_text(encoding="utf-8")
    hostile = text.replace("{name: Advice sessions running at two sites,",
                           "{name: " + json.dumps(HOSTILE_NAME) + ",")
    assert hostile != text
    source = tmp_path / "hostile.yaml"
    source.write_text(hostile, encoding="utf-8")
    outcome = render_file(str(source), RenderOptions(formats=("html", "docx", "pdf"), output_dir=tmp_path,
                                                     allow_errors=True))
    assert outcome.status == "rendered", (outcome.error, outcome.findings)
    assert HOSTILE_NAME in figures_of_pdf(tmp_path / "hostile.pdf")[0]
    assert HOSTILE_NAME in alt_of_docx(tmp_path / "hostile.docx")
    html = (tmp_path / "hostile.html").read_text(encoding="utf-8")
    assert HOSTILE_NAME in alt_of_html(html)
    assert "<desc>x</desc>" not in html
    assert re.search(r"&lt;desc&gt;x&lt;/desc&gt;", html)


def test_an_open_ended_agreement_is_drawn_to_a_horizon() -> None:
    from collabagree.render.figures import compile_figure
    from collabagree.render.timeline import timeline_figure

    agreement = load_agreement(EXAMPLES / "uk-food-bank-funding.yaml")
    open_ended = agreement.model_copy(update={"term": agreement.term.model_copy(update={"end": None})})
    figure = timeline_figure(open_ended, lambda d: words(agreement, d) if d else "", "Agreement")
    assert figure is not None and "has no end date" in figure.alt
    data = json.loads(figure.data)
    assert data["term"]["open"] is True and "continues" in data["term"]["end"]
    assert compile_figure(figure.name, figure.data, "svg").lstrip().startswith((b"<svg", b"<?xml"))


def test_no_figure_for_a_century_long_or_calendar_edge_term() -> None:
    """A term too long to draw, or so near the calendar's end that no horizon exists, gives
    no figure rather than an error (the hostile corpus's extreme dates found this)."""
    from datetime import date as day

    from collabagree.render.timeline import timeline_figure
    from support.render import EXAMPLES, load_agreement

    agreement = load_agreement(EXAMPLES / "uk-food-bank-funding.yaml")
    for start, end in ((day(2026, 4, 1), day(2200, 3, 31)), (day(9999, 1, 1), None)):
        term = agreement.term.model_copy(update={"start": start, "end": end})
        assert timeline_figure(agreement.model_copy(update={"term": term}), str, "Agreement") is None
