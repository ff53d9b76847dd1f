"""One frozen `Settings` for a run: defaults < config file < command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from collabagree.core.findings import Severity

DEFAULT_EXCLUDES: tuple[str, ...] = (".git", ".venv", "venv", "node_modules")


@dataclass(frozen=True)
class Settings:
    """Everything that shapes a `check` run."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: Severity = Severity.ERROR
    exit_zero: bool = False
    exclude: tuple[str, ...] = ()
    profiles: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    today: date | None = None
    output_format: str = "full"
    output_file: Path | None = None
    jobs: int | None = None
    skip_non_agreements: bool = False
    statistics: bool = False
    coverage: bool = False
    todo: bool = False
    config_path: Path | None = None
    against: str | None = None
    """`--against REV`: compare each file with its version at this git revision."""
    extra: dict[str, object] = field(default_factory=dict, compare=False)

    @property
    def effective_today(self) -> date:
        """`--today`, else the system date."""
        return self.today or date.today()
