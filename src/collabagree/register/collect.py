"""Walk, check and collect the register: the same discovery and parallel batches as `check`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from collabagree.check.runner import discover_targets, map_targets
from collabagree.check.settings import Settings
from collabagree.lint.engine import Selection
from collabagree.register.build import build_row
from collabagree.register.row import RegisterRow, sort_key


@dataclass(frozen=True)
class Register:
    """The rows of one `list` run, sorted, and the date they were computed for."""

    today: date
    rows: tuple[RegisterRow, ...]


def collect_register(paths: list[str], settings: Settings) -> Register:
    """Check every agreement under `paths` and return its row, sorted by next review date
    (agreements without one last), then by path.

    YAML files that are not agreements are skipped silently, named or found by walking.
    `today` is fixed here once, so every worker uses the same date even across midnight.
    """
    today = settings.effective_today
    settings = replace(settings, today=today, skip_non_agreements=True)
    targets = discover_targets(paths, settings)
    Selection(settings).enabled  # noqa: B018 - validate selectors before any work starts
    rows = [row for row in map_targets(build_row, targets, settings) if row is not None]
    rows.sort(key=sort_key)
    return Register(today, tuple(rows))
