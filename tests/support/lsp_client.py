"""A real LSP client (pygls's) speaking to `collabagree lsp` run as a subprocess."""

from __future__ import annotations

import asyncio
import shutil
import sys
from collections import defaultdict
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

TIMEOUT = 60.0  # seconds; generous, for a busy machine


def console_script() -> str:
    """The installed `collabagree` script (the venv's, else the one on PATH)."""
    beside = Path(sys.executable).parent / "collabagree"
    found = str(beside) if beside.exists() else shutil.which("collabagree")
    assert found, "the collabagree console script is not installed"
    return found


class AgreementClient(LanguageClient):
    """Collects the diagnostics the server publishes, per document."""

    def __init__(self) -> None:
        super().__init__("collabagree-tests", "1")
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = defaultdict(list)
        self.messages: list[str] = []
        self.arrived = asyncio.Condition()

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        async def _published(params: types.PublishDiagnosticsParams) -> None:
            async with self.arrived:
                self.published[params.uri].append(params)
                self.arrived.notify_all()

        @self.feature(types.WINDOW_SHOW_MESSAGE)
        def _shown(params: types.ShowMessageParams) -> None:
            self.messages.append(params.message)

    async def start(self, root: Path) -> None:
        """Start the server and do the initialize handshake."""
        await self.start_io(console_script(), "lsp", "--stdio", cwd=str(root))
        await asyncio.wait_for(self.initialize_async(types.InitializeParams(
            process_id=None, root_uri=root.as_uri(), capabilities=types.ClientCapabilities())), TIMEOUT)
        self.initialized(types.InitializedParams())

    async def finish(self) -> None:
        """Shut the server down politely and wait for it to exit."""
        await asyncio.wait_for(self.shutdown_async(None), TIMEOUT)
        self.exit(None)
        await asyncio.wait_for(self.stop(), TIMEOUT)

    def open(self, path: Path, text: str, language_id: str = "yaml") -> str:
        """Open a document; returns its URI."""
        uri = path.as_uri()
        self.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language_id, version=1, text=text)))
        return uri

    def change(self, uri: str, version: int, text: str) -> None:
        """Replace the whole text of an open document."""
        self.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))

    async def diagnostics(self, uri: str, version: int) -> list[types.Diagnostic]:
        """The diagnostics published for `uri` at `version` (waits for them)."""
        def arrived() -> bool:
            return any(p.version == version for p in self.published[uri])

        async with self.arrived:
            await asyncio.wait_for(self.arrived.wait_for(arrived), TIMEOUT)
        return [d for p in self.published[uri] if p.version == version for d in p.diagnostics]
