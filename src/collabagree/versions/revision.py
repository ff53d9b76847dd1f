"""A version of an agreement named as a path or as `REV:PATH`, read with git itself.

`REV:PATH` is passed to git exactly as git understands it: PATH is relative to the top of the
repository around the current folder, or to the current folder when it starts with `./`.
git runs without a shell, with no pager, no prompt and no text conversion, and every object
name it is given is checked first so that nothing a user types can become an option.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from collabagree.core.errors import InputPathError, UsageError
from collabagree.core.visible import visible
from collabagree.load.reader import MAX_BYTES, FileReadError, read_limited

GIT_TIMEOUT_SECONDS = 30


@dataclass(frozen=True, slots=True)
class Version:
    """One version's bytes and how to name it in messages (`food.yaml`, `v1.0:food.yaml`)."""

    label: str
    raw: bytes
    revision: str | None = None


class GitError(UsageError):
    """git could not give the version asked for (exit 2, one line)."""


def read_version(spec: str, cwd: Path | None = None) -> Version:
    """The version `spec` names: an existing file's bytes, else `REV:PATH` read from git.

    A file that exists wins over the `REV:PATH` reading, so a path with a colon still works.
    Raises `InputPathError` or `GitError` with one line.
    """
    folder = cwd or Path.cwd()
    local = folder / spec
    if ":" not in spec or local.exists():
        try:
            return Version(spec, read_limited(local))
        except FileReadError as error:
            raise InputPathError(f"{spec}: {error.reason}") from None
    revision, path = spec.split(":", 1)
    return Version(spec, read_at_revision(revision, path, folder), revision)


def read_at_revision(revision: str, path: str, cwd: Path) -> bytes:
    """The bytes of `path` at `revision` in the repository around `cwd`.

    Raises `GitError` when there is no repository, no such revision, or no file there.
    """
    raw = find_at_revision(revision, path, cwd)
    if raw is None:
        raise GitError(f"{visible(f'{revision}:{path}')}: no file {visible(path)} at revision "
                       f"{visible(revision)}")
    return raw


def find_at_revision(revision: str, path: str, cwd: Path) -> bytes | None:
    """Like `read_at_revision`, but None when the revision has no file at `path` (a file
    added since: `check --against` treats it as new)."""
    shown = visible(f"{revision}:{path}")
    if not revision or not path:
        raise GitError(f"{shown}: give a version as PATH or REV:PATH")
    # An object name beginning with "-" would be read by git as an option.
    if revision.startswith("-") or path.startswith("-"):
        raise GitError(f"{shown}: a revision or path may not start with '-'")
    verify_revision(revision, cwd)
    kind = _git(["cat-file", "-t", f"{revision}:{path}"], cwd)
    if kind.returncode != 0 or kind.stdout.strip() != b"blob":
        return None
    shown_file = _git(["show", "--no-textconv", f"{revision}:{path}", "--"], cwd)
    if shown_file.returncode != 0:
        raise GitError(f"{shown}: git could not read it: {_first_line(shown_file.stderr)}")
    # At most one byte more than the limit: the loader then reports the file as too big.
    return shown_file.stdout[:MAX_BYTES + 1]


def previous_version(path: str, revision: str) -> bytes | None:
    """The file at `path` (on disk) as it was at `revision` of its own repository, or None
    when it did not exist then. git runs in the file's folder, so any current folder works."""
    location = Path(path).absolute()
    return find_at_revision(revision, f"./{location.name}", location.parent)


def verify_revision(revision: str, cwd: Path) -> None:
    """Raise `GitError` unless `revision` names a commit in the repository around `cwd`."""
    if revision.startswith("-"):
        raise GitError(f"{visible(revision)}: a revision may not start with '-'")
    result = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], cwd)
    if result.returncode == 0:
        return
    inside = _git(["rev-parse", "--is-inside-work-tree"], cwd)
    if inside.returncode != 0:
        raise GitError(f"{visible(revision)}: {cwd} is not inside a git repository")
    raise GitError(f"{visible(revision)}: no such revision in the repository around {cwd}")


def _git(arguments: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    # No shell, no pager, no credential prompt: git only reads the local object store.
    environment = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat", "LC_ALL": "C"}
    try:
        return subprocess.run(["git", "--no-pager", *arguments], cwd=cwd, capture_output=True,
                              env=environment, timeout=GIT_TIMEOUT_SECONDS, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed (it is needed to read REV:PATH versions)") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git took more than {GIT_TIMEOUT_SECONDS} seconds; nothing was compared") from None
    except NotADirectoryError:
        raise GitError(f"{cwd} is not a folder") from None


def _first_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return visible(lines[0]) if lines else "no message"
