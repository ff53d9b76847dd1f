"""The inline parser as it was before it was made linear (kept as the reference).

`test_textsafe_linear.py` checks that the linear parser in `collabagree.render.inline_parser`
builds exactly the tree this one builds, on inputs small enough for its quadratic time and
recursion. Do not use it anywhere else.
"""

from __future__ import annotations

import re

from collabagree.render.textsafe import Emph, Inline, Link, Strong, Text

_LINK_RE = re.compile(r"\[(?P<text>[^\[\]\n]*[^\[\]\s][^\[\]\n]*)\]\((?P<url>[^\s()<>]+)\)")
_AUTOLINK_RE = re.compile(r"<(?P<url>(?i:https?://|mailto:)[^\s<>]+)>")
_EMAIL_AUTOLINK_RE = re.compile(r"<(?P<addr>[^\s<>@:/\\]+@[^\s<>@:/\\]+\.[^\s<>@:/\\]+)>")
_URL_OK_RE = re.compile(r"^(?:(?i:https?)://[^\s/?#]+[^\s]*|(?i:mailto):[^\s]+)$")


def is_allowed_url(url: str) -> bool:
    """The old URL test."""
    return bool(_URL_OK_RE.match(url))


def reference_parse_inlines(s: str, *, links: bool) -> tuple[Inline, ...]:
    """The old parser's tree for one paragraph's text."""
    return _parse_inlines(s, links=links)


def _parse_inlines(s: str, *, links: bool) -> tuple[Inline, ...]:
    nodes: list[Inline] = []
    buf: list[str] = []
    i = 0
    while i < len(s):
        found = _match_inline(s, i, links=links)
        if found is None:
            buf.append(s[i])
            i += 1
            continue
        node, i = found
        if buf:
            nodes.append(Text("".join(buf)))
            buf = []
        nodes.append(node)
    if buf:
        nodes.append(Text("".join(buf)))
    return tuple(nodes)


def _match_inline(s: str, i: int, *, links: bool) -> tuple[Inline, int] | None:
    ch = s[i]
    if ch == "*":
        return _match_emphasis(s, i, links=links)
    if not links:
        return None
    if ch == "[":
        m = _LINK_RE.match(s, i)
        if m and is_allowed_url(m.group("url")):
            label = _parse_inlines(m.group("text"), links=False)
            return Link(label, m.group("url")), m.end()
    elif ch == "<":
        m = _AUTOLINK_RE.match(s, i)
        if m and is_allowed_url(m.group("url")):
            return Link((Text(m.group("url")),), m.group("url")), m.end()
        m = _EMAIL_AUTOLINK_RE.match(s, i)
        if m:
            addr = m.group("addr")
            return Link((Text(addr),), "mailto:" + addr), m.end()
    return None


def _match_emphasis(s: str, i: int, *, links: bool) -> tuple[Inline, int] | None:
    if i > 0 and s[i - 1] == "*":
        return None  # pandoc will not open emphasis right after an (escaped) asterisk
    for delim in ("**", "*"):
        if not s.startswith(delim, i):
            continue
        start = i + len(delim)
        j = s.find(delim, start)
        while j != -1:
            content = s[start:j]
            # A run of three or more asterisks is ambiguous to pandoc; stay literal there.
            clean_edges = s[j + len(delim) : j + len(delim) + 1] != "*"
            if content and not content[0].isspace() and not content[-1].isspace() and clean_edges:  # noqa: SIM102
                if not content.startswith("*") and not content.endswith("*"):
                    inner = _parse_inlines(content, links=links)
                    node: Inline = Strong(inner) if delim == "**" else Emph(inner)
                    return node, j + len(delim)
            j = s.find(delim, j + 1)
    return None
