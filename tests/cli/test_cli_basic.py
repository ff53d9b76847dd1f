"""The command line as a user meets it: version, exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from collabagree import __version__
from support import EXAMPLES, VALID


def test_version(run_cli: Any) -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"collabagree {__version__}"


def test_help_lists_the_commands(run_cli: Any) -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("check", "schema", "rules", "rule"):
        assert command in result.stdout


def test_examples_check_clean_from_another_directory(run_cli: Any, tmp_path: Path) -> None:
    result = run_cli("check", str(EXAMPLES), "--today", "2026-11-23", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_schema_problems_exit_1_with_the_position(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(VALID.replace("type: mou", "type: memo"), encoding="utf-8")
    result = run_cli("check", str(path), "--output-format", "json")
    assert result.returncode == 1
    assert '"code": "SCH005"' in result.stdout and '"line": 4' in result.stdout


def test_missing_path_is_exit_2_with_one_line(run_cli: Any, tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path / "nowhere.yaml"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "no such file" in result.stderr and "Traceback" not in result.stderr


def test_bad_option_value_is_exit_2(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(VALID, encoding="utf-8")
    for args in (["--fail-on", "fatal"], ["--select", "NOPE999"], ["--today", "soon"],
                 ["--output-format", "xml"]):
        result = run_cli("check", str(path), *args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr


def test_hostile_yaml_is_a_finding_not_a_traceback(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "evil.yaml"
    path.write_text("collabagree: 1\nagreement: !!python/object/apply:os.system ['touch pwned']\n")
    result = run_cli("check", str(path), cwd=tmp_path)
    assert result.returncode == 1
    assert "SCH007" in result.stdout and not (tmp_path / "pwned").exists()


def test_unreadable_file_is_exit_2(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    (folder / "inner.txt").write_text("x")
    result = run_cli("check", str(tmp_path / "folder.yaml" / "inner.txt" / "x.yaml"))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_internal_errors_are_one_line_unless_debug(tmp_path: Path, monkeypatch: Any, capsys: Any) -> None:
    import collabagree.check.runner as runner
    from collabagree.cli.app import app
    from collabagree.cli.errors import run_guarded

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(runner, "discover", explode)
    code = run_guarded(lambda: app(["check", str(tmp_path)], prog_name="collabagree"), [])
    captured = capsys.readouterr()
    assert code == 2
    assert "internal error: RuntimeError: boom" in captured.err and "Traceback" not in captured.err
    code = run_guarded(lambda: app(["--debug", "check", str(tmp_path)], prog_name="collabagree"), ["--debug"])
    assert code == 2 and "Traceback" in capsys.readouterr().err
