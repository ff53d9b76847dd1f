"""Check many files, in parallel processes when there are enough of them to pay."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from functools import partial
from typing import TextIO, TypeVar

from collabagree.check.discovery import Target, discover
from collabagree.check.pipeline import check_file
from collabagree.check.settings import Settings
from collabagree.core.findings import FileResult
from collabagree.lint.engine import Selection
from collabagree.report.model import Report

# Below this many files, starting worker processes costs more than it saves (bench/).
PARALLEL_THRESHOLD = 48
CHUNK_SIZE = 16

T = TypeVar("T")


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, where the platform has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def limit_jobs(requested: int | None, stderr: TextIO) -> int | None:
    """`--jobs` capped at the CPU count, saying so in one line on `stderr` when it is:
    more processes than CPUs only cost memory (`-j 1000` once forked 990 processes)."""
    if requested is None:
        return None
    cpus = available_cpus()
    if requested <= cpus:
        return requested
    stderr.write(f"collabagree: note: --jobs {requested} is more than the {cpus} CPU"
                 f"{'s' if cpus != 1 else ''} available; using {cpus}\n")
    return cpus


def ignore_interrupts() -> None:
    """Worker process initializer: Ctrl-C is the parent's to handle (it cancels the pool and
    exits 130); a worker that took it too would print a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def decide_jobs(requested: int | None, file_count: int) -> int:
    """Worker processes to use: `--jobs` if given (at most the CPUs), else the CPUs when
    the batch is big."""
    if requested is not None:
        return max(1, min(requested, available_cpus()))
    if file_count < PARALLEL_THRESHOLD:
        return 1
    return max(1, min(available_cpus(), file_count // CHUNK_SIZE))


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
    # An unreadable file is one finding (`check_file`), never the end of the batch.
    return check_file(target.path, selection, named=target.named)


_WORKER_SELECTION: Selection | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_SELECTION
    ignore_interrupts()
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

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(settings,))
    try:
        yield from pool.map(partial(_apply_in_worker, work), targets, chunksize=CHUNK_SIZE)
    except BaseException:
        # Ctrl-C (or a failure): drop the chunks not yet started instead of checking them
        # all before stopping; the workers ignore SIGINT and finish only the chunk in hand.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _apply_in_worker(work: Callable[[Target, Selection], T], target: Target) -> T:
    assert _WORKER_SELECTION is not None
    return work(target, _WORKER_SELECTION)
