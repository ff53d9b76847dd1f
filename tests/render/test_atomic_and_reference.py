"""Atomic writes, and the committed reference.docx matching its generator."""

from __future__ import annotations

import importlib.util
import io
import os
import zipfile
from pathlib import Path

import pytest

from collabagree.core import atomic
from collabagree.core.atomic import write_atomic
from support.backends import REFERENCE_DOCX

TOOL = Path(__file__).resolve().parents[2] / "tools" / "make_reference_docx.py"


def test_write_atomic_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    write_atomic(target, b"one")
    assert target.read_bytes() == b"one"
    target.chmod(0o640)
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert target.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["out.pdf"]


def test_write_atomic_failure_keeps_old_file_and_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.docx"]


def test_write_atomic_into_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_atomic(tmp_path / "nope" / "x.html", b"x")


@pytest.mark.skipif(not TOOL.is_file(), reason="tools/ is not shipped in the wheel")
def test_reference_docx_matches_its_generator() -> None:
    spec = importlib.util.spec_from_file_location("make_reference_docx", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = zipfile.ZipFile(io.BytesIO(module.build_reference_docx()))
    committed = zipfile.ZipFile(REFERENCE_DOCX)
    # Compare the parts, not the ZIP bytes, so a different zlib cannot fail the test.
    assert built.namelist() == committed.namelist()
    for name in built.namelist():
        assert built.read(name) == committed.read(name), name
