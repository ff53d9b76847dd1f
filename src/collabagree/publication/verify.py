"""`collabagree archive --verify`: validate bags with the `bagit` library and name each file
that changed, went missing or appeared since the bag was made."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from collabagree.core.errors import InputPathError, UsageError

# bagit logs each mismatch itself; the command reports them, once, in its own words.
logging.getLogger("bagit").addHandler(logging.NullHandler())
logging.getLogger("bagit").propagate = False


def find_bags(path: Path) -> list[Path]:
    """`path` itself when it is a bag, else the bags directly inside it, sorted."""
    if not path.exists():
        raise InputPathError(f"{path}: no such file or folder")
    if (path / "bagit.txt").is_file():
        return [path]
    if not path.is_dir():
        raise UsageError(f"{path}: not a bag or a folder of bags")
    bags = sorted(child for child in path.iterdir() if (child / "bagit.txt").is_file())
    if not bags:
        raise UsageError(f"{path}: no bag here (a bag is a folder with a bagit.txt)")
    return bags


def verify_bag(bag: Path) -> list[str]:
    """What is wrong with a bag, one line per file; empty when the bag is valid."""
    import bagit

    try:
        loaded = bagit.Bag(str(bag))
    except bagit.BagError as error:
        return [f"not a valid bag ({error})"]
    try:
        loaded.validate(processes=1)
    except bagit.BagValidationError as error:
        named = [_describe(detail) for detail in error.details]
        # A change of size fails bagit's Payload-Oxum check before any file is hashed, and
        # that message names no file: hash them here to say which one.
        return named or _compare(bag, loaded) or [str(error.message)]
    except bagit.BagError as error:
        return [str(error)]
    return []


def _describe(detail: Any) -> str:
    import bagit

    if isinstance(detail, bagit.ChecksumMismatch):
        return f"{detail.path} changed (its SHA-256 no longer matches the manifest)"
    if isinstance(detail, bagit.FileMissing):
        return f"{detail.path} is missing"
    if isinstance(detail, bagit.UnexpectedFile):
        return f"{detail.path} is not in the manifest"
    return str(detail)


def _compare(bag: Path, loaded: Any) -> list[str]:
    """Each payload file whose SHA-256 differs from the manifest, is missing or is extra."""
    problems = []
    listed = set()
    for name, hashes in sorted(loaded.payload_entries().items()):
        listed.add(name)
        path = bag / name
        if not path.is_file():
            problems.append(f"{name} is missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != hashes.get("sha256"):
            problems.append(f"{name} changed (its SHA-256 no longer matches the manifest)")
    problems += [f"{name} is not in the manifest" for name in sorted(loaded.payload_files())
                 if name not in listed]
    return problems
