"""Golden files: each example's Markdown and HTML must match the committed expected output.

Regenerate after an intended change with `UPDATE_GOLDEN=1 python -m pytest tests/render`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from support.render import EXAMPLE_PATHS, Rendered

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "render"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("extension", ["md", "html"])
@pytest.mark.parametrize("stem", [path.stem for path in EXAMPLE_PATHS])
def test_matches_golden(rendered: dict[str, Rendered], stem: str, extension: str) -> None:
    actual = rendered[stem].outputs[extension].read_bytes()
    golden = GOLDEN / f"{stem}.{extension}"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(actual)
    assert golden.exists(), f"no golden file {golden.name}: run with UPDATE_GOLDEN=1"
    assert actual == golden.read_bytes(), f"{stem}.{extension} differs from {golden}"
