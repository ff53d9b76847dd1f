"""The built wheel carries templates, examples and schemas and works from anywhere."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from support import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "-w", str(out), str(ROOT)], check=True, timeout=600)
    wheels = list(out.glob("collabagree-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_contains_the_data_folders(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for folder in ("templates", "examples", "schemas"):
        shipped = [name for name in names if name.startswith(f"collabagree/_data/{folder}/")]
        on_disk = [path for path in (ROOT / folder).rglob("*") if path.is_file()]
        assert len(shipped) == len(on_disk) > 0, folder
    for asset in ("page.html", "preview.js", "preview.css"):  # what `preview` serves
        assert f"collabagree/preview/assets/{asset}" in names, asset


def test_installed_wheel_runs_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)],
                   check=True, timeout=600)
    # The dependencies come from the environment running the tests (no network needed);
    # a .pth file appends them after the new venv's own site-packages, so collabagree
    # itself is imported from the wheel just installed.
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    outer = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    Path(purelib, "outer-deps.pth").write_text("\n".join(sorted(outer)) + "\n")
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    env = {**os.environ, "PYTHONPATH": ""}
    where = subprocess.run([str(python), "-c", "import collabagree; print(collabagree.__file__)"],
                           capture_output=True, text=True, cwd=workdir, env=env, check=True).stdout
    assert where.startswith(str(venv))
    script = venv / "bin" / "collabagree"
    result = subprocess.run([str(script), "check", str(ROOT / "examples"), "--today", "2026-11-23"],
                            capture_output=True, text=True, cwd=workdir, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    shipped = subprocess.run([str(python), "-c",
                              "from collabagree.core.resources import data_dir; print(data_dir('examples'))"],
                             capture_output=True, text=True, cwd=workdir, env=env, check=True).stdout.strip()
    assert shipped.startswith(str(venv)) and len(list(Path(shipped).glob("*.yaml"))) >= 5
    # `init` outside any checkout points the modeline at the schema installed with the wheel.
    made = subprocess.run([str(script), "init", "--no-input", "new.yaml"], capture_output=True, text=True,
                          cwd=workdir, env=env, timeout=600)
    assert made.returncode == 0, made.stderr
    first = (workdir / "new.yaml").read_text(encoding="utf-8").splitlines()[0]
    schema = Path(venv).resolve().as_uri()
    assert first.startswith(f"# yaml-language-server: $schema={schema}/") and first.endswith(
        "/collabagree/_data/schemas/agreement.schema.json"), first
