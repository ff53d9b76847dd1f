"""Feedback while writing: `collabagree lsp` and `collabagree preview` against the commands.

    python bench/editor_feedback.py [--rounds 15] [--file examples/uk-food-bank-funding.yaml]

Language server: the time from sending a `didChange` with the whole text to receiving the
`publishDiagnostics` for that version, from a server already started (as an editor has it),
against `collabagree check --output-format json FILE` run as a process. Preview: the time
from saving the file (written beside it and renamed over it, as editors save) to the page's
event stream delivering the new rendering, against `collabagree render --to html FILE` run
as a process. Each round alternates between two versions of the agreement, so every change
really changes the text (one adds a finding). Targets: diagnostics within 100 ms, the
preview within 500 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import ROOT, child_env, command, describe, header, interleave, median, tool, verdict

DEFAULT_FILE = ROOT / "examples" / "uk-food-bank-funding.yaml"
WAIT = 120.0


def _variants(text: str) -> tuple[str, str]:
    """The agreement as it is, and with a personal mail address (one more finding)."""
    changed = re.sub(r"channel: [^ ,}\n]*@[^ ,}\n]*", "channel: someone@gmail.com", text, count=1)
    assert changed != text, "the agreement needs a contact channel to change"
    return text, changed


class LspDriver:
    """A running `collabagree lsp` with one open document, driven from a loop thread."""

    def __init__(self, path: Path, text: str) -> None:
        from lsprotocol import types
        from pygls.lsp.client import LanguageClient

        self.types = types
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        self.client = LanguageClient("bench", "1")
        self.published: dict[int, float] = {}
        self.arrived = threading.Condition()
        self.uri = path.as_uri()
        self.version = 1

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _published(params: types.PublishDiagnosticsParams) -> None:
            with self.arrived:
                self.published[params.version or 0] = time.perf_counter()
                self.arrived.notify_all()

        self._call(self._start(path.parent, text))
        self._wait(1)

    def _call(self, coroutine: object) -> object:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(WAIT)  # type: ignore[arg-type]

    async def _start(self, root: Path, text: str) -> None:
        types = self.types
        await self.client.start_io(tool("collabagree"), "lsp", cwd=str(root), env=child_env())
        await self.client.initialize_async(types.InitializeParams(
            process_id=None, root_uri=root.as_uri(), capabilities=types.ClientCapabilities()))
        self.client.initialized(types.InitializedParams())
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
            uri=self.uri, language_id="yaml", version=1, text=text)))

    def _wait(self, version: int) -> float:
        with self.arrived:
            if not self.arrived.wait_for(lambda: version in self.published, WAIT):
                raise SystemExit(f"no diagnostics for version {version} within {WAIT:.0f} s")
            return self.published[version]

    def change(self, text: str) -> None:
        """Send the whole new text and wait for its diagnostics."""
        types = self.types
        self.version += 1
        params = types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=self.uri, version=self.version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)])
        self.loop.call_soon_threadsafe(self.client.text_document_did_change, params)
        self._wait(self.version)

    def close(self) -> None:
        """Shut the server down."""
        async def finish() -> None:
            await self.client.shutdown_async(None)
            self.client.exit(None)
            await self.client.stop()

        self._call(finish())
        self.loop.call_soon_threadsafe(self.loop.stop)


class PreviewDriver:
    """A running `collabagree preview` and a reader of its event stream."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.process = subprocess.Popen([tool("collabagree"), "preview", "--no-browser", path.name],
                                        cwd=path.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, env=child_env())
        line = self.process.stdout.readline() if self.process.stdout else ""
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not found:
            raise SystemExit(f"collabagree preview did not start: {line!r}")
        self.port = int(found.group(1))
        self.events: queue.Queue[tuple[int, float]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.page_version = self._next_page(-1)

    def _read(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=WAIT)
        connection.request("GET", "/events")
        response = connection.getresponse()
        for raw in response:
            if raw.startswith(b"data: "):
                message = json.loads(raw[6:])
                self.events.put((int(message["page_version"]), time.perf_counter()))

    def _next_page(self, after: int) -> int:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            page_version, _ = self.events.get(timeout=WAIT)
            if page_version > after:
                return page_version
        raise SystemExit("the preview sent no new rendering in time")

    def save(self, text: str) -> None:
        """Save the file as an editor does and wait for the page's new rendering."""
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, self.path)
        self.page_version = self._next_page(self.page_version)

    def close(self) -> None:
        """Ctrl-C the server."""
        import signal

        self.process.send_signal(signal.SIGINT)
        self.process.communicate(timeout=WAIT)


def main(argv: list[str] | None = None) -> int:
    """Run both comparisons and print medians, ratios and the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    args = parser.parse_args(argv)
    header("editor feedback: collabagree lsp and preview against check and render as processes")
    workdir = Path(tempfile.mkdtemp(prefix="collabagree-bench-"))
    try:
        path = workdir / "agreement.yaml"
        text = args.file.read_text(encoding="utf-8")
        path.write_text(text, encoding="utf-8")
        variants = _variants(text)
        lines = text.count("\n")
        turn = {"lsp": 0, "preview": 0}

        def next_text(who: str) -> str:
            turn[who] += 1
            return variants[turn[who] % 2]

        lsp = LspDriver(path, text)
        check_cmd = command([tool("collabagree"), "check", "--output-format", "json", str(path)])
        try:
            lsp_times = interleave({"lsp: change -> diagnostics": lambda: lsp.change(next_text("lsp")),
                                    "check --output-format json FILE": check_cmd},
                                   args.rounds, warmup=2, label="lsp")
        finally:
            lsp.close()
        path.write_text(text, encoding="utf-8")
        preview = PreviewDriver(path)
        out = workdir / "out"
        render_cmd = command([tool("collabagree"), "render", "--to", "html", "-o", str(out), str(path)])
        try:
            preview_times = interleave({"preview: save -> new rendering": lambda: preview.save(next_text("preview")),
                                        "render --to html FILE": render_cmd},
                                       args.rounds, warmup=2, label="preview")
        finally:
            preview.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"{args.rounds} rounds, {args.file.name} ({lines} lines):")
    results = []
    for times, ours, theirs, target in (
            (lsp_times, "lsp: change -> diagnostics", "check --output-format json FILE", 0.100),
            (preview_times, "preview: save -> new rendering", "render --to html FILE", 0.500)):
        for name in (ours, theirs):
            print(f"  {name:34} {describe(times[name])}")
        ratio = median(times[ours]) / median(times[theirs])
        print(f"  ratio {ours} / {theirs}: {ratio:.2f}")
        results.append((ours, median(times[ours]), target))
    print()
    print("summary:")
    for name, value, target in results:
        print(f"  {name}: {value * 1000:.0f} ms (target <= {target * 1000:.0f} ms): {verdict(value <= target)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
