"""Writing a new agreement file: never over an existing one unless forced, always atomically.

Without `--force` the file is created "no clobber": the content goes to a temporary file in
the same folder, which is then hard-linked to the target name. Linking fails if the name
exists, so even a file that appears between our check and our write is never replaced, and
nobody ever sees a half-written file. Where hard links are not supported, the name is claimed
with an exclusive create and the complete temporary file is renamed over it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from collabagree.core.atomic import write_atomic
from collabagree.core.errors import CollabagreeError, UsageError


def _refuse(path: Path) -> UsageError:
    return UsageError(f"{path} already exists; nothing was written (use --force to overwrite it)")


def _new_file_mode() -> int:
    # The mode a plain open() would give (0o666 less umask), not mkstemp's private 0o600.
    # Reading the umask means setting it; init is single-threaded, so this is safe here.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _create_exclusive(path: Path, data: bytes) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, _new_file_mode())
        try:
            os.link(tmp_name, path)
        except FileExistsError:
            raise _refuse(path) from None
        except OSError:
            # No hard links here (some network and FAT file systems): claim the name, then
            # rename the finished file over the empty claim.
            try:
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            except FileExistsError:
                raise _refuse(path) from None
            os.replace(tmp_name, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)


def write_new_file(path: Path, data: bytes, *, force: bool) -> None:
    """Write `data` to `path`; an existing file (or symlink) is refused unless `force`, in
    which case it is replaced atomically. Missing parent folders are created."""
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give the path of the file to create, e.g. "
                         f"{path / 'agreement.yaml'}")
    exists = path.exists() or path.is_symlink()
    if exists and not force:
        raise _refuse(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if exists:
            write_atomic(path, data)
        else:
            _create_exclusive(path, data)
    except OSError as error:
        raise CollabagreeError(f"cannot write {path}: {error.strerror or error}") from None
