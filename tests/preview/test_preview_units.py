"""The preview's parts without a browser: taking pandoc's HTML apart, placing findings by
section, one build after another, and the web application's routes and defences."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import pytest

from collabagree.core.errors import UsageError
from collabagree.preview.command import bind_loopback, parse_port
from collabagree.preview.hub import PreviewHub
from collabagree.preview.page import Section, split_rendering
from collabagree.preview.sections import section_for, top_level_key
from collabagree.preview.snapshot import SnapshotBuilder
from support import EXAMPLES

PANDOC_LIKE = b"""<!DOCTYPE html><html><head><title>A &amp; B &lt;Agreement&gt;</title>
<style>body{color:black}</style><style>h1{margin:0}</style></head><body>
<header id="title-block-header"><h1 class="title">A &amp; B</h1></header>
<section id="c_parties" class="level1 section"><h1>1 Parties</h1><table><col style="width: 30%" />
<tr><td style="text-align: right;">5</td><td style="color: red">x</td></tr></table></section>
<section id="c_disputes" class="level1 section"><h1>19 Resolving <em>disagreements</em></h1></section>
</body></html>"""


def test_split_rendering_takes_body_styles_title_and_sections() -> None:
    page = split_rendering(PANDOC_LIKE)
    assert page.title == "A & B <Agreement>"
    assert "body{color:black}" in page.css and "h1{margin:0}" in page.css
    assert ".ca-align-right{text-align:right}" in page.css and ".ca-w-30{width:30%}" in page.css
    assert "style=" not in page.body  # alignment and widths became classes, the rest went
    assert '<td class="ca-align-right">5</td>' in page.body and '<col class="ca-w-30" />' in page.body
    assert page.sections == (Section("c_parties", "1 Parties"),
                             Section("c_disputes", "19 Resolving disagreements"))


@pytest.mark.parametrize(("path", "expected"), [
    ("$.parties[1].contact.channel", "c_parties"),
    ("$.lead_agency", "c_parties"),
    ("$.dispute_resolution.levels[0]", "c_disputes"),
    ("$", None),
    ("$.exit", None),  # no such section in this document: shown above it
    ("$['odd key']", None),
])
def test_findings_are_placed_by_top_level_key(path: str, expected: str | None) -> None:
    assert section_for(path, split_rendering(PANDOC_LIKE).sections) == expected


def test_top_level_key_and_numbered_anchors() -> None:
    assert top_level_key("$['odd key'].x") == "odd key"
    assert section_for("$.governance.board", [Section("8-governance", "8 Governance")]) == "8-governance"


def test_every_example_section_is_reachable_from_some_key(tmp_path: Path) -> None:
    """The examples' drafted sections each receive the findings of at least one key."""
    from collabagree.preview.sections import KEY_SECTIONS

    builder = SnapshotBuilder(EXAMPLES / "uk-food-bank-funding.yaml", "food.yaml")
    snapshot = builder.build()
    assert snapshot.banner is None and snapshot.page is not None
    reached = {section_for(f"$.{key}", snapshot.page.sections) for key in KEY_SECTIONS}
    assert section_for("$.information.data_flows[0].from", snapshot.page.sections) == "c_data"
    numbered = [s.id for s in snapshot.page.sections if re.match(r"^\d+ ", s.heading)]
    assert numbered and set(numbered) <= reached


