"""Where render writes (issue 12, classes 6 and 9e).

- Two inputs that would be rendered to one file stop the run before anything is written
  (exit 2, one line naming both), serial or with `--jobs`.
- No output may replace an input: `render notes.md --to md`, or an output that is a
  symbolic or hard link to an input.
- The formats of one agreement are replaced together: a failure while renaming (a full
  disk) leaves every old file as it was and no temporary file behind.
- Writing over a symbolic link replaces the link, never its target, and never copies the
  target's mode; no output is ever setuid, setgid or sticky.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest

from collabagree.core import atomic
from collabagree.core.atomic import write_atomic, write_atomic_group
from collabagree.render.document import RenderOptions, render_file
from support.bounded import assert_one_line_error, run_bounded
from support.render import EXAMPLE_PATHS

SOURCE = EXAMPLE_PATHS[0]


def _agreement(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(SOURCE, path)
    return path


@pytest.mark.parametrize("jobs", [[], ["--jobs", "2"]])
def test_two_inputs_to_one_output_file_stop_before_anything_is_written(
        tmp_path: Path, jobs: list[str]) -> None:
    first = _agreement(tmp_path / "a" / "agreement.yaml")
    second = _agreement(tmp_path / "b" / "agreement.yaml")
    out = tmp_path / "out"
    outcome = run_bounded("render", str(first), str(second), "--to", "md", "-o", str(out), *jobs)
    assert outcome.returncode == 2
    assert_one_line_error(outcome, f"{first} and {second} would both be rendered to "
                                   f"{out / 'agreement.md'}")
    assert not out.exists()


def test_a_yaml_and_a_yml_of_one_name_collide_beside_themselves(tmp_path: Path) -> None:
    yaml = _agreement(tmp_path / "plan.yaml")
    yml = _agreement(tmp_path / "plan.yml")
    outcome = run_bounded("render", str(tmp_path), "--to", "md,html")
    assert outcome.returncode == 2
    assert_one_line_error(outcome, f"{yaml} and {yml} would both be rendered to")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["plan.yaml", "plan.yml"]


def test_two_folders_into_one_output_dir_collide_even_through_a_linked_folder(tmp_path: Path) -> None:
    _agreement(tmp_path / "a" / "x.yaml")
    _agreement(tmp_path / "b" / "x.yaml")
    (tmp_path / "out").mkdir()
    (tmp_path / "alias").symlink_to(tmp_path / "out")
    # -o alias and the second input's folder are different spellings of paths; only the
    # folder the files land in matters.
    outcome = run_bounded("render", str(tmp_path / "a"), str(tmp_path / "b"), "--to", "md",
                          "-o", str(tmp_path / "alias"))
    assert outcome.returncode == 2 and "would both be rendered to" in outcome.stderr
    assert list((tmp_path / "out").iterdir()) == []


def test_render_never_overwrites_its_own_markdown_input(tmp_path: Path) -> None:
    source = _agreement(tmp_path / "agreement.md")
    before = source.read_bytes()
    outcome = run_bounded("render", str(source), "--to", "md")
    assert outcome.returncode == 2
    assert_one_line_error(outcome, f"would overwrite the input {source}")
    assert source.read_bytes() == before


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_an_output_that_is_a_link_to_an_input_is_refused(tmp_path: Path, link: str) -> None:
    source = _agreement(tmp_path / "agreement.yaml")
    before = source.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    output = out / "agreement.md"
    if link == "symbolic":
        output.symlink_to(source)
    else:
        os.link(source, output)
    outcome = run_bounded("render", str(source), "--to", "md,html", "-o", str(out))
    assert outcome.returncode == 2
    assert_one_line_error(outcome, f"its output {output} would overwrite the input {source}")
    assert source.read_bytes() == before and sorted(os.listdir(out)) == ["agreement.md"]


def test_render_file_alone_also_refuses_to_write_over_its_input(tmp_path: Path) -> None:
    source = _agreement(tmp_path / "agreement.md")
    before = source.read_bytes()
    outcome = render_file(str(source), RenderOptions(formats=("md",)))
    assert outcome.status == "failed" and "would overwrite the input" in (outcome.error or "")
    assert source.read_bytes() == before


def _old_outputs(out: Path) -> dict[str, bytes]:
    first = render_file(str(SOURCE), RenderOptions(formats=("md", "html"), output_dir=out))
    assert first.status == "rendered", first.error
    for path in out.iterdir():
        path.write_bytes(b"old " + path.name.encode())
    return {path.name: path.read_bytes() for path in out.iterdir()}


@pytest.mark.parametrize("failing_call", [1, 2])
def test_a_failed_rename_leaves_every_old_output_and_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_call: int) -> None:
    out = tmp_path / "out"
    before = _old_outputs(out)
    real_replace = os.replace
    calls: list[str] = []

    def replace_failing_once(source: Any, destination: Any) -> None:
        calls.append(str(destination))
        if len(calls) == failing_call:
            raise OSError(28, "No space left on device")
        real_replace(source, destination)

    monkeypatch.setattr(atomic.os, "replace", replace_failing_once)
    outcome = render_file(str(SOURCE), RenderOptions(formats=("md", "html"), output_dir=out))
    assert outcome.status == "failed" and "No space left on device" in (outcome.error or "")
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_a_full_disk_while_writing_temporaries_touches_no_old_output(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    before = _old_outputs(out)
    real_fsync = os.fsync
    calls: list[int] = []

    def fsync_failing_second(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync_failing_second)
    outcome = render_file(str(SOURCE), RenderOptions(formats=("md", "html"), output_dir=out))
    assert outcome.status == "failed"
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_a_group_of_new_files_is_removed_again_when_a_rename_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace
    calls: list[str] = []

    def second_fails(source: Any, destination: Any) -> None:
        calls.append(str(destination))
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_replace(source, destination)

    monkeypatch.setattr(atomic.os, "replace", second_fails)
    with pytest.raises(OSError):
        write_atomic_group({tmp_path / "a.md": b"a", tmp_path / "a.pdf": b"b", tmp_path / "a.html": b"c"})
    assert list(tmp_path.iterdir()) == []


def test_writing_over_a_symlink_replaces_the_link_and_never_copies_a_setuid_mode(tmp_path: Path) -> None:
    target = tmp_path / "passwd"
    target.write_bytes(b"root:x:0:0\n")
    target.chmod(0o4755)
    if not target.stat().st_mode & stat.S_ISUID:
        pytest.skip("this filesystem does not keep setuid bits")
    link = tmp_path / "agreement.pdf"
    link.symlink_to(target)
    write_atomic(link, b"%PDF")
    assert not link.is_symlink() and link.read_bytes() == b"%PDF"
    assert target.read_bytes() == b"root:x:0:0\n" and target.stat().st_mode & 0o7777 == 0o4755
    mode = link.stat().st_mode
    assert not mode & (stat.S_ISUID | stat.S_ISGID | stat.S_ISVTX)
    assert not mode & 0o111  # the target's execute bits were not copied either


def test_a_replaced_regular_file_keeps_its_permissions_but_loses_special_bits(tmp_path: Path) -> None:
    path = tmp_path / "agreement.md"
    path.write_bytes(b"old")
    path.chmod(0o6750)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and path.stat().st_mode & 0o7777 == 0o750


@pytest.mark.parametrize("command", [["check", "-f", "json"], ["list", "-f", "csv"]])
@pytest.mark.parametrize("link", [None, "symbolic"])
def test_a_report_file_never_replaces_an_agreement(tmp_path: Path, command: list[str],
                                                   link: str | None) -> None:
    source = _agreement(tmp_path / "agreement.yaml")
    before = source.read_bytes()
    output = source
    if link is not None:
        output = tmp_path / "report.json"
        output.symlink_to(source)
    outcome = run_bounded(*command, str(source), "-o", str(output))
    assert outcome.returncode == 2
    assert_one_line_error(outcome, f"--output-file {output} would overwrite the input {source}")
    assert source.read_bytes() == before
