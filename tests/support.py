"""Plain helpers shared by the tests (import them with `from support import ...`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from collabagree.checker import check_bytes
from collabagree.findings import FileResult
from collabagree.lint.engine import Selection
from collabagree.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TODAY = date(2026, 11, 23)


def check_text(text: str, name: str = "agreement.yaml", **settings: object) -> FileResult:
    """Check YAML text as a named file, with `today` pinned unless given."""
    settings.setdefault("today", TODAY)
    return check_bytes(name, text.encode("utf-8"), Selection(Settings(**settings)))  # type: ignore[arg-type]
