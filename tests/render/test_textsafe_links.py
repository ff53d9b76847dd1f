"""Link targets are written so that no character of a URL can end the link or start markup.

`<https://a.example/x(> shall not <https://a.example/x)>` once made "shall not" vanish in
every format (the unbalanced parenthesis carried pandoc's link destination on to the next
link), and `<https://a.example/(^SUP^~SUB~>` became superscript. Each test reads our
Markdown back with the real pandoc and the production reader.
"""

from __future__ import annotations

import string
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabagree.render.textsafe import (
    Inline,
    Link,
    Paragraph,
    Text,
    parse_text,
    text_to_markdown,
)
from support.backends import ast_node_types, pandoc_ast, pandoc_to, plain

WHITELIST = {"Para", "Plain", "BulletList", "Str", "Space", "SoftBreak", "Emph", "Strong", "Link"}
PUNCTUATION = sorted(set(string.punctuation))
# pandoc stores these characters of a link target percent-encoded (the rest as they are).
PANDOC_ENCODES = {ch: f"%{ord(ch):02X}" for ch in '"[]^`{|}'}


def _as_pandoc_stores(url: str) -> str:
    return "".join(PANDOC_ENCODES.get(ch, ch) for ch in url)


def _links(node: Any) -> list[tuple[str, str]]:
    """(target, shown text) of every link in a pandoc AST fragment, in order."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        if node.get("t") == "Link":
            _attr, inlines, (target, _title) = node["c"]
            found.append((target, plain(_stringify(inlines))))
        for value in node.values():
            found.extend(_links(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_links(item))
    return found


def _stringify(node: Any) -> str:
    if isinstance(node, dict):
        if node.get("t") == "Str":
            return str(node["c"])
        if node.get("t") in ("Space", "SoftBreak"):
            return " "
        if node.get("t") in ("Para", "Plain"):
            return " " + _stringify(node["c"]) + " "
        return _stringify(node.get("c", []))
    if isinstance(node, list):
        return "".join(_stringify(item) for item in node)
    return ""


def _our_links(text: str) -> list[tuple[str, str]]:
    """(target as pandoc stores it, shown text) of every link our parser found, in order."""
    return [(_as_pandoc_stores(node.url), plain(_shown(node.children))) for node in _walk(text)
            if isinstance(node, Link)]


def _walk(text: str) -> list[Inline]:
    """Every inline node of our tree, outer nodes before the nodes inside them."""
    stack: list[Inline] = []
    for block in reversed(parse_text(text)):
        runs = [block.inlines] if isinstance(block, Paragraph) else list(block.items)
        for run in reversed(runs):
            stack.extend(reversed(run))
    out: list[Inline] = []
    while stack:
        node = stack.pop()
        out.append(node)
        if not isinstance(node, Text):
            stack.extend(reversed(node.children))
    return out


def _shown(nodes: tuple[Inline, ...]) -> str:
    return "".join(node.value if isinstance(node, Text) else _shown(node.children) for node in nodes)


def _reads_back(text: str) -> None:
    """pandoc sees exactly our links, no other markup, and every character as text."""
    md = text_to_markdown(text)
    ast = pandoc_ast(md)
    assert ast_node_types(ast["blocks"]) <= WHITELIST, md
    assert _links(ast["blocks"]) == _our_links(text), md
    shown = " ".join(_shown(block.inlines) if isinstance(block, Paragraph)
                     else " ".join(_shown(item) for item in block.items) for block in parse_text(text))
    assert plain(_stringify(ast["blocks"])) == plain(shown), md


def test_unbalanced_parentheses_hide_no_text() -> None:
    text = "<https://a.example/x(> shall not <https://a.example/x)>"
    md = text_to_markdown(text)
    ast = pandoc_ast(md)
    assert _links(ast["blocks"]) == [("https://a.example/x(", "https://a.example/x("),
                                     ("https://a.example/x)", "https://a.example/x)")]
    for fmt in ("plain", "html5", "typst"):
        assert "shall not" in pandoc_to(md, fmt), fmt


def test_markup_in_a_url_stays_in_the_url() -> None:
    text = "<https://a.example/(^SUP^~SUB~> after"
    md = text_to_markdown(text)
    ast = pandoc_ast(md)
    assert not {"Superscript", "Subscript", "Strikeout"} & ast_node_types(ast["blocks"])
    assert _links(ast["blocks"]) == [("https://a.example/(%5ESUP%5E~SUB~", "https://a.example/(^SUP^~SUB~")]
    assert plain(pandoc_to(md, "plain")).endswith("after")


@pytest.mark.parametrize("mark", PUNCTUATION)
def test_every_punctuation_character_in_a_url_autolink(mark: str) -> None:
    text = f"<https://a.example/a{mark}b> shall not <https://a.example/{mark}> end *here*"
    _reads_back(text)


@pytest.mark.parametrize("mark", PUNCTUATION)
def test_every_punctuation_character_in_an_e_mail_autolink(mark: str) -> None:
    text = f"<a{mark}b@c.example> shall not <x@c.example{mark}> end *here*"
    _reads_back(text)


@pytest.mark.parametrize("mark", PUNCTUATION)
def test_every_punctuation_character_in_a_markdown_link(mark: str) -> None:
    text = f"[see {mark} this](https://a.example/a{mark}b) shall not [t](mailto:a{mark}@b.example) end"
    _reads_back(text)


@pytest.mark.parametrize("text", [
    "<HTTPS://A.EXAMPLE/X(> and <MAILTO:a(b@c.example> then <Mailto:x)>",
    "<https://a.example/)(> [a](https://a.example/x) <https://a.example/x]>[b](https://a.example)",
    "<https://a.example/`code`> <https://a.example/$x$> <https://a.example/@cite>",
    "<https://a.example/<x> <https://a.example/\\> <https://a.example/&amp;> <https://a.example/&#x41;>",
    "<https://a.example/\"t\"> <https://a.example/'t'> <https://a.example/{.x}> <https://a.example/[x]>",
    "<https://a.example/x)> **strong <https://a.example/(> still strong**",
    "- <https://a.example/x(> item\n- <https://a.example/x)> item",
])
def test_other_link_forms_read_back(text: str) -> None:
    _reads_back(text)


URL_CHARS = st.text(alphabet=string.ascii_letters + string.digits + string.punctuation, min_size=1,
                    max_size=20)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(URL_CHARS, URL_CHARS)
def test_random_urls_read_back(first: str, second: str) -> None:
    _reads_back(f"<https://a.example/{first}> shall not [x](https://b.example/{second}) end "
                f"<{first}@c.example>")
