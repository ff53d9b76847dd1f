"""The tree a *text* field is parsed into: the Markdown whitelist of FORMAT.md, nothing else.

`textsafe` builds these nodes (with `inline_parser` for the inline part) and writes them back
out as pandoc Markdown. They live in their own module so that the parser and the writer can
share them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """Literal characters."""

    value: str


@dataclass(frozen=True)
class Emph:
    """``*emphasis*``."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Strong:
    """``**strong**``."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Link:
    """A link whose scheme is http, https or mailto."""

    children: tuple[Inline, ...]
    url: str


Inline = Text | Emph | Strong | Link


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; its text may contain newlines (soft line breaks)."""

    inlines: tuple[Inline, ...]


@dataclass(frozen=True)
class BulletList:
    """A flat bullet list; each item is a run of inlines."""

    items: tuple[tuple[Inline, ...], ...]


Block = Paragraph | BulletList
