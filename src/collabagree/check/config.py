"""Configuration files: `--config PATH`, else `.collabagree.yaml`, else `[tool.collabagree]`.

Discovery starts at the first checked path (or the current folder) and walks upward to the
repository root (a folder holding `.git`) or the filesystem root. The nearest
`.collabagree.yaml` wins; only when there is none does the nearest `pyproject.toml` with a
`[tool.collabagree]` table apply. Every key and value is validated here, so a typo is one
clear line (exit 2) naming the file, the key and, for YAML, the line.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from collabagree.check.settings import Settings
from collabagree.core.errors import ConfigError, UsageError
from collabagree.core.findings import Severity
from collabagree.lint.registry import resolve_selector
from collabagree.model.enums import Profile, values
from collabagree.report.formats import OUTPUT_FORMATS

FORMAT_VARIABLE = "COLLABAGREE_OUTPUT_FORMAT"
CONFIG_NAME = ".collabagree.yaml"
PYPROJECT_NAME = "pyproject.toml"
KNOWN_KEYS: tuple[str, ...] = (
    "select", "extend-select", "ignore", "per-file-ignores", "fail-on", "exclude", "profiles",
    "severity",
)


def load_config(explicit: Path | None, paths: list[str]) -> Settings:
    """Settings from the configuration file that applies, or the defaults.

    Raises `ConfigError` for a missing `--config` file, unreadable TOML or YAML, an unknown
    key or a bad value.
    """
    if explicit is not None:
        if not explicit.is_file():
            problem = "not a regular file" if explicit.exists() else "no such file"
            raise ConfigError(f"--config {explicit}: {problem}")
        return _settings_from_file(explicit)
    found = find_config(Path(paths[0]) if paths else Path.cwd())
    return Settings() if found is None else _settings_from_file(found)


def format_from_environment() -> str | None:
    """`check`'s default output format from `COLLABAGREE_OUTPUT_FORMAT` (unset or empty: None).

    Raises `UsageError` naming the variable when it holds an unknown format.
    """
    value = os.environ.get(FORMAT_VARIABLE, "").strip().lower()
    if not value:
        return None
    if value not in OUTPUT_FORMATS:
        raise UsageError(f"{FORMAT_VARIABLE}={value!r} is not an output format "
                         f"(choose from {', '.join(OUTPUT_FORMATS)})")
    return value


def find_config(start: Path) -> Path | None:
    """The configuration file that applies to `start` (a file or folder), or None."""
    folders = list(_folders_upward(start))
    for folder in folders:
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    for folder in folders:
        candidate = folder / PYPROJECT_NAME
        if candidate.is_file() and _pyproject_table(candidate) is not None:
            return candidate
    return None


def _folders_upward(start: Path) -> Iterator[Path]:
    """`start`'s folder and its parents, up to and including the repository root."""
    folder = start.absolute()
    while not folder.is_dir():  # a file, or a path that does not exist (yet)
        if folder.parent == folder:
            return
        folder = folder.parent
    while True:
        yield folder
        if (folder / ".git").exists() or folder.parent == folder:
            return
        folder = folder.parent


def _pyproject_table(path: Path) -> dict[str, Any] | None:
    """`[tool.collabagree]` of a pyproject.toml, or None when it has none."""
    table = _read_toml(path).get("tool", {}).get("collabagree")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.collabagree] must be a table")
    return table


def _read_config_bytes(path: Path) -> bytes:
    """A configuration file's bytes, read like an agreement: within the size limit, and
    never from a FIFO or device."""
    from collabagree.load.reader import MAX_BYTES, FileReadError, read_limited

    try:
        raw = read_limited(path)
    except FileReadError as error:
        raise ConfigError(f"{path}: cannot read ({error.reason})") from None
    if len(raw) > MAX_BYTES:
        raise ConfigError(f"{path}: larger than the {MAX_BYTES // (1024 * 1024)} MiB limit")
    return raw


