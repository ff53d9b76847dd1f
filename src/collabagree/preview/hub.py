"""Rebuild on change and hand the newest snapshot to every open page.

Builds run one at a time in a worker thread (pandoc runs as a subprocess there), so the
server keeps answering while a document renders. Saves that arrive during a build are
folded into the next one: what matters is the file as it is now, not every state it passed
through.
"""

from __future__ import annotations

import asyncio
import logging

from collabagree.preview.snapshot import Snapshot, SnapshotBuilder

log = logging.getLogger(__name__)


class PreviewHub:
    """The current snapshot, and a way to wait for a newer one."""

    def __init__(self, builder: SnapshotBuilder) -> None:
        self.builder = builder
        self._changed = asyncio.Condition()
        self._build_lock = asyncio.Lock()
        self._snapshot: Snapshot | None = None
        self.stopping = False

    @property
    def snapshot(self) -> Snapshot | None:
        """The newest snapshot (None before the first build)."""
        return self._snapshot

    async def rebuild(self) -> Snapshot:
        """Build once more from the file as it is now, then wake every waiting page."""
        async with self._build_lock:
            try:
                snapshot = await asyncio.to_thread(self.builder.build)
            except Exception as error:  # noqa: BLE001 - the server must outlive one bad build
                log.debug("preview build failed", exc_info=True)
                snapshot = self._failed(error)
            async with self._changed:
                self._snapshot = snapshot
                self._changed.notify_all()
            return snapshot

    def _failed(self, error: Exception) -> Snapshot:
        previous = self._snapshot
        banner = (f"Internal error while rendering: {type(error).__name__}: {error}. "
                  "Showing the last good version; please report this.")
        if previous is None:
            return Snapshot(1, 0, None, (), banner)
        return Snapshot(previous.version + 1, previous.page_version, previous.page,
                        previous.findings, banner)

    async def next_snapshot(self, seen_version: int, timeout: float) -> Snapshot | None:
        """A snapshot newer than `seen_version`, or None after `timeout` seconds or on stop."""
        def ready() -> bool:
            current = self._snapshot
            return self.stopping or (current is not None and current.version > seen_version)

        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(ready), timeout)
            except TimeoutError:
                return None
            if self.stopping:
                return None
            return self._snapshot

    async def stop(self) -> None:
        """Release every waiting page (their event streams then end)."""
        async with self._changed:
            self.stopping = True
            self._changed.notify_all()
