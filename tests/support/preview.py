"""Start `collabagree preview` as a user would, and stop it again."""

from __future__ import annotations

import queue
import re
import subprocess
import threading
from pathlib import Path

from support.lsp_client import console_script

START_TIMEOUT = 120.0  # seconds: the first build imports and renders, on a busy machine too
_URL = re.compile(r"http://127\.0\.0\.1:(\d+)/")


class RunningPreview:
    """A preview process, its address and what it printed."""

    def __init__(self, path: Path, *extra: str) -> None:
        self.process = subprocess.Popen(
            [console_script(), "preview", "--no-browser", *extra, path.name],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=path.parent)
        lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        threading.Thread(target=lambda: lines.put(self.process.stdout.readline() if self.process.stdout else ""),
                         daemon=True).start()
        try:
            self.first_line = lines.get(timeout=START_TIMEOUT)
        except queue.Empty:
            self.stop()
            raise AssertionError("collabagree preview printed no address in time") from None
        found = _URL.search(self.first_line)
        if found is None:
            error = self.stop()
            raise AssertionError(f"no address in {self.first_line!r}; stderr: {error}")
        self.port = int(found.group(1))
        self.url = found.group(0)

    def interrupt(self, timeout: float = 60.0) -> tuple[int, str]:
        """Ctrl-C: send SIGINT, wait; returns the exit code and what went to stderr."""
        import signal

        self.process.send_signal(signal.SIGINT)
        _, stderr = self.process.communicate(timeout=timeout)
        return self.process.returncode, stderr

    def stop(self) -> str:
        """End the process if it still runs; returns its stderr."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            _, stderr = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, stderr = self.process.communicate()
        return stderr or ""
