"""The core of `collabagree archive`: bags written, or bags verified, and the exit code."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from collabagree.check.discovery import discover
from collabagree.core.errors import UsageError
from collabagree.core.findings import FileResult
from collabagree.core.text import no_agreements
from collabagree.core.visible import visible


def run_archive_command(paths: list[str], output_dir: Path | None, verify: bool,
                        stdout: TextIO, stderr: TextIO) -> int:
    """Archive each agreement (0 all archived, 1 any refused, 2 any failed), or with
    `verify` validate each bag (0 all valid, 1 any changed)."""
    if verify:
        return _verify(paths, stdout)
    if output_dir is None:
        raise UsageError("archive: --output-dir DIR is required (where the bags go)")
    from collabagree.check.pipeline import mentions_agreement_key
    from collabagree.load.reader import read_limited
    from collabagree.publication.archive import archive_file

    named = {str(Path(p)) for p in paths}
    targets = [t.path for t in discover(paths)
               if t.path in named or mentions_agreement_key(read_limited(t.path))]
    if not targets:
        stdout.write(no_agreements())
        return 0
    stems: dict[str, str] = {}
    for path in targets:
        first = stems.setdefault(Path(path).stem, path)
        if first != path:
            raise UsageError(f"{first} and {path} would both be archived to {output_dir / Path(path).stem}; "
                             "archive them into different --output-dir folders or rename one")
    outcomes = [archive_file(path, output_dir) for path in targets]
    refused = [o for o in outcomes if o.status == "refused"]
    if refused:
        from collabagree.check.settings import Settings
        from collabagree.report.base import get_reporter
        from collabagree.report.model import Report

        get_reporter("full", Settings()).write(Report([FileResult(o.path, o.findings) for o in refused]), stdout)
    for outcome in outcomes:
        if outcome.status == "failed":
            stderr.write(f"collabagree: error: {visible(str(outcome.error))}\n")
        elif outcome.status == "archived":
            stdout.write(f"{visible(outcome.path)} -> {visible(str(outcome.bag))}\n")
    done = sum(1 for o in outcomes if o.status == "archived")
    stdout.write(f"Archived {done} of {len(outcomes)} agreement{'s' if len(outcomes) != 1 else ''}"
                 + (f"; {len(refused)} refused" if refused else "") + ".\n")
    if any(o.status == "failed" for o in outcomes):
        return 2
    return 1 if refused else 0


def _verify(paths: list[str], stdout: TextIO) -> int:
    from collabagree.publication.verify import find_bags, verify_bag

    bags = [bag for path in paths for bag in find_bags(Path(path))]
    bad = 0
    for bag in bags:
        problems = verify_bag(bag)
        if problems:
            bad += 1
            for problem in problems:
                stdout.write(f"{visible(str(bag))}: {visible(problem)}\n")
        else:
            stdout.write(f"{visible(str(bag))}: valid\n")
    stdout.write(f"Verified {len(bags)} bag{'s' if len(bags) != 1 else ''}"
                 + (f"; {bad} changed" if bad else ", all valid") + ".\n")
    return 1 if bad else 0
