"""The server-sent events stream that keeps an open page current without reloading it."""

from __future__ import annotations

import json

from aiohttp import web

from collabagree.preview.hub import PreviewHub

KEEPALIVE_SECONDS = 15.0


def encode_event(version: int, payload: dict[str, object]) -> bytes:
    """One SSE event; JSON has no raw newlines, so one `data:` line holds it."""
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return f"id: {version}\ndata: {data}\n\n".encode()


async def stream_events(request: web.Request, hub: PreviewHub, display_path: str) -> web.StreamResponse:
    """Send the current state at once, then every newer snapshot, until the page goes."""
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream; charset=utf-8",
                                           "X-Accel-Buffering": "no"})
    await response.prepare(request)
    seen_version = -1
    sent_page = -1
    try:
        while not hub.stopping:
            current = hub.snapshot
            if current is None or current.version <= seen_version:
                current = await hub.next_snapshot(seen_version, KEEPALIVE_SECONDS)
            if current is None:
                if hub.stopping:
                    break
                await response.write(b": keep-alive\n\n")
                continue
            with_page = current.page_version != sent_page
            await response.write(encode_event(current.version, current.to_message(display_path, with_page)))
            seen_version, sent_page = current.version, current.page_version
    except (ConnectionResetError, ConnectionError):
        pass  # the page was closed or reloaded
    return response
