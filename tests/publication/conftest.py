"""Render the public version of every example once per session, to every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import EXAMPLES
from support.check import run


@pytest.fixture(scope="session")
def public_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("public")
    result = run("render", "--public", "--to", "md,html,docx,pdf", "--output-dir", str(out),
                 *sorted(str(path) for path in EXAMPLES.glob("*.yaml")))
    assert result.code == 0, result.out + result.err
    return out
