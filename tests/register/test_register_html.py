"""`list --output-format html`: one self-contained, accessible page, with every text escaped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from collabagree.check.settings import Settings
from collabagree.register.collect import collect_register
from collabagree.register.html_page import render_html
from collabagree.register.obligations import default_window
from collabagree.register.table import HEADERS
from support import ROOT
from support.obligations import write_rich
from support.register import TODAY, write_folder

PINNED = ("--today", TODAY.isoformat())
SVG_NAMESPACE = "http://www.w3.org/2000/svg"


class Page(HTMLParser):
    """The tags, attributes and text of a page."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def page_for(folder: Path) -> str:
    register = collect_register([str(folder)], Settings(today=TODAY))
    return render_html(register, default_window(TODAY, calendar=False))


def svg_of(text: str) -> ElementTree.Element:
    """The timeline SVG, parsed as XML (so its escaping is right for XML too)."""
    match = re.search(r'<svg class="timeline".*?</svg>', text, re.DOTALL)
    assert match
    return ElementTree.fromstring(match.group(0))


@pytest.fixture(scope="module")
def examples_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    return render_html(collect_register([str(ROOT / "examples")], Settings(today=TODAY)),
                       default_window(TODAY, calendar=False))


def test_self_contained_without_script_or_requests(examples_page: str) -> None:
    page = Page(examples_page)
    names = {name for name, _ in page.tags}
    assert "script" not in names and not names & {"img", "link", "iframe", "object", "embed"}
    assert not re.search(r"\s(src|href|on\w+)=", examples_page)
    assert set(re.findall(r"https?://[^\s\"'<>]+", examples_page)) == {SVG_NAMESPACE}
    csp = [attrs for attrs in page.all("meta") if attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0]["content"] or "")
    assert page.all("html")[0]["lang"] == "en" and len(page.all("style")) == 1
    assert any(attrs.get("name") == "viewport" for attrs in page.all("meta"))


def test_real_tables_with_headers(examples_page: str) -> None:
    tables = re.findall(r"<table.*?</table>", examples_page, re.DOTALL)
    assert len(tables) == 2
    register_headers = re.findall(r'<th scope="col">(.*?)</th>', tables[0])
    assert sorted(register_headers) == sorted(HEADERS) and register_headers[:3] == [
        "Reference", "Title", "Attention"]
    assert re.findall(r'<th scope="col">(.*?)</th>', tables[1]) == [
        "Date", "Agreement", "Obligation", "Responsible", "Attention"]
    assert tables[0].count('<th data-label="Reference" scope="row">') == 5
    assert "<caption>" in tables[0] and "<thead>" in tables[0]


def test_the_timeline_is_labelled_and_described(examples_page: str) -> None:
    svg = svg_of(examples_page)
    assert svg.get("role") == "img"
    ids = set(re.findall(r'\sid="([^"]+)"', examples_page))
    labelled = (svg.get("aria-labelledby") or "").split()
    assert labelled == ["timeline-title", "timeline-desc"] and set(labelled) <= ids
    assert svg.get("aria-describedby") in ids
    title = svg.find(f"{{{SVG_NAMESPACE}}}title")
    desc = svg.find(f"{{{SVG_NAMESPACE}}}desc")
    assert title is not None and title.text == "Portfolio timeline"
    assert desc is not None and "5 agreements" in (desc.text or "")
    labels = [element.text for element in svg.iter(f"{{{SVG_NAMESPACE}}}text")
              if element.get("class") == "label"]
    assert len(labels) == 5 and labels[0] == "KVBC-FOOD-2026-01 Food Security Grant Agreement"
    # The text alternative names every agreement with its term and notice deadline.
    words = examples_page.split('id="timeline-words"')[1]
    assert words.count("Term: from ") == 5
    assert "Last day to give notice: 31 December 2028." in words


def test_markers_for_reviews_and_obligations(tmp_path: Path) -> None:
    svg = svg_of(page_for(write_rich(tmp_path)))
    classes = [element.get("class") for element in svg.iter()]
    for marker in ("m-overdue", "m-review", "m-milestone", "m-instalment", "m-evaluation",
                   "m-notice", "m-report", "bar", "today"):
        assert marker in classes, marker
    tips = [element.text for element in svg.iter(f"{{{SVG_NAMESPACE}}}title")]
    assert "Last day to give notice, 31 December 2028" in tips
    assert "Review overdue, 30 June 2026" in tips


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    text = page_for(write_rich(tmp_path, hostile=True))
    page = Page(text)
    assert not {"script", "b", "i"} & {name for name, _ in page.tags}
    assert [attrs for attrs in page.all("svg") if "onload" in attrs] == []
    # In the register table, the timeline label and the obligations table alike.
    assert text.count("Short &lt;script&gt;alert(2)&lt;/script&gt;; , [1mbold") >= 3
    assert "Group &lt;/text&gt;&lt;svg onload=alert(1)&gt; &amp; co" in text
    assert "the &lt;b&gt;Council&lt;/b&gt;, really;" in text
    assert not re.search("[\x00-\x08\x0b\x0e-\x1f\x7f\u202e]", text)
    svg_of(text)  # still well-formed XML
    joined = " ".join(page.text)
    assert "Pilot <i>live</i> now" in joined


def test_same_register_same_bytes(tmp_path: Path) -> None:
    folder = write_rich(tmp_path)
    assert page_for(folder) == page_for(folder)


def test_cli_writes_the_page(run_cli: Any, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "agreements")
    target = tmp_path / "register.html"
    result = run_cli("list", str(folder), *PINNED, "-f", "html", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {target}: 8 agreements.\n"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "(invalid: run check)" in text
    empty = run_cli("list", str(tmp_path / "nothing-here.yaml"), *PINNED, "-f", "html")
    assert empty.returncode == 2


def test_an_empty_register_is_a_page(tmp_path: Path) -> None:
    write_folder(tmp_path, {"notes.yaml": "meeting: weekly\n"})
    text = page_for(tmp_path)
    assert "No agreements found." in text and "No agreement has a start date" in text
