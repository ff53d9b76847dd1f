"""Check an open document exactly as `collabagree check FILE` would check the saved file.

The configuration that applies to the file's path is found as `check` finds it and read
again only when it changes (by path and modification time), so a change in the editor
costs one check and a few `stat` calls.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from collabagree.check.config import find_config, load_config
from collabagree.check.pipeline import check_bytes
from collabagree.core.findings import FileResult
from collabagree.lint.engine import Selection

YAML_SUFFIXES: tuple[str, ...] = (".yaml", ".yml")


@dataclass(frozen=True)
class _Cached:
    key: tuple[str | None, int]
    selection: Selection


class DocumentChecker:
    """Checks document texts; remembers the selection of each configuration file."""

    def __init__(self) -> None:
        self._by_config: dict[str | None, _Cached] = {}

    def selection_for(self, path: str) -> Selection:
        """The rule selection for `path`; raises `ConfigError` for an unusable configuration."""
        found = find_config(Path(path))
        name = str(found) if found is not None else None
        try:
            stamp = os.stat(found).st_mtime_ns if found is not None else 0
        except OSError:
            stamp = -1
        cached = self._by_config.get(name)
        if cached is None or cached.key != (name, stamp):
            settings = load_config(found, [path])
            cached = _Cached((name, stamp), Selection(settings))
            self._by_config[name] = cached
        return cached.selection

    def check(self, path: str, text: str) -> FileResult:
        """The findings for `text` as the content of `path`; non-agreements give none.

        The document counts as found by walking a folder (`named=False`): YAML files that
        are not agreements are skipped quietly instead of being reported as SCH006.
        """
        return check_bytes(path, text.encode("utf-8"), self.selection_for(path), named=False)


def is_yaml_document(uri: str, language_id: str | None) -> bool:
    """Whether a document is YAML, by its language id or its name."""
    return bool(language_id and language_id.lower().startswith("yaml")) or (
        uri.lower().split("?", 1)[0].endswith(YAML_SUFFIXES))
