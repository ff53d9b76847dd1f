"""`collabagree preview` driven in real headless Chromium (Debian's) with Playwright.

The page shows the document; an edit appears without a reload; broken YAML shows the
banner and keeps the last good document; requests addressed to another host are refused;
Ctrl-C stops the server with exit 130 and one line. Every wait is for a condition, with
generous timeouts, so a busy machine makes the test slower, not red.
"""

from __future__ import annotations

import http.client
import os
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import EXAMPLES
from support.preview import RunningPreview

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WAIT_MS = 60_000
TITLE = "Kestrel Vale Food Security Grant Funding Agreement"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's Chromium at /usr/bin/chromium: apt-get install -y chromium")


def _agreement() -> str:
    text = (EXAMPLES / "uk-food-bank-funding.yaml").read_text(encoding="utf-8")
    return re.sub(r"channel: [^ ,}\n]*@[^ ,}\n]*", "channel: someone@gmail.com", text, count=1)


def _save(path: Path, text: str) -> None:
    """Save as many editors do: write a new file, then rename it over the old one."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[RunningPreview, Path]]:
    path = tmp_path / "food.yaml"
    path.write_text(_agreement(), encoding="utf-8")
    running = RunningPreview(path)
    try:
        yield running, path
    finally:
        running.stop()


def _status(url: str, host: str, address: str = "127.0.0.1") -> int:
    match = re.match(r"http://([\d.]+):(\d+)/", url)
    assert match
    connection = http.client.HTTPConnection(address, int(match.group(2)), timeout=30)
    try:
        connection.putrequest("GET", "/", skip_host=True)
        connection.putheader("Host", host)
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


def _has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


def test_preview_in_chromium(preview: tuple[RunningPreview, Path], tmp_path: Path) -> None:
    playwright_api = pytest.importorskip("playwright.sync_api")
    running, path = preview
    with playwright_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"), executable_path=str(CHROMIUM), args=LAUNCH_ARGS,
            headless=True)
        try:
            context.set_default_timeout(WAIT_MS)
            page = context.new_page()
            blocked: list[str] = []
            page.on("console", lambda message: blocked.append(message.text)
                    if "Content Security Policy" in message.text else None)
            response = page.goto(running.url)
            assert response is not None and response.ok
            assert "script-src 'nonce-" in response.headers["content-security-policy"]
            expect = playwright_api.expect
            expect(page.locator("h1.title")).to_have_text(TITLE, timeout=WAIT_MS)
            expect(page).to_have_title(re.compile(re.escape(TITLE)), timeout=WAIT_MS)

            # The finding sits in its section, with its rule linked and its place to copy.
            finding = page.locator("section#c_parties .ca-finding[data-code='TXT004']")
            expect(finding).to_have_count(1, timeout=WAIT_MS)
            expect(finding.locator("a.ca-code")).to_have_attribute("href", "/rules/TXT004")
            where = finding.locator("button.ca-where")
            location = where.get_attribute("data-location") or ""
            assert re.fullmatch(r"food\.yaml:\d+:\d+", location), location
            where.click()
            expect(finding.locator(".ca-copied")).to_have_text(f"copied {location}", timeout=WAIT_MS)
            expect(page.locator("#ca-status")).to_contain_text("1 warning", timeout=WAIT_MS)
            rule = page.request.get(running.url + "rules/TXT004")
            assert rule.ok and "TXT004 personal-channel" in rule.text()

            # An edit shows without a reload: the marker set in the page survives. Markup in
            # the title stays text.
            page.evaluate("window.__notReloaded = true")
            new_title = "Kestrel Vale <b>Food</b> & Warm Spaces Agreement"
            edited = _agreement().replace(f"title: {TITLE}", f'title: "{new_title}"')
            assert edited != _agreement()
            _save(path, edited)
            expect(page.locator("h1.title")).to_have_text(new_title, timeout=WAIT_MS)
            assert page.evaluate("window.__notReloaded") is True
            assert page.locator("h1.title b").count() == 0

            # Broken YAML: the banner says so, the last good document stays.
            _save(path, edited.replace("parties:\n", "parties: [\n", 1))
            banner = page.locator("#ca-banner")
            expect(banner).to_be_visible(timeout=WAIT_MS)
            expect(banner).to_contain_text("does not parse", timeout=WAIT_MS)
            expect(page.locator("h1.title")).to_have_text(new_title)
            assert page.evaluate("window.__notReloaded") is True

            # Fixed again: the banner goes.
            _save(path, edited)
            expect(banner).to_be_hidden(timeout=WAIT_MS)
            assert not blocked, blocked  # the page itself breaks none of its own policy
        finally:
            context.close()

    # DNS rebinding: a request naming another host, or another port, is refused.
    assert _status(running.url, f"127.0.0.1:{running.port}") == 200
    assert _status(running.url, f"localhost:{running.port}") == 200
    assert _status(running.url, f"attacker.example:{running.port}") == 403
    assert _status(running.url, "attacker.example") == 403
    assert _status(running.url, f"127.0.0.1:{running.port + 1 if running.port < 65535 else 1}") == 403
    if socket.has_ipv6 and _has_ipv6_loopback():
        assert _status(running.url, f"[::1]:{running.port}", address="::1") == 200
        assert _status(running.url, f"attacker.example:{running.port}", address="::1") == 403

    code, stderr = running.interrupt()
    assert code == 130
    assert stderr.strip().count("\n") == 0 and "stopped" in stderr, stderr
