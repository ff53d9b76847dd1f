"""Run the preview: bind loopback sockets, build, serve, watch the file, stop on Ctrl-C.

The server listens on 127.0.0.1 and, where the machine has IPv6, on ::1, on the same port:
a random free one unless `--port` names one. Nothing listens on any other address.
"""

from __future__ import annotations

import asyncio
import errno
import signal
import socket
import sys
import threading
import webbrowser
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from collabagree.core.errors import InputPathError, UsageError
from collabagree.core.findings import visible_controls
from collabagree.preview.hub import PreviewHub
from collabagree.preview.snapshot import SnapshotBuilder
from collabagree.preview.watch import watch_file

EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
_BIND_ATTEMPTS = 20


@dataclass(frozen=True)
class PreviewOptions:
    """What `collabagree preview` was asked to do."""

    file: str
    port: int = 0
    open_browser: bool = True


def parse_port(text: str | None) -> int:
    """`--port N`: 1 to 65535, or 0 (or absent) for a random free port."""
    if text is None:
        return 0
    value = text.strip()
    if not value.isdigit() or int(value) > 65535:
        raise UsageError(f"--port '{text}': not a port number (1 to 65535, or 0 for a random free port)")
    return int(value)


def _listen(family: socket.AddressFamily, host: str, port: int) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind((host, port))
        sock.listen(128)
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock


def bind_loopback(port: int) -> list[socket.socket]:
    """Listening sockets on 127.0.0.1 and ::1 with one port number (::1 only if available)."""
    for _ in range(_BIND_ATTEMPTS if port == 0 else 1):
        try:
            first = _listen(socket.AF_INET, "127.0.0.1", port)
        except OSError as error:
            raise UsageError(f"--port {port}: cannot listen on 127.0.0.1 "
                             f"({error.strerror or error})") from None
        chosen = first.getsockname()[1]
        try:
            return [first, _listen(socket.AF_INET6, "::1", chosen)]
        except OSError as error:
            if error.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT, errno.EPROTONOSUPPORT):
                return [first]  # no IPv6 loopback on this machine
            first.close()
            if port != 0:
                raise UsageError(f"--port {port}: cannot listen on [::1] ({error.strerror or error})") from None
    raise UsageError("could not find a free port on both 127.0.0.1 and [::1]; try --port N")


def check_file(path_text: str) -> Path:
    """The watched file, which must exist and be a file."""
    path = Path(path_text)
    if not path.is_file():
        what = "is not a file" if path.exists() else "does not exist"
        raise InputPathError(f"{visible_controls(path_text)}: {what}")
    return path.resolve()


def run_preview(options: PreviewOptions, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Serve until interrupted; returns the exit code (130 after Ctrl-C)."""
    path = check_file(options.file)
    sockets = bind_loopback(options.port)
    try:
        return asyncio.run(_serve(path, options, sockets, out, err))
    finally:
        for sock in sockets:
            sock.close()


async def _serve(path: Path, options: PreviewOptions, sockets: list[socket.socket],
                 out: TextIO, err: TextIO) -> int:
    from aiohttp import web

    from collabagree.preview.server import PreviewApp

    port = sockets[0].getsockname()[1]
    hub = PreviewHub(SnapshotBuilder(path, options.file))
    stop = asyncio.Event()
    received: list[int] = []
    loop = asyncio.get_running_loop()

    def stop_on(number: int) -> None:
        received.append(number)
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop_on, signum)
    await hub.rebuild()
    runner = web.AppRunner(PreviewApp(hub, options.file, port).application(), access_log=None,
                           handle_signals=False, shutdown_timeout=1.0)
    await runner.setup()
    try:
        for sock in sockets:
            await web.SockSite(runner, sock).start()
        url = f"http://127.0.0.1:{port}/"
        # The path as given, its control characters shown rather than sent to the terminal.
        out.write(f"Previewing {visible_controls(options.file)} at {url} (Ctrl-C to stop)\n")
        out.flush()
        if options.open_browser:
            # A daemon thread, not the loop's executor: a text-mode browser may not return
            # until it is closed, and that must not hold up stopping.
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        watcher = asyncio.create_task(watch_file(path, hub, stop))
        await stop.wait()
        await hub.stop()
        await watcher
    finally:
        await runner.cleanup()
    interrupted = not received or received[0] == signal.SIGINT
    err.write("collabagree: interrupted; the preview has stopped\n" if interrupted
              else "collabagree: terminated; the preview has stopped\n")
    err.flush()
    return EXIT_INTERRUPTED if interrupted else EXIT_TERMINATED