def test_builds_keep_the_last_good_page(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    good = (EXAMPLES / "uk-food-bank-funding.yaml").read_text(encoding="utf-8")
    path.write_text(good, encoding="utf-8")
    builder = SnapshotBuilder(path, "a.yaml")
    first = builder.build()
    assert (first.version, first.page_version, first.banner) == (1, 1, None)
    assert builder.build() is first  # touched, not changed: nothing is redone
    path.write_text(good.replace("parties:\n", "parties: [\n", 1), encoding="utf-8")
    broken = builder.build()
    assert broken.version == 2 and broken.page is first.page and broken.page_version == 1
    assert broken.banner and "does not parse" in broken.banner
    assert [f.code for f in broken.findings] == ["SCH001"]
    message = broken.to_message("a.yaml", with_page=False)
    assert "html" not in message and message["counts"]["error"] == 1
    assert message["findings"][0]["location"].startswith("a.yaml:")
    path.write_text(good.replace("type: funding_agreement", "type: grant", 1), encoding="utf-8")
    invalid = builder.build()
    assert invalid.banner and invalid.banner.startswith("Not rendered: SCH005")
    path.unlink()
    gone = builder.build()
    assert gone.banner and "cannot read a.yaml" in gone.banner and gone.page is first.page


def test_port_option_and_binding() -> None:
    assert parse_port(None) == 0 and parse_port("8080") == 8080
    for bad in ("abc", "-1", "70000", "80.5"):
        with pytest.raises(UsageError, match="--port"):
            parse_port(bad)
    sockets = bind_loopback(0)
    try:
        port = sockets[0].getsockname()[1]
        assert {sock.getsockname()[0] for sock in sockets} <= {"127.0.0.1", "::1"}
        assert all(sock.getsockname()[1] == port for sock in sockets)
        with pytest.raises(UsageError, match=f"--port {port}: cannot listen"):
            bind_loopback(port)
    finally:
        for sock in sockets:
            sock.close()


async def _serve_and_ask(path: Path, requests: list[tuple[str, str, dict[str, str]]]) -> list[tuple[int, dict[str, str], str]]:
    import aiohttp
    from aiohttp import web

    from collabagree.preview.server import PreviewApp

    sockets = bind_loopback(0)
    port = sockets[0].getsockname()[1]
    hub = PreviewHub(SnapshotBuilder(path, path.name))
    await hub.rebuild()
    runner = web.AppRunner(PreviewApp(hub, path.name, port).application(), access_log=None,
                           shutdown_timeout=1.0)
    await runner.setup()
    answers: list[tuple[int, dict[str, str], str]] = []
    try:
        for sock in sockets:
            await web.SockSite(runner, sock).start()
        async with aiohttp.ClientSession() as session:
            for method, route, headers in requests:
                if route == "/events":
                    async with session.get(f"http://127.0.0.1:{port}{route}", headers=headers) as response:
                        line = b""
                        while not line.startswith(b"data: "):
                            line = await asyncio.wait_for(response.content.readline(), 60)
                        answers.append((response.status, dict(response.headers), line.decode()))
                    continue
                async with session.request(method, f"http://127.0.0.1:{port}{route}",
                                           headers=headers) as response:
                    answers.append((response.status, dict(response.headers), await response.text()))
    finally:
        await hub.stop()
        await runner.cleanup()
        for sock in sockets:
            sock.close()
    return answers


def test_routes_headers_and_host_check(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text((EXAMPLES / "uk-food-bank-funding.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    asked: list[tuple[str, str, dict[str, str]]] = [
        ("GET", "/", {}), ("GET", "/", {"Host": "rebound.example"}), ("GET", "/static/preview.js", {}),
        ("GET", "/document.css", {}), ("GET", "/rules/TXT004", {}), ("GET", "/rules/XYZ999", {}),
        ("GET", "/a.yaml", {}), ("GET", "/static/../a.yaml", {}), ("POST", "/", {}),
        ("GET", "/state.json", {}), ("GET", "/events", {}),
    ]
    answers: list[Any] = asyncio.run(_serve_and_ask(path, asked))
    index, refused, script, css, rule, no_rule, no_file, traversal, post, state, events = answers
    assert index[0] == 200 and "Kestrel Vale Food Security" in index[2]
    policy = index[1]["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy)
    assert nonce and f'nonce="{nonce.group(1)}"' in index[2]
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert index[1]["X-Content-Type-Options"] == "nosniff"
    assert refused[0] == 403 and "Content-Security-Policy" in refused[1]
    assert script[0] == 200 and "EventSource" in script[2]
    assert css[0] == 200 and ".ca-align-left" in css[2]
    assert rule[0] == 200 and "TXT004 personal-channel" in rule[2] and "script-src 'none'" in rule[1][
        "Content-Security-Policy"]
    assert no_rule[0] == 404 and no_file[0] == 404 and traversal[0] == 404
    assert post[0] == 405
    assert state[0] == 200 and json.loads(state[2])["path"] == "a.yaml"
    assert events[0] == 200 and events[1]["Content-Type"].startswith("text/event-stream")
    first = json.loads(events[2][len("data: "):])
    assert first["version"] == 1 and "<h1 class=\"title\">" in first["html"]
