"""Render many agreements: in parallel when asked or worthwhile, with a progress bar on a
terminal, and outcomes returned in path order whatever the order of completion."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed

from collabagree.render.document import RenderOptions, RenderOutcome, render_file

# pandoc and Typst already keep a core busy; a second process pays from a few files on.
PARALLEL_THRESHOLD = 4

Progress = Callable[[RenderOutcome], None]


def decide_render_jobs(requested: int | None, file_count: int) -> int:
    """Worker processes for a render batch."""
    if requested is not None:
        return max(1, requested)
    if file_count < PARALLEL_THRESHOLD:
        return 1
    return max(1, min(os.cpu_count() or 1, file_count))


def render_batch(paths: list[str], options: RenderOptions, jobs: int | None = None,
                 on_done: Progress | None = None) -> list[RenderOutcome]:
    """Render every path; a failure in one never stops the others."""
    workers = decide_render_jobs(jobs, len(paths))
    outcomes: dict[str, RenderOutcome] = {}
    if workers <= 1 or len(paths) <= 1:
        for path in paths:
            outcomes[path] = render_file(path, options)
            if on_done is not None:
                on_done(outcomes[path])
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(render_file, path, options): path for path in paths}
            for future in as_completed(futures):
                outcome = future.result()
                outcomes[futures[future]] = outcome
                if on_done is not None:
                    on_done(outcome)
    return [outcomes[path] for path in paths]
