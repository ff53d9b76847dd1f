"""Render many agreements: in parallel when asked or worthwhile, with a progress bar on a
terminal, and outcomes returned in path order whatever the order of completion.

Before any file is rendered, every output path is worked out and checked
(`outputs.check_output_paths`): two inputs that would write one file, or an output that
would replace an input, stop the run with exit 2 and nothing written. On Ctrl-C the
workers (which ignore SIGINT, so they print no tracebacks) finish the file in hand, nothing
new starts, and `KeyboardInterrupt` reaches the command line, which exits 130.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed

from collabagree.check.runner import available_cpus, ignore_interrupts
from collabagree.render.document import (
    FORMATS,
    RenderOptions,
    RenderOutcome,
    render_file,
)
from collabagree.render.outputs import check_output_paths

# pandoc and Typst already keep a core busy; a second process pays from a few files on.
PARALLEL_THRESHOLD = 4

Progress = Callable[[RenderOutcome], None]


def decide_render_jobs(requested: int | None, file_count: int) -> int:
    """Worker processes for a render batch: `--jobs` (at most the CPUs), else the CPUs
    from `PARALLEL_THRESHOLD` files on."""
    cpus = available_cpus()
    if requested is not None:
        return max(1, min(requested, cpus))
    if file_count < PARALLEL_THRESHOLD:
        return 1
    return max(1, min(cpus, file_count))


def render_batch(paths: list[str], options: RenderOptions, jobs: int | None = None,
                 on_done: Progress | None = None) -> list[RenderOutcome]:
    """Render every path; a failure in one never stops the others.

    Raises `UsageError` before rendering anything when output paths collide or an output
    would overwrite an input.
    """
    check_output_paths(paths, [f for f in FORMATS if f in options.formats], options.output_dir,
                       options.suffix)
    workers = decide_render_jobs(jobs, len(paths))
    outcomes: dict[str, RenderOutcome] = {}
    if workers <= 1 or len(paths) <= 1:
        for path in paths:
            outcomes[path] = render_file(path, options)
            if on_done is not None:
                on_done(outcomes[path])
        return [outcomes[path] for path in paths]
    pool = ProcessPoolExecutor(max_workers=workers, initializer=ignore_interrupts)
    try:
        futures: dict[Future[RenderOutcome], str] = {
            pool.submit(render_file, path, options): path for path in paths}
        for future in as_completed(futures):
            outcome = future.result()
            outcomes[futures[future]] = outcome
            if on_done is not None:
                on_done(outcome)
    except BaseException:
        # Ctrl-C (or a broken pool): start nothing new; the files in hand are finished, so
        # no temporary file is left behind, and then the interrupt goes on up.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return [outcomes[path] for path in paths]
