"""`collabagree schema --output FILE`: the schema written to a file, atomically."""

from __future__ import annotations

from pathlib import Path

from collabagree.core.atomic import write_atomic
from collabagree.core.errors import UsageError
from collabagree.schema.json_schema import schema_text


def write_schema_file(path: Path) -> None:
    """Write the schema to `path` (a folder that does not exist yet is an error)."""
    if path.is_dir():
        raise UsageError(f"--output {path}: is a folder; name the file to write, e.g. "
                         f"{path / 'agreement.schema.json'}")
    if not path.parent.is_dir():
        raise UsageError(f"--output {path}: the folder {path.parent} does not exist")
    try:
        write_atomic(path, schema_text().encode("utf-8"))
    except OSError as error:
        raise UsageError(f"--output {path}: cannot write ({error.strerror or error})") from None
