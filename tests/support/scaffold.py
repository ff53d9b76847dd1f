"""Helpers for the `init` tests: the installed script, scaffolds built in-process, and a
pseudo-terminal session that drives `collabagree init` the way a person at a terminal does."""

from __future__ import annotations

import io
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from collabagree.scaffold.builder import render_scaffold
from collabagree.scaffold.defaults import Given, complete, read_given_party_options
from collabagree.schema.json_schema import SCHEMA_ID

TODAY = date(2026, 11, 23)
TYPES = ("mou", "partnering_agreement", "data_sharing_agreement", "funding_agreement",
         "cross_sector_collaboration")


def executable() -> str:
    """The installed `collabagree` console script (beside this Python, else on PATH)."""
    beside = Path(sys.executable).parent / "collabagree"
    found = str(beside) if beside.exists() else shutil.which("collabagree")
    assert found, "the collabagree console script is not installed"
    return found


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the script with stdin a pipe (not a terminal), as CI and scripts do."""
    return subprocess.run([executable(), *args], cwd=cwd, input=stdin if stdin is not None else "",
                          capture_output=True, text=True, timeout=120)


def run_main(args: list[str], cwd: Path, monkeypatch: Any, stdin: str = "") -> int:
    """Run the console-script entry point in-process (stdin a non-terminal stream) and
    return its exit code; read the output with pytest's `capsys`."""
    from collabagree.cli import main

    monkeypatch.chdir(cwd)
    monkeypatch.setattr(sys, "argv", ["collabagree", *args])
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        main()
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 0
    return 0


def scaffold_text(agreement_type: str, jurisdiction: str | None = None,
                  parties: list[str] | None = None, *, end: date | None = None,
                  open_ended: bool = False) -> str:
    """A scaffold built in-process from flag-style answers, as `init --no-input` builds it."""
    given = Given(type=agreement_type, jurisdiction=jurisdiction,
                  parties=read_given_party_options(parties or []), end=end, open_ended=open_ended)
    return render_scaffold(complete(given, TODAY), SCHEMA_ID)


class PtySession:
    """`collabagree ARGS` on a pseudo-terminal (stdin, stdout and stderr), in `cwd`.

    `pty.fork` makes the terminal the child's controlling terminal, so Ctrl-C typed into it
    raises SIGINT in the child exactly as at a real terminal."""

    def __init__(self, *args: str, cwd: Path, timeout: float = 30.0) -> None:
        import pty

        self.timeout = timeout
        self.transcript = ""
        self._pending = b""
        command = [executable(), *args]
        pid, fd = pty.fork()
        if pid == 0:  # the child: become collabagree
            try:
                os.chdir(cwd)
                os.execv(command[0], command)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self._interrupted = False

    def expect(self, text: str) -> str:
        """Read until `text` appears; return everything read up to and including it."""
        wanted = text.encode()
        deadline = time.monotonic() + self.timeout
        while wanted not in self._pending:
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([self.fd], [], [], max(remaining, 0))
            if not ready:
                raise AssertionError(f"timed out waiting for {text!r}; so far:\n{self._shown()}")
            chunk = self._read()
            if not chunk:
                raise AssertionError(f"the program ended before {text!r}; so far:\n{self._shown()}")
            self._pending += chunk
        index = self._pending.index(wanted) + len(wanted)
        seen, self._pending = self._pending[:index], self._pending[index:]
        self.transcript += seen.decode("utf-8", "replace")
        return seen.decode("utf-8", "replace")

    def answer(self, text: str) -> None:
        """Type `text` and Enter."""
        os.write(self.fd, text.encode() + b"\r")

    def interrupt(self) -> None:
        """Type Ctrl-C, once the program is waiting for input.

        The prompt is written just before `input()` blocks in read(); a SIGINT landing in
        between is only noticed when read() returns, so a test that types Ctrl-C the instant
        the prompt appears can hang (a person is never that fast). Wait a moment first, and
        `wait` types it once more if the program is still waiting (a busy machine)."""
        time.sleep(0.5)
        self._interrupted = True
        os.write(self.fd, b"\x03")

    def end_input(self) -> None:
        """Type Ctrl-D at the start of a line (end of input)."""
        os.write(self.fd, b"\x04")

    def wait(self) -> int:
        """Read the rest of the output and return the exit code."""
        deadline = time.monotonic() + self.timeout
        while True:
            ready, _, _ = select.select([self.fd], [], [], 3.0 if self._interrupted else
                                        max(deadline - time.monotonic(), 0))
            if not ready and self._interrupted:
                self._interrupted = False  # once only: see `interrupt`
                os.write(self.fd, b"\x03")
                continue
            if not ready:
                os.kill(self.pid, signal.SIGKILL)
                raise AssertionError(f"the program did not end; so far:\n{self._shown()}")
            chunk = self._read()
            if not chunk:
                break
            self._pending += chunk
        self.transcript += self._pending.decode("utf-8", "replace")
        self._pending = b""
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)

    def _read(self) -> bytes:
        try:
            return os.read(self.fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            return b""

    def _shown(self) -> str:
        return self.transcript + self._pending.decode("utf-8", "replace")
