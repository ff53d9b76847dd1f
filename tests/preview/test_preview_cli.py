"""`preview` and `lsp` on the command line: bad options are one line and exit 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.mark.parametrize(("args", "expected"), [
    (["preview", "nowhere.yaml"], "nowhere.yaml: does not exist"),
    (["preview", "."], ".: is not a file"),
    (["preview", "--port", "http", "a.yaml"], "--port 'http': not a port number"),
    (["preview", "--port", "99999", "a.yaml"], "--port '99999': not a port number"),
])
def test_bad_preview_options_are_one_line(run_cli: Any, tmp_path: Path, args: list[str], expected: str) -> None:
    (tmp_path / "a.yaml").write_text("collabagree: 1\n", encoding="utf-8")
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_help_of_the_new_commands(run_cli: Any) -> None:
    for command, option in (("preview", "--no-browser"), ("lsp", "--stdio"), ("schema", "--output")):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and option in result.stdout
