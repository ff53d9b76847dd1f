"""Watch the one file and rebuild when it changes.

The file's folder is watched (not recursively) rather than the file itself, because many
editors save by writing a new file and renaming it over the old one, which a watch on the
old file would miss. Only events for the watched name count. watchfiles uses the
operating system's notifications (inotify, FSEvents, ReadDirectoryChangesW) and groups a
burst of events, such as an editor's write-then-rename, into one.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from watchfiles import Change, awatch

from collabagree.preview.hub import PreviewHub

# Quiet time that ends a burst of events, and the longest wait before a busy burst is
# yielded anyway (milliseconds): the rebuild must start well within the 500 ms target.
STEP_MS = 30
DEBOUNCE_MS = 300


async def watch_file(path: Path, hub: PreviewHub, stop: asyncio.Event) -> None:
    """Rebuild `hub` after each change of `path`, until `stop` is set."""
    target = os.path.normcase(str(path))

    def concerns_file(change: Change, changed: str) -> bool:
        return os.path.normcase(os.path.abspath(changed)) == target

    async for _changes in awatch(path.parent, watch_filter=concerns_file, stop_event=stop,
                                 step=STEP_MS, debounce=DEBOUNCE_MS, recursive=False):
        await hub.rebuild()
