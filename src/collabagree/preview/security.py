"""The preview's defences: which Host headers it answers, and the headers every response gets.

A page on another site can make the browser send requests to 127.0.0.1 by pointing a DNS
name it controls at that address (DNS rebinding). Such requests carry the other site's
name in `Host`, so answering only the loopback names with our port shuts them out.
"""

from __future__ import annotations

import secrets

LOOPBACK_NAMES: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]")


def allowed_hosts(port: int) -> frozenset[str]:
    """The `Host` values (lower case) that address this server."""
    return frozenset(f"{name}:{port}" for name in LOOPBACK_NAMES)


def new_nonce() -> str:
    """A fresh nonce for one page's script tag."""
    return secrets.token_urlsafe(18)


def content_security_policy(nonce: str | None) -> str:
    """The policy: nothing from elsewhere, no inline script or style, no framing.

    Scripts run only with the page's nonce (the one fixed script); styles only from this
    server's fixed stylesheets; the event stream is the only connection.
    """
    script = f"'nonce-{nonce}'" if nonce else "'none'"
    return "; ".join((
        "default-src 'none'",
        f"script-src {script}",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ))


SECURITY_HEADERS: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
