"""Where `render` writes, and the two checks made before anything is written: no two inputs
may share an output file, and no output may be an input.

An output is `<output dir or the input's folder>/<input stem>.<format>`. Paths are compared
with their folders resolved (symbolic links and `..` followed), and an output that already
exists is also compared by identity (device and inode), so an output that is a symbolic
or hard link to an input counts as that input.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from collabagree.core.errors import UsageError


def output_paths(path: str, formats: Iterable[str], output_dir: Path | None,
                 suffix: str = "") -> dict[str, Path]:
    """The file each format of `path` is written to, by format (`suffix` after the stem:
    `.summary` for the key-facts page)."""
    folder = output_dir or Path(path).parent
    stem = Path(path).stem + suffix
    return {extension: folder / f"{stem}.{extension}" for extension in formats}


def _key(path: Path | str) -> str:
    # The folder resolved, the name kept: a symbolic link *as* the output is still the
    # output's own path (it is replaced, not followed); the identity check sees through it.
    absolute = Path(os.path.abspath(path))
    return os.path.normcase(os.path.join(os.path.realpath(absolute.parent), absolute.name))


def _identity(path: Path | str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None  # does not exist (yet): it cannot be an input
    return (info.st_dev, info.st_ino)


class InputIndex:
    """The inputs of one run by resolved path and by file identity, to look up outputs in."""

    def __init__(self, inputs: Iterable[str]) -> None:
        self._by_key: dict[str, str] = {}
        self._by_identity: dict[tuple[int, int], str] = {}
        for source in inputs:
            self._by_key.setdefault(_key(source), source)
            identity = _identity(source)
            if identity is not None:
                self._by_identity.setdefault(identity, source)

    def overwritten(self, destination: Path) -> str | None:
        """The input that writing `destination` would overwrite (the same path, or a
        symbolic or hard link to it), or None."""
        found = self._by_key.get(_key(destination))
        if found is not None:
            return found
        identity = _identity(destination)
        return None if identity is None else self._by_identity.get(identity)


def check_output_paths(paths: Sequence[str], formats: Iterable[str],
                       output_dir: Path | None, suffix: str = "") -> None:
    """Raise `UsageError` (exit 2) before anything is written when two inputs would be
    rendered to one file, or an output would replace an input; the message names both."""
    formats = tuple(formats)
    inputs = InputIndex(paths)
    claimed: dict[str, str] = {}
    for path in paths:
        for destination in output_paths(path, formats, output_dir, suffix).values():
            source = inputs.overwritten(destination)
            if source is not None:
                raise UsageError(
                    f"{path}: its output {destination} would overwrite the input {source}; "
                    "choose another --output-dir or rename the file")
            first = claimed.setdefault(_key(destination), path)
            if first != path:
                raise UsageError(
                    f"{first} and {path} would both be rendered to {destination}; "
                    "render them into different --output-dir folders or rename one")
