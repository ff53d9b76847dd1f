"""The Markdown output's front matter reads literally in whatever pandoc a user runs on it.

pandoc parses the strings of a YAML metadata block as Markdown: a title written there
unescaped gave `<script>` and `javascript:` links to anyone converting our `.md` to HTML.
These tests run the real pandoc, with its default Markdown reader, on the Markdown we write.
"""

from __future__ import annotations

import json
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from collabagree.render.document import (
    DEFAULT_FORMATS,
    RenderOptions,
    front_matter,
    render_documents,
)
from collabagree.render.pandoc_runner import pandoc_path
from support.backends import plain

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "uk-food-bank-funding.yaml"
HOSTILE_VALUES = [
    "<script>alert(1)</script>", "[x](javascript:alert(1))", "*a*", "$x$", "@cite", "[@cite]",
    "1. Purpose", "- item", "# heading", "> quote", "`code`", "<b>bold</b>", "![i](/etc/hostname)",
    "`x`{=html}", "[span]{.red}", "~sub~ ^sup^ ~~del~~", "Council's \"quoted\"", "a -- b --- c ... d",
    "\\backslash \\*", "&amp; &lt;", "a\u00a0b", "Ngā — ŵ ŷ Ŵ Ŷ", "<https://a.example/x(>", "a: b",
    "'single'", "{{ title }}", "\ufeffbom", "1.0", "v2.1-rc", "e.g. this",
]
# pandoc's default reader (what `pandoc agreement.md` uses) and CommonMark with metadata.
READERS = ["markdown", "commonmark+yaml_metadata_block"]


def _pandoc(md: str, reader: str, writer: str) -> str:
    return subprocess.run(
        [pandoc_path(), "--sandbox", f"--from={reader}", f"--to={writer}", "--standalone"],
        input=md.encode("utf-8"), capture_output=True, check=True,
    ).stdout.decode("utf-8")


def _text(node: Any) -> str:
    """The text of a metadata value from pandoc's JSON; fails on anything but plain text."""
    kind = node["t"]
    if kind in ("MetaInlines", "MetaBlocks"):
        return "".join(_text(child) for child in node["c"])
    if kind in ("Para", "Plain"):
        return "".join(_text(child) for child in node["c"])
    if kind == "Str":
        return str(node["c"])
    if kind in ("Space", "SoftBreak"):
        return " "
    if kind == "MetaString":
        return str(node["c"])
    raise AssertionError(f"metadata became {kind}: {node}")


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_each_value_reads_back_as_text(value: str, reader: str) -> None:
    metadata = {key: value for key in ("title", "subtitle", "reference", "version", "date")}
    md = front_matter({**metadata, "lang": "en-GB", "draft": False}) + "Body.\n"
    meta = json.loads(_pandoc(md, reader, "json"))["meta"]
    for key in metadata:
        shown = _text(meta[key]).replace("\u2019", "'").replace("\u00a0", " ")
        assert plain(shown) == plain(value.replace("\u00a0", " ")), (key, md)


class _Page(HTMLParser):
    """Tags and the text of <title> and the title block of a standalone page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] == "title":
            self.title += data


def test_hostile_title_in_the_rendered_markdown_stays_text_in_html() -> None:
    from collabagree.load.reader import load_file
    from collabagree.schema.validate import validate

    agreement, findings = validate(load_file(str(EXAMPLE)))
    assert agreement is not None, findings
    title = "<script>alert(1)</script> [x](javascript:alert(1)) *a* $x$ @cite"
    hostile = agreement.model_copy(update={
        "agreement": agreement.agreement.model_copy(update={"title": title})})
    md = render_documents(hostile, RenderOptions(formats=("md",)))["md"].decode("utf-8")
    html = _pandoc(md, "markdown", "html5")
    page = _Page()
    page.feed(html)
    assert plain(page.title) == plain(title)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for tag, attrs in page.tags:
        assert tag not in ("script", "em", "math"), tag
        assert not (attrs.get("href") or "").startswith("javascript:"), attrs
        assert "citation" not in (attrs.get("class") or "") and "math" not in (attrs.get("class") or "")


def test_ordinary_values_are_written_as_before() -> None:
    md = front_matter({"title": "Kestrel Vale Food Security Grant Funding Agreement", "version": "1.0",
                       "reference": "KVBC-FOOD-2026-01", "date": "20 March 2026", "lang": "en-GB",
                       "draft": True})
    assert md == ('---\ntitle: "Kestrel Vale Food Security Grant Funding Agreement"\n'
                  'reference: "KVBC-FOOD-2026-01"\nversion: "1.0"\ndate: "20 March 2026"\n'
                  'lang: "en-GB"\ndraft: true\n---\n\n')
    assert DEFAULT_FORMATS[0] == "md"
