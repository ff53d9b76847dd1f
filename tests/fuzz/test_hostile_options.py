"""The smaller hostile cases of issue 12, class 9, through the real command line.

- (a) a broken `pyproject.toml` (deep nesting, invalid UTF-8) is exit 2 and one line, not
  an internal error;
- (c) Ctrl-C during a parallel run is exit 130 and one line, no worker tracebacks;
- (d) `--jobs` is capped at the CPU count, with a one-line note;
- (f) every locale the schema accepts renders to PDF (the others are SCH005: see the
  `locale-*` files of the hostile corpus).
"""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from collabagree.check.runner import available_cpus, decide_jobs
from collabagree.model.enums import Locale, values
from collabagree.render.batch import decide_render_jobs
from support import EXAMPLES
from support.bounded import assert_one_line_error, finish, run_bounded, start

GOOD = EXAMPLES / "uk-food-bank-funding.yaml"

BROKEN_PYPROJECTS = {
    "deep-arrays": ("a = " + "[" * 5000 + "]" * 5000 + "\n").encode(),
    "deep-inline-tables": ("a = " + "{b=" * 3000 + "1" + "}" * 3000 + "\n").encode(),
    "invalid-utf8": b"[tool.collabagree]\nselect = [\"\xff\xfe\"]\n",
    "utf16": "[tool.collabagree]\nselect = []\n".encode("utf-16"),
    "nul-byte": b"[tool.collabagree]\nselect = [\"A\x00\"]\n",
    "unterminated": b"[tool.collabagree\nselect = [",
}


@pytest.mark.parametrize("name", sorted(BROKEN_PYPROJECTS))
@pytest.mark.parametrize("command", ["check", "list"])
def test_a_broken_pyproject_is_one_line_and_exit_2(tmp_path: Path, name: str, command: str) -> None:
    (tmp_path / ".git").mkdir()  # the repository root: discovery stops here
    (tmp_path / "pyproject.toml").write_bytes(BROKEN_PYPROJECTS[name])
    shutil.copy(GOOD, tmp_path / "agreement.yaml")
    outcome = run_bounded(command, str(tmp_path))
    assert outcome.returncode == 2
    assert "internal error" not in outcome.stderr
    assert_one_line_error(outcome, "pyproject.toml")
    assert len(outcome.stderr.strip().splitlines()) == 1


def test_a_config_that_is_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pyproject.toml")
    outcome = run_bounded("check", str(GOOD), "--config", str(tmp_path / "pyproject.toml"))
    assert outcome.returncode == 2
    assert_one_line_error(outcome, "not a regular file")


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(part) for part in text.split()]


def _interrupt_when(process: object, ready: object, deadline: float = 60) -> None:
    """Send SIGINT to the whole process group (what Ctrl-C in a terminal does) once
    `ready()` holds."""
    end = time.monotonic() + deadline
    while time.monotonic() < end and not ready():  # type: ignore[operator]
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # type: ignore[attr-defined]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or available_cpus() < 2,
                    reason="needs /proc and two CPUs")
def test_ctrl_c_during_a_parallel_render_is_exit_130_and_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "agreements"
    folder.mkdir()
    for number in range(40):
        shutil.copy(GOOD, folder / f"agreement-{number:02}.yaml")
    out = tmp_path / "out"
    process = start("render", str(folder), "--to", "md,html,docx", "-o", str(out), "-j", "2")
    # Interrupt once the workers are busy: the first documents have been written.
    _interrupt_when(process, lambda: out.is_dir() and any(out.iterdir()))
    outcome = finish(process, 120, "render interrupted")
    assert outcome.returncode == 130, outcome.stderr[-2000:]
    assert "Traceback" not in outcome.stderr and "KeyboardInterrupt" not in outcome.stderr
    assert outcome.stderr.strip().splitlines() == ["collabagree: interrupted"]
    names = os.listdir(out)
    assert names and len(names) < 40 * 3  # stopped part-way...
    assert not [name for name in names if name.startswith(".")]  # ...with no temporary files


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or available_cpus() < 2,
                    reason="needs /proc and two CPUs")
def test_ctrl_c_during_a_parallel_check_is_exit_130_and_one_line(tmp_path: Path) -> None:
    for number in range(400):
        shutil.copy(GOOD, tmp_path / f"agreement-{number:03}.yaml")
    process = start("check", str(tmp_path), "-j", "2", "-f", "concise")
    _interrupt_when(process, lambda: len(_children(process.pid)) >= 2)
    outcome = finish(process, 120, "check interrupted")
    assert outcome.returncode == 130, outcome.stderr[-2000:]
    assert outcome.stderr.strip().splitlines() == ["collabagree: interrupted"]


@pytest.mark.parametrize("command", [["check"], ["list"], ["render", "--to", "md"]])
def test_jobs_beyond_the_cpus_are_capped_with_one_note(tmp_path: Path, command: list[str]) -> None:
    shutil.copy(GOOD, tmp_path / "agreement.yaml")
    args = [*command, str(tmp_path / "agreement.yaml"), "-j", "1000"]
    if command[0] == "render":
        args += ["-o", str(tmp_path / "out")]
    outcome = run_bounded(*args)
    assert outcome.returncode in (0, 1), outcome.stderr
    cpus = available_cpus()
    plural = "s" if cpus != 1 else ""
    note = f"collabagree: note: --jobs 1000 is more than the {cpus} CPU{plural} available; using {cpus}"
    assert outcome.stderr.splitlines() == [note]


def test_job_counts_never_exceed_the_cpus() -> None:
    cpus = available_cpus()
    assert decide_jobs(1000, 10_000) == cpus and decide_render_jobs(1000, 50) == cpus
    assert decide_jobs(1, 10_000) == 1 and decide_render_jobs(None, 1) == 1


@pytest.mark.parametrize("command", ["check", "list", "render"])
def test_help_says_jobs_are_capped(command: str) -> None:
    outcome = run_bounded(command, "--help")
    assert "at most the number of CPUs" in " ".join(outcome.stdout.split())


@pytest.mark.parametrize("locale", values(Locale))
def test_every_accepted_locale_renders_to_pdf(tmp_path: Path, locale: str) -> None:
    text = GOOD.read_text(encoding="utf-8")
    assert "\n  locale: en-GB\n" in text
    source = tmp_path / "agreement.yaml"
    source.write_text(text.replace("\n  locale: en-GB\n", f"\n  locale: {locale}\n"), encoding="utf-8")
    outcome = run_bounded("render", str(source), "--to", "pdf", "-o", str(tmp_path), timeout=180)
    assert outcome.returncode == 0, outcome.stderr
    assert (tmp_path / "agreement.pdf").stat().st_size > 1000