def _read_toml(path: Path) -> dict[str, Any]:
    raw = _read_config_bytes(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ConfigError(f"{path}:{line}: not valid TOML (not UTF-8: byte "
                          f"0x{raw[error.start]:02x}); save it as UTF-8") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib's messages name the problem and its line and column, never the content.
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    except RecursionError:
        raise ConfigError(f"{path}: not usable TOML (arrays or tables nested too deeply)") from None


def _settings_from_file(path: Path) -> Settings:
    if path.suffix == ".toml":
        # pyproject.toml holds our table under [tool.collabagree]; a dedicated TOML file given
        # with --config may hold the keys at its top level instead.
        table = _pyproject_table(path)
        if table is None:
            table = _read_toml(path) if path.name != PYPROJECT_NAME else {}
        where = "[tool.collabagree]" if path.name == PYPROJECT_NAME else ""
        return parse_config(table, path, lambda key: f"{path}: {where}{' ' if where else ''}key '{key}'")
    return _settings_from_yaml(path)


def _settings_from_yaml(path: Path) -> Settings:
    # The agreement loader is safe (no tags, bounded aliases) and records every key's line.
    from collabagree.load.reader import load_bytes

    loaded = load_bytes(str(path), _read_config_bytes(path))
    if loaded.findings:
        problem = loaded.findings[0]
        raise ConfigError(f"{path}:{problem.span.line}: not usable YAML: {problem.message}")
    if loaded.data is None:
        return replace(Settings(), config_path=path)
    if not isinstance(loaded.data, dict):
        raise ConfigError(f"{path}: the configuration must be a mapping of keys such as 'select'")

    def where(key: str) -> str:
        line = loaded.positions.key_span((key,)).line
        return f"{path}:{line}: key '{key}'"

    return parse_config(loaded.data, path, where)


def parse_config(table: dict[str, Any], path: Path, where: Callable[[str], str]) -> Settings:
    """Validate a configuration mapping and turn it into `Settings`.

    `where(key)` names the file, line and key for error messages.
    """
    changes: dict[str, Any] = {"config_path": path}
    for key, value in table.items():
        if key not in KNOWN_KEYS:
            raise ConfigError(f"{where(str(key))}: unknown key (known keys: {', '.join(KNOWN_KEYS)})")
        field = key.replace("-", "_")
        if key in ("select", "extend-select", "ignore"):
            changes[field] = _selectors(value, where(key))
        elif key == "exclude":
            changes[field] = _strings(value, where(key), "glob patterns")
        elif key == "fail-on":
            changes[field] = _severity(value, where(key))
        elif key == "profiles":
            changes[field] = _profiles(value, where(key))
        elif key == "per-file-ignores":
            changes[field] = _per_file_ignores(value, where(key))
        else:
            changes[field] = _severity_overrides(value, where(key))
    return replace(Settings(), **changes)


def _strings(value: Any, where: str, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise ConfigError(f"{where}: must be a list of {what}")
    return tuple(item.strip() for item in value)


def _selectors(value: Any, where: str) -> tuple[str, ...]:
    selectors = _strings(value, where, "rule codes, names or prefixes (e.g. [PTY002, INF])")
    for selector in selectors:
        _check_selector(selector, where)
    return selectors


def _check_selector(selector: str, where: str) -> set[str]:
    try:
        return resolve_selector(selector)
    except UsageError as error:
        raise ConfigError(f"{where}: {error}") from None


def _severity(value: Any, where: str) -> Severity:
    if isinstance(value, str):
        try:
            return Severity.parse(value)
        except ValueError:
            pass
    raise ConfigError(f"{where}: {value!r} is not error, warning or info")


def _profiles(value: Any, where: str) -> tuple[str, ...]:
    known = values(Profile)
    profiles = _strings(value, where, "profile names")
    for name in profiles:
        if name not in known:
            raise ConfigError(f"{where}: unknown profile '{name}' (choose from {', '.join(known)})")
    return profiles


def _per_file_ignores(value: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: must map glob patterns to lists of rule codes")
    entries: list[tuple[str, tuple[str, ...]]] = []
    for pattern, selectors in value.items():
        entries.append((str(pattern), _selectors(selectors, f"{where}, pattern '{pattern}'")))
    return tuple(entries)


def _severity_overrides(value: Any, where: str) -> tuple[tuple[str, Severity], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: must map rule codes or names to error, warning or info")
    overrides: list[tuple[str, Severity]] = []
    for selector, level in value.items():
        selector = str(selector)
        if all(code.startswith("SCH") for code in _check_selector(selector, where)):
            raise ConfigError(f"{where}: '{selector}': schema findings are always errors")
        overrides.append((selector, _severity(level, f"{where}, '{selector}'")))
    return tuple(overrides)
