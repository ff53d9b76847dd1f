"""Which schema the scaffold's `yaml-language-server` modeline points at.

The published URL (`SCHEMA_ID`, the schema's `$id`) works anywhere. But when the new file is
written inside a folder tree that holds this very schema as `schemas/agreement.schema.json`
(a checkout of collabagree, or a repository that vendors the schema), a relative path is
better: it works offline and always matches the schema that repository checks against. The
vendored file counts only if its `$id` is ours, so another tool's schema of the same name is
never picked up. The search stops at the repository root (a folder holding `.git`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from collabagree.schema.json_schema import SCHEMA_ID

SCHEMA_RELATIVE = Path("schemas") / "agreement.schema.json"


def _is_our_schema(candidate: Path) -> bool:
    try:
        with candidate.open("rb") as handle:
            # The $id sits near the top; reading the whole (small) file keeps this simple.
            return bool(json.loads(handle.read(1_000_000)).get("$id") == SCHEMA_ID)
    except (OSError, ValueError, AttributeError):
        return False


def schema_reference(target: Path) -> str:
    """The modeline's schema: a relative path to a vendored copy of our schema found in the
    target's folder or an ancestor (up to the repository root), else the published URL."""
    folder = target.resolve().parent
    for directory in (folder, *folder.parents):
        candidate = directory / SCHEMA_RELATIVE
        if candidate.is_file() and _is_our_schema(candidate):
            return Path(os.path.relpath(candidate, folder)).as_posix()
        if (directory / ".git").exists():
            break
    return SCHEMA_ID
