"""Take the standalone HTML that `render --to html` produces apart for the preview page.

The preview shows the document's body inside its own page, so it needs the body, the
stylesheet pandoc put in the head (served at a fixed route, so the page's
Content-Security-Policy can forbid inline styles), the title and the top-level sections.
The HTML is pandoc's output from escaped input: agreement text arrives here as entities, so
tags found by these patterns are pandoc's own.

Pandoc writes table alignment and column widths as `style` attributes, which a strict
policy blocks; they are rewritten to classes (`ca-align-right`, `ca-w-30`) that the served
stylesheet defines. Any other `style` attribute is dropped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL | re.IGNORECASE)
_HEAD = re.compile(r"<head[^>]*>(.*?)</head>", re.DOTALL | re.IGNORECASE)
_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL | re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.DOTALL | re.IGNORECASE)
_SECTION = re.compile(r'<section\s+id="([^"]+)"\s+class="[^"]*\blevel[12]\b[^"]*"[^>]*>\s*<h[1-6][^>]*>(.*?)</h[1-6]>',
                      re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_STYLE_ATTRIBUTE = re.compile(r'\s+style="([^"]*)"')
_ALIGN = re.compile(r"^\s*text-align:\s*(left|right|center);?\s*$")
_WIDTH = re.compile(r"^\s*width:\s*(\d{1,3})(?:\.\d+)?%;?\s*$")


@dataclass(frozen=True)
class Section:
    """A top-level section of the rendered document: its anchor and heading text."""

    id: str
    heading: str


@dataclass(frozen=True)
class RenderedPage:
    """The parts of one rendering the preview serves."""

    body: str
    css: str
    title: str
    sections: tuple[Section, ...]


def _class_for(style: str) -> str:
    """The class replacing one `style` attribute, or "" to drop it."""
    align = _ALIGN.match(style)
    if align:
        return f' class="ca-align-{align.group(1)}"'
    width = _WIDTH.match(style)
    if width and int(width.group(1)) <= 100:
        return f' class="ca-w-{int(width.group(1))}"'
    return ""


def _layout_css() -> str:
    """The classes `_class_for` writes."""
    rules = [f".ca-align-{side}{{text-align:{side}}}" for side in ("left", "right", "center")]
    rules += [f".ca-w-{percent}{{width:{percent}%}}" for percent in range(101)]
    return "\n".join(rules) + "\n"


def split_rendering(document: bytes) -> RenderedPage:
    """The body, stylesheet, title and sections of pandoc's standalone HTML."""
    text = document.decode("utf-8", "replace")
    head_match = _HEAD.search(text)
    head = head_match.group(1) if head_match else ""
    body_match = _BODY.search(text)
    body = body_match.group(1) if body_match else text
    body = _STYLE_ATTRIBUTE.sub(lambda match: _class_for(match.group(1)), body)
    css = "\n".join(match.group(1) for match in _STYLE.finditer(head)) + "\n" + _layout_css()
    title_match = _TITLE.search(head)
    title = html.unescape(_TAG.sub("", title_match.group(1))).strip() if title_match else ""
    sections = tuple(Section(match.group(1), _plain(match.group(2))) for match in _SECTION.finditer(body))
    return RenderedPage(body.strip(), css, title, sections)


def _plain(fragment: str) -> str:
    """Heading HTML as plain text, whitespace collapsed."""
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())
