"""The preview's web application: a handful of fixed routes on aiohttp.

No route maps any part of the request to a file: the page, its script and stylesheet are
read from the package once, at start; the document and its findings come from the one
watched file, through the hub; rule pages are looked up by code in the rule catalogue.
"""

from __future__ import annotations

import html
import json
from collections.abc import Awaitable, Callable
from functools import lru_cache
from importlib import resources
from string import Template

from aiohttp import web

from collabagree.preview.events import stream_events
from collabagree.preview.hub import PreviewHub
from collabagree.preview.security import (
    SECURITY_HEADERS,
    allowed_hosts,
    content_security_policy,
    new_nonce,
)

HTML = "text/html"
_NONCE_KEY = web.RequestKey("nonce", str)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _asset(name: str) -> str:
    return resources.files("collabagree.preview").joinpath("assets", name).read_text(encoding="utf-8")


class PreviewApp:
    """Builds the aiohttp application for one watched file on one port."""

    def __init__(self, hub: PreviewHub, display_path: str, port: int) -> None:
        self.hub = hub
        self.display_path = display_path
        self.hosts = allowed_hosts(port)
        self.page = Template(_asset("page.html"))
        self.script = _asset("preview.js")
        self.style = _asset("preview.css")

    def application(self) -> web.Application:
        """The application with its middleware, routes and header hook."""
        app = web.Application(middlewares=[self._guard_host])
        app.on_response_prepare.append(self._add_headers)
        app.router.add_get("/", self._index)
        app.router.add_get("/static/preview.js", self._script)
        app.router.add_get("/static/preview.css", self._style)
        app.router.add_get("/document.css", self._document_css)
        app.router.add_get("/events", self._events)
        app.router.add_get("/state.json", self._state)
        app.router.add_get("/favicon.ico", self._no_icon)
        app.router.add_get(r"/rules/{code:[A-Z]{3}[0-9]{3}}", self._rule)
        return app

    @web.middleware
    async def _guard_host(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        host = request.headers.get("Host", "").strip().lower()
        if host not in self.hosts:
            return web.Response(status=403, content_type="text/plain",
                                text="Refused: this preview answers only requests addressed to "
                                     "its own loopback address and port.\n")
        return await handler(request)

    async def _add_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        response.headers["Content-Security-Policy"] = content_security_policy(request.get(_NONCE_KEY))

    async def _index(self, request: web.Request) -> web.Response:
        nonce = new_nonce()
        request[_NONCE_KEY] = nonce
        snapshot = self.hub.snapshot
        title = snapshot.page.title if snapshot and snapshot.page else self.display_path
        text = self.page.substitute(nonce=nonce, title=html.escape(title),
                                    path=html.escape(self.display_path))
        return web.Response(text=text, content_type=HTML, charset="utf-8")

    async def _script(self, request: web.Request) -> web.Response:
        return web.Response(text=self.script, content_type="text/javascript", charset="utf-8")

    async def _style(self, request: web.Request) -> web.Response:
        return web.Response(text=self.style, content_type="text/css", charset="utf-8")

    async def _document_css(self, request: web.Request) -> web.Response:
        snapshot = self.hub.snapshot
        css = snapshot.page.css if snapshot and snapshot.page else ""
        return web.Response(text=css, content_type="text/css", charset="utf-8")

    async def _events(self, request: web.Request) -> web.StreamResponse:
        return await stream_events(request, self.hub, self.display_path)

    async def _state(self, request: web.Request) -> web.Response:
        snapshot = self.hub.snapshot
        body = snapshot.to_message(self.display_path, with_page=False) if snapshot else {}
        return web.Response(text=json.dumps(body, ensure_ascii=False), content_type="application/json")

    async def _no_icon(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    async def _rule(self, request: web.Request) -> web.Response:
        page = rule_page(request.match_info["code"])
        if page is None:
            raise web.HTTPNotFound(text="No such rule.\n")
        return web.Response(text=page, content_type=HTML, charset="utf-8")


@lru_cache(maxsize=256)
def rule_page(code: str) -> str | None:
    """The documentation of one rule as a page, or None for an unknown code."""
    from markdown_it import MarkdownIt

    from collabagree.core.errors import UsageError
    from collabagree.lint.docs import rule_markdown

    try:
        text = rule_markdown(code, heading="#")
    except UsageError:
        return None
    # Our own documentation, rendered with raw HTML off: anything tag-like stays text.
    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(code)}: collabagree rule</title>"
            "<link rel=\"stylesheet\" href=\"/static/preview.css\"></head>"
            f"<body class=\"ca-rule-page\"><main>{body}</main></body></html>\n")
