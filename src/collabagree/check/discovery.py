"""Find the files to check: named files as given, directories walked for YAML."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path

from collabagree.check.settings import DEFAULT_EXCLUDES
from collabagree.core.errors import InputPathError

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Target:
    """A file to check; `named` when the user named it rather than a directory holding it."""

    path: str
    named: bool


def _excluded(relative: str, name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(name, pattern)
               for pattern in patterns)


def _excluded_from_base(path: str, patterns: tuple[str, ...], base: str | None) -> bool:
    # Config globs are written relative to the config file's folder, wherever check runs from.
    if base is None or not patterns:
        return False
    from_base = os.path.relpath(os.path.abspath(path), base)
    if from_base.startswith(".."):
        return False
    from_base = from_base.replace(os.sep, "/")
    return any(fnmatch.fnmatch(from_base, pattern) for pattern in patterns)


def discover(paths: list[str], excludes: tuple[str, ...] = (), base: Path | None = None) -> list[Target]:
    """Expand paths into targets, sorted and without repeats.

    Directories are walked leaving out `.git`, `.venv`, `venv`, `node_modules`, hidden
    folders and anything matching the config's `exclude` globs (matched relative to the
    walked folder, to `base`, the config file's folder, and by name). A path that does not
    exist raises `InputPathError`. Files that cannot be read (broken symbolic links, FIFOs)
    are kept as targets: the reader reports each as one finding and the batch goes on.
    """
    found: dict[str, Target] = {}
    for given in paths or ["."]:
        path = Path(given)
        if not path.is_dir():
            if not (path.exists() or path.is_symlink()):
                raise InputPathError(f"{given}: no such file or directory")
            # A named FIFO, device or broken link is still a target: reading it gives one
            # clear finding (`loader.read_limited`), like the same file found in a folder.
            key = os.path.normpath(given)
            found.setdefault(key, Target(key, True))
            continue
        for target in _walk(path, excludes, None if base is None else str(base.absolute())):
            found.setdefault(target.path, target)
    return sorted(found.values(), key=lambda target: target.path)


def _walk(root: Path, excludes: tuple[str, ...], base: str | None = None) -> list[Target]:
    targets: list[Target] = []
    for directory, subdirs, filenames in os.walk(root):
        relative_dir = os.path.relpath(directory, root)
        subdirs[:] = sorted(
            name for name in subdirs
            if not name.startswith(".") and name not in DEFAULT_EXCLUDES
            and not _excluded(os.path.normpath(os.path.join(relative_dir, name)), name, excludes)
            and not _excluded_from_base(os.path.join(directory, name), excludes, base)
        )
        for name in sorted(filenames):
            if not name.endswith(YAML_SUFFIXES):
                continue
            relative = os.path.normpath(os.path.join(relative_dir, name))
            if _excluded(relative, name, excludes) or _excluded_from_base(
                    os.path.join(directory, name), excludes, base):
                continue
            targets.append(Target(os.path.normpath(os.path.join(directory, name)), False))
    return targets
