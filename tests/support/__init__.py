"""Plain helpers shared by the tests (import them with `from support import ...`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.core.findings import FileResult
from collabagree.lint.engine import Selection

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TODAY = date(2026, 11, 23)


def check_text(text: str, name: str = "agreement.yaml", **settings: object) -> FileResult:
    """Check YAML text as a named file, with `today` pinned unless given."""
    settings.setdefault("today", TODAY)
    return check_bytes(name, text.encode("utf-8"), Selection(Settings(**settings)))  # type: ignore[arg-type]

#: A small valid MoU, for tests that need one file without schema errors.
VALID = """\
collabagree: 1
agreement:
  title: Joint Food Plan
  type: mou
  jurisdiction: UK-ENG
parties:
  - id: council
    name: Kestrel Vale Borough Council
    kind: local_government
    contact: {role: Partnership Officer}
  - id: foodbank
    name: Kestrel Vale Food Bank
    kind: charity
purpose:
  statement: To work together on food.
term:
  start: 2026-04-01
  end: 2029-03-31
"""
