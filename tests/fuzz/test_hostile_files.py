"""Files that are not what their name says: FIFOs, devices, broken links, huge files.

Issue 12, classes 5 and 9b: `render` read a `z.yaml -> /dev/zero` link until MemoryError,
a FIFO named `*.yaml` made `check` wait forever, and one broken symbolic link in a folder
stopped the whole `check` or `list`. Every command reads through one bounded reader now:
regular files only, at most the size limit. Each such file is one finding (check, list) or
one error line (render), and the rest of the batch goes on.

Everything runs through the real command line with a hard time limit (`cli_bounded`), so a
regression fails the test instead of hanging the suite.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from collabagree.load.reader import MAX_BYTES, FileReadError, read_limited
from support import EXAMPLES
from support.bounded import Outcome, assert_one_line_error, run_bounded

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")

GOOD = "uk-food-bank-funding.yaml"
# file name -> words its one finding or error line must contain
HOSTILE = {
    "pipe.yaml": "a named pipe, not a regular file",
    "zero.yaml": "a character device, not a regular file",
    "gone.yaml": "a broken symbolic link",
    "loop.yaml": "a symbolic link that loops",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """One valid agreement and one of each hostile kind, in `agreements/`."""
    root = tmp_path / "agreements"
    root.mkdir()
    shutil.copy(EXAMPLES / GOOD, root / GOOD)
    os.mkfifo(root / "pipe.yaml")
    (root / "zero.yaml").symlink_to("/dev/zero")
    (root / "gone.yaml").symlink_to(root / "missing.yaml")
    (root / "loop.yaml").symlink_to(root / "loop.yaml")
    return root


def _findings(outcome: Outcome) -> dict[str, list[dict[str, object]]]:
    by_file: dict[str, list[dict[str, object]]] = {}
    for finding in json.loads(outcome.stdout)["findings"]:
        by_file.setdefault(Path(str(finding["path"])).name, []).append(finding)
    return by_file


@pytest.mark.parametrize("jobs", [[], ["--jobs", "2"]])
def test_check_reports_each_unreadable_file_once_and_checks_the_rest(
        folder: Path, jobs: list[str]) -> None:
    outcome = run_bounded("check", str(folder), "-f", "json", "--today", "2026-11-23", *jobs)
    assert outcome.returncode == 1, outcome.stderr
    assert "Traceback" not in outcome.stderr
    report = json.loads(outcome.stdout)
    assert report["files"] == 1 + len(HOSTILE)  # the good file was checked too
    findings = _findings(outcome)
    for name, words in HOSTILE.items():
        (finding,) = findings[name]
        assert finding["code"] == "SCH007" and words in str(finding["message"])
        assert (finding["line"], finding["column"]) == (1, 1)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_check_of_one_named_hostile_file(folder: Path, name: str) -> None:
    outcome = run_bounded("check", str(folder / name), "-f", "concise")
    assert outcome.returncode == 1
    (line,) = outcome.stdout.strip().splitlines()
    assert line.startswith(f"{folder / name}:1:1: SCH007") and HOSTILE[name] in line


@pytest.mark.parametrize("jobs", [[], ["--jobs", "2"]])
def test_render_reports_each_unreadable_file_in_one_line_and_renders_the_rest(
        folder: Path, tmp_path: Path, jobs: list[str]) -> None:
    out = tmp_path / "out"
    outcome = run_bounded("render", str(folder), "--to", "md", "-o", str(out), *jobs)
    assert outcome.returncode == 2
    assert "MemoryError" not in outcome.stderr
    assert_one_line_error(outcome, *(f"{name}: cannot read ({words}" for name, words in HOSTILE.items()))
    assert (out / GOOD.replace(".yaml", ".md")).is_file()
    assert sorted(path.name for path in out.iterdir()) == [GOOD.replace(".yaml", ".md")]


def test_render_of_a_named_device_link(folder: Path, tmp_path: Path) -> None:
    outcome = run_bounded("render", str(folder / "zero.yaml"), "--to", "md", "-o", str(tmp_path))
    assert outcome.returncode == 2
    assert_one_line_error(outcome, "zero.yaml: cannot read (a character device")


def test_list_gives_each_unreadable_file_a_row_with_one_error(folder: Path) -> None:
    outcome = run_bounded("list", str(folder), "-f", "json", "--today", "2026-11-23")
    assert outcome.returncode == 0, outcome.stderr
    rows = {Path(row["path"]).name: row for row in json.loads(outcome.stdout)["agreements"]}
    assert rows[GOOD]["valid"] is True
    for name in HOSTILE:
        assert rows[name]["valid"] is False and rows[name]["errors"] == 1


def test_a_huge_sparse_file_is_refused_by_size_without_being_read(tmp_path: Path) -> None:
    # 4 GiB that take no disk, read with 1 GiB of address space: reading it whole (as render
    # once did) fails with MemoryError.
    huge = tmp_path / "huge.yaml"
    with open(huge, "wb") as handle:
        handle.write(b"collabagree: 1\n")
        handle.truncate(4 * 1024 ** 3)
    for command in (["check", str(huge), "-f", "concise"],
                    ["render", str(huge), "--to", "md", "-o", str(tmp_path / "out")]):
        outcome = run_bounded(*command, timeout=60, memory_limit=1024 ** 3)
        assert outcome.returncode == 1, outcome.stderr
        assert "SCH007" in outcome.stdout and "larger than the 2 MiB limit" in outcome.stdout
    assert not (tmp_path / "out").exists()


def test_read_limited_reads_at_most_one_byte_over_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"x" * (MAX_BYTES + 10_000))
    assert len(read_limited(big)) == MAX_BYTES + 1
    assert read_limited(big, max_bytes=10) == b"x" * 11


def test_read_limited_refuses_a_folder_and_a_device(tmp_path: Path) -> None:
    for path, words in ((tmp_path, "a folder"), (Path("/dev/null"), "a character device")):
        with pytest.raises(FileReadError) as caught:
            read_limited(path)
        assert words in caught.value.reason and "\n" not in caught.value.reason
