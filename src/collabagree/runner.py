"""Check many files, in parallel processes when there are enough of them to pay."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from functools import partial
from typing import TypeVar

from collabagree.checker import check_file
from collabagree.files import Target, discover
from collabagree.findings import FileResult
from collabagree.lint.engine import Selection
from collabagree.report.model import Report
from collabagree.settings import Settings

# Below this many files, starting worker processes costs more than it saves (bench/).
PARALLEL_THRESHOLD = 48
CHUNK_SIZE = 16

T = TypeVar("T")


def decide_jobs(requested: int | None, file_count: int) -> int:
    """Worker processes to use: `--jobs` if given, else the CPUs when the batch is big."""
    if requested is not None:
        return max(1, requested)
    if file_count < PARALLEL_THRESHOLD:
        return 1
    return max(1, min(os.cpu_count() or 1, file_count // CHUNK_SIZE))


def discover_targets(paths: list[str], settings: Settings) -> list[Target]:
    """The files a run covers (`check`, `list`): `discover` with the config's `exclude`
    globs, matched also relative to the config file's folder."""
    base = settings.config_path.parent if settings.config_path is not None else None
    return discover(paths, settings.exclude, base)


def run_check(paths: list[str], settings: Settings) -> Report:
    """Discover, check and collect; output order is the same serial or parallel."""
    targets = discover_targets(paths, settings)
    Selection(settings).enabled  # noqa: B018 - validate selectors before any work starts
    return Report(list(check_targets(targets, settings)))


def check_targets(targets: list[Target], settings: Settings) -> Iterator[FileResult]:
    """Results for each target in the given order."""
    return map_targets(_check_one, targets, settings)


def _check_one(target: Target, selection: Selection) -> FileResult:
    try:
        return check_file(target.path, selection, named=target.named)
    except OSError as error:
        from collabagree.errors import InputPathError

        raise InputPathError(f"{target.path}: cannot read ({error.strerror or error})") from None


_WORKER_SELECTION: Selection | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_SELECTION
    _WORKER_SELECTION = Selection(settings)


def map_targets(work: Callable[[Target, Selection], T], targets: list[Target],
                settings: Settings) -> Iterator[T]:
    """`work(target, selection)` for each target, in order: serially, or in worker processes
    for big batches (`decide_jobs`). `work` must be a module-level function so that it can
    be sent to the workers; `check` and `list` both run through here."""
    jobs = decide_jobs(settings.jobs, len(targets))
    if jobs <= 1 or len(targets) <= 1:
        selection = Selection(settings)
        for target in targets:
            yield work(target, selection)
        return
    # Imported here: only big batches pay for multiprocessing's import.
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.map(partial(_apply_in_worker, work), targets, chunksize=CHUNK_SIZE)


def _apply_in_worker(work: Callable[[Target, Selection], T], target: Target) -> T:
    assert _WORKER_SELECTION is not None
    return work(target, _WORKER_SELECTION)
