"""Read an agreement file safely: bytes -> text -> YAML events -> plain data + positions.

Size and encoding are checked here; `collabagree.load.events` walks the parser's events
(limits on nesting and on node visits, aliases included; every duplicate key; no tags
outside the core schema). Problems become SCH findings, never exceptions.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from typing import Any

from collabagree.core.findings import FILE_START, Finding, Span
from collabagree.core.positions import PositionMap
from collabagree.load.comments import Comment
from collabagree.load.events import LoadAbort, TreeBuilder
from collabagree.schema.codes import schema_finding

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_NODES", "Comment", "FileReadError", "LoadedFile",
           "decode_source", "load_bytes", "load_file", "read_limited"]

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
# The examples have about 600 nodes. A budget of 100,000 (aliases expanded) keeps the worst
# 2 MiB file to seconds; at 1,000,000 a flow list of 900,000 numbers took a minute and 2 GB.
MAX_NODES = 100_000


@dataclass(slots=True)
class LoadedFile:
    """The outcome of loading one file: its text, data, positions and load findings."""

    path: str
    text: str = ""
    data: Any = None
    positions: PositionMap = field(default_factory=PositionMap)
    findings: list[Finding] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the YAML was read completely (there may still be schema problems)."""
        return not self.findings


def decode_source(path: str, raw: bytes, max_bytes: int = MAX_BYTES) -> str:
    """Check size and encoding and return the text, raising `LoadAbort` with SCH007."""
    if len(raw) > max_bytes:
        limit = max_bytes / (1024 * 1024)
        raise LoadAbort(schema_finding("SCH007", path, FILE_START,
                                       f"the file is larger than the {limit:g} MiB limit"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadAbort(schema_finding("SCH007", path, FILE_START,
                                       "the file is UTF-16; save it as UTF-8"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8", "replace")) + 1
        raise LoadAbort(schema_finding(
            "SCH007", path, Span.point(line, column),
            f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8",
        )) from None
    return text.removeprefix("\ufeff")


def load_bytes(path: str, raw: bytes, *, max_bytes: int = MAX_BYTES,
               max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES) -> LoadedFile:
    """Load YAML bytes into a `LoadedFile`; problems become SCH findings, never exceptions."""
    result = LoadedFile(path)
    builder = TreeBuilder(path, max_depth, max_nodes)
    try:
        result.text = decode_source(path, raw, max_bytes)
        tree = builder.run(result.text)
    except LoadAbort as abort:
        # What was read before the abort still has positions for findings to point at.
        result.positions = builder.result.positions
        result.findings = [*builder.result.findings, abort.finding]
        return result
    result.data = tree.data
    result.positions = tree.positions
    result.findings = tree.findings
    result.comments = tree.comments
    return result


class FileReadError(OSError):
    """A file that `read_limited` will not or cannot read; `reason` is one short line
    without the path (e.g. "a FIFO, not a regular file"), for the caller to prefix."""

    def __init__(self, reason: str, code: int = errno.EINVAL) -> None:
        super().__init__(code, reason)
        self.reason = reason


# What a non-regular file is, in words, for the one-line message.
_FILE_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"),
               (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISSOCK, "a socket"))
# O_NONBLOCK: a FIFO swapped in between the stat and the open must not block the open.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def _refuse_non_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _FILE_KINDS if test(mode)), "a special file")
        raise FileReadError(f"{kind}, not a regular file")


def read_limited(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    """The first `max_bytes + 1` bytes of a regular file: the one way agreement files (and
    configuration files) are read, by `check`, `render` and `list` alike.

    One byte more than the limit is read so that `decode_source` can tell a file that is
    too big; nothing larger is ever held in memory. FIFOs, devices, sockets and folders are
    refused before they are read (a `*.yaml` that is a FIFO would block forever, one that is
    `/dev/zero` would fill memory). Raises `FileReadError` with a one-line reason, also for
    a broken symbolic link and for any other `OSError`.
    """
    try:
        _refuse_non_regular(os.stat(path).st_mode)
        fd = os.open(path, _OPEN_FLAGS)
    except FileReadError:
        raise
    except OSError as error:
        raise _read_error(path, error) from None
    try:
        # Checked again on the open file: the path may have been swapped since the stat.
        _refuse_non_regular(os.fstat(fd).st_mode)
        chunks: list[bytes] = []
        wanted = max_bytes + 1
        while wanted > 0:
            chunk = os.read(fd, min(wanted, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            wanted -= len(chunk)
        return b"".join(chunks)
    except FileReadError:
        raise
    except OSError as error:
        raise _read_error(path, error) from None
    finally:
        os.close(fd)


def _read_error(path: str | os.PathLike[str], error: OSError) -> FileReadError:
    if error.errno == errno.ENOENT and os.path.islink(path):
        return FileReadError("a broken symbolic link: its target does not exist", errno.ENOENT)
    if error.errno == errno.ELOOP:
        return FileReadError("a symbolic link that loops", errno.ELOOP)
    return FileReadError(error.strerror or type(error).__name__, error.errno or errno.EIO)


def load_file(path: str, **limits: int) -> LoadedFile:
    """Read a file from disk and load it (see `load_bytes`); raises `FileReadError`."""
    raw = read_limited(path, limits.get("max_bytes", MAX_BYTES))
    return load_bytes(path, raw, **limits)
