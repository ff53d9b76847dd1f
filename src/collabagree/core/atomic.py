"""Atomic file writes: a reader sees the old file or the new one, never half of one.

Writing "over" a symbolic link replaces the link itself with a regular file; the file the
link pointed to is neither written nor changed, and its mode is never copied. A new file
gets the usual 0o666 less umask; a regular file that is replaced keeps its permission bits,
but never the setuid, setgid or sticky bit.

`write_atomic_group` writes several files (the formats of one agreement) as one change:
every new file is complete and on disk before the first old one is replaced, and if a
replacement fails the ones already made are undone, so the folder holds all the old files
or all the new ones.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path


def _read_umask() -> int:
    # os.umask can only be read by setting it; do that once, at import, not per write
    # (render may write from several threads).
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_NEW_FILE_MODE = 0o666 & ~_read_umask()
# Only the permission bits survive a replacement: a setuid, setgid or sticky bit on an
# output would be a gift to whoever can make us write it.
_PERMISSION_BITS = 0o777


def replacement_mode(path: Path) -> int:
    """The mode a file written at `path` gets: that of the regular file it replaces
    (permission bits only), else 0o666 less umask. The path itself is examined, never the
    target of a symbolic link."""
    try:
        info = os.lstat(path)
    except OSError:
        return _NEW_FILE_MODE
    if not stat.S_ISREG(info.st_mode):
        return _NEW_FILE_MODE
    return info.st_mode & _PERMISSION_BITS


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _write_temporary(path: Path, data: bytes) -> str:
    """`data` in a new, fsynced temporary file beside `path`, with the mode `path` will have."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=_folder(path))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, replacement_mode(path))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return tmp_name


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and ``os.replace``.

    The temporary file is flushed and fsynced before the rename, so a crash leaves either
    the previous file or the complete new one; on any failure the temporary file is removed
    and ``path`` is untouched. A symbolic link at ``path`` is replaced, not followed.
    """
    write_atomic_group({Path(path): data})


def write_atomic_group(files: Mapping[Path, bytes]) -> None:
    """Write every file, all or nothing (see the module docstring).

    First every temporary file is written and fsynced (a full disk fails here, before any
    old file is touched); then each existing file gets a hard-linked backup and the
    temporary files are renamed into place. When a rename fails, the files already
    replaced get their backups back (or are removed, if they are new) and the error is
    raised. On a filesystem without hard links an old file cannot be kept aside; the
    group is then still written, each file atomically.
    """
    paths = [Path(path) for path in files]
    temporaries: dict[Path, str] = {}
    try:
        for path in paths:
            temporaries[path] = _write_temporary(path, files[path])
    except BaseException:
        _remove(temporaries.values())
        raise
    # One file needs no backup: if its one rename fails, nothing has changed.
    backups = _make_backups(paths) if len(paths) > 1 else {}
    replaced: list[Path] = []
    try:
        for path in paths:
            os.replace(temporaries[path], path)
            replaced.append(path)
    except BaseException:
        _undo(replaced, backups)
        _remove(temporaries[path] for path in paths if path not in replaced)
        _remove(backups.values())
        raise
    _remove(backups.values())
    for folder in dict.fromkeys(_folder(path) for path in paths):
        _fsync_directory(folder)


def _make_backups(paths: list[Path]) -> dict[Path, str | None]:
    """A hard link to each path that exists (a link to a link, for a symbolic link), so it
    can be put back; None for a path with nothing to keep."""
    backups: dict[Path, str | None] = {}
    for path in paths:
        if not os.path.lexists(path):
            backups[path] = None
            continue
        backup = str(_folder(path) / f".{path.name}.{secrets.token_hex(6)}.old")
        try:
            os.link(path, backup, follow_symlinks=False)
        except (OSError, NotImplementedError):
            continue  # no hard links here: this file's replacement cannot be undone
        backups[path] = backup
    return backups


def _undo(replaced: list[Path], backups: Mapping[Path, str | None]) -> None:
    for path in reversed(replaced):
        if path not in backups:
            continue  # no backup could be made
        backup = backups[path]
        with contextlib.suppress(OSError):
            if backup is None:
                os.unlink(path)
            else:
                os.replace(backup, path)


def _remove(names: Iterable[str | None]) -> None:
    for name in list(names):
        if name is not None:
            with contextlib.suppress(OSError):
                os.unlink(name)


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
