"""A render that fails or is refused never leaves half-written files or touches old outputs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import collabagree.render.pdf as pdf_module
from collabagree.render.document import RenderOptions, render_file
from collabagree.render.pandoc_runner import RenderBackendError
from support.render import EXAMPLE_PATHS

SOURCE = EXAMPLE_PATHS[0]


def test_typst_failure_leaves_earlier_outputs_untouched(tmp_path: Path, monkeypatch: Any) -> None:
    out = tmp_path / "out"
    first = render_file(str(SOURCE), RenderOptions(formats=("md", "pdf"), output_dir=out))
    assert first.status == "rendered"
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    for path in out.iterdir():
        path.write_bytes(b"old " + path.name.encode())
    before = {path.name: path.read_bytes() for path in out.iterdir()}

    def fail(*_: object, **__: object) -> bytes:
        raise RenderBackendError("typst failed: simulated")

    monkeypatch.setattr(pdf_module, "typst_to_pdf", fail)
    outcome = render_file(str(SOURCE), RenderOptions(formats=("md", "docx", "pdf"), output_dir=out))
    assert outcome.status == "failed" and "simulated" in (outcome.error or "")
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_pandoc_failure_is_one_line_and_exit_2(tmp_path: Path, run_cli: Any) -> None:
    template_dir = tmp_path / "templates"
    template_dir.mkdir()
    (template_dir / "reference.docx").write_bytes(b"this is not a docx")
    result = run_cli("render", str(SOURCE), "--to", "md,docx", "--output-dir", str(tmp_path / "out"),
                     "--template-dir", str(template_dir))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out" / f"{SOURCE.stem}.md").exists()


def test_reference_errors_refuse_rendering_with_exit_1(tmp_path: Path, run_cli: Any) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    lead = next(line for line in text.splitlines() if line.startswith("lead_agency:"))
    broken.write_text(text.replace(lead, "lead_agency: nobody"), encoding="utf-8")
    ok = tmp_path / "ok.yaml"
    ok.write_text(text, encoding="utf-8")
    result = run_cli("render", str(broken), str(ok), "--to", "md", "--output-dir", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "REF001" in result.stdout
    assert not (tmp_path / "out" / "broken.md").exists() and (tmp_path / "out" / "ok.md").exists()


def test_strict_refuses_any_error(tmp_path: Path) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    source = tmp_path / "strict.yaml"
    source.write_text(text.replace("in_writing: true", "in_writing: false"), encoding="utf-8")
    # A signed agreement with an error renders only with --allow-errors; --strict refuses it even then.
    allowed = RenderOptions(formats=("md",), output_dir=tmp_path, allow_errors=True)
    assert render_file(str(source), allowed).status == "rendered"
    refused = render_file(str(source), RenderOptions(formats=("md",), output_dir=tmp_path / "s", strict=True,
                                                     allow_errors=True))
    assert refused.status == "refused" and any(f.code == "LIF007" for f in refused.findings)


@pytest.mark.parametrize("args", [["--to", "odt"], ["--pdf-standard", "a-9z"], ["--template-dir", "/nonexistent"]])
def test_bad_options_exit_2(run_cli: Any, tmp_path: Path, args: list[str]) -> None:
    result = run_cli("render", str(SOURCE), "--output-dir", str(tmp_path), *args)
    assert result.returncode == 2 and "Traceback" not in result.stderr
