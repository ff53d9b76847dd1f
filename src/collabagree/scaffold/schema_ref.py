"""Which schema the scaffold's `yaml-language-server` modeline points at.

Every choice works without the network:

1. On request (`init --write-schema`), a copy of the schema written beside the new file as
   `agreement.schema.json`, referred to by that name: the folder then carries its own schema
   and works on any machine it is copied to.
2. When the new file is written inside a folder tree that holds this very schema as
   `schemas/agreement.schema.json` (a checkout of collabagree, or a repository that vendors
   the schema), a relative path to it: it always matches the schema that repository checks
   against. The vendored file counts only if its `$id` is ours, so another tool's schema of
   the same name is never picked up. The search stops at the repository root (a folder
   holding `.git`).
3. Otherwise the schema installed with collabagree, as a `file:` URI (absolute, so it
   works wherever the agreement is moved on this machine).

The schema's `$id` is a name, not an address: nothing is ever fetched from it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from collabagree.core.atomic import write_atomic
from collabagree.core.errors import UsageError
from collabagree.core.resources import data_dir
from collabagree.schema.json_schema import SCHEMA_ID, schema_text

SCHEMA_FILE_NAME = "agreement.schema.json"
SCHEMA_RELATIVE = Path("schemas") / SCHEMA_FILE_NAME


def _is_our_schema(candidate: Path) -> bool:
    try:
        with candidate.open("rb") as handle:
            # The $id sits near the top; reading the whole (small) file keeps this simple.
            return bool(json.loads(handle.read(1_000_000)).get("$id") == SCHEMA_ID)
    except (OSError, ValueError, AttributeError):
        return False


def installed_schema() -> Path:
    """The schema file shipped with this installation of collabagree."""
    return (data_dir("schemas") / SCHEMA_FILE_NAME).resolve()


def schema_reference(target: Path, beside: bool = False) -> str:
    """The modeline's schema for a new file at `target` (see the module docstring)."""
    if beside:
        return SCHEMA_FILE_NAME
    folder = target.resolve().parent
    for directory in (folder, *folder.parents):
        candidate = directory / SCHEMA_RELATIVE
        if candidate.is_file() and _is_our_schema(candidate):
            return Path(os.path.relpath(candidate, folder)).as_posix()
        if (directory / ".git").exists():
            break
    return installed_schema().as_uri()


def ensure_schema_writable(target: Path, force: bool = False) -> Path:
    """Where `write_schema_beside` would write; raises `UsageError` if it may not."""
    destination = target.parent / SCHEMA_FILE_NAME
    if destination.exists() and not force and not _is_our_schema(destination):
        raise UsageError(f"{destination} exists and is not collabagree's schema; nothing was written "
                         "(use --force to overwrite it)")
    return destination


def write_schema_beside(target: Path, force: bool = False) -> Path:
    """Write the schema as `agreement.schema.json` in `target`'s folder; returns its path.

    An existing copy of our schema is brought up to date; any other file of that name is
    left alone unless `force`.
    """
    destination = ensure_schema_writable(target, force)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(destination, schema_text().encode("utf-8"))
    except OSError as error:
        raise UsageError(f"cannot write {destination} ({error.strerror or error})") from None
    return destination
