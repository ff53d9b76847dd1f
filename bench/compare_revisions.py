"""Before/after: the same commands run against an older revision's source and this one's.

    python bench/compare_revisions.py REV [--rounds 5] [--files 300]

REV's `src/` and the templates, schemas and examples it reads are exported with `git
archive` into a temporary folder, whose `src/` goes first on PYTHONPATH for the "before"
runs; the "after" runs get this working tree's `src/` the same way, so both use the
installed dependencies and the same generated agreements. Timed in
turn, several rounds, medians and ratios (after/before) printed:

- `bench/phases.py FOLDER`: load, validate and lint, CPU per file, in-process;
- `check --jobs 1 FOLDER` over generated agreements: per file, one process, so the
  loader and rule speed-ups show without the noise of worker scheduling;
- `check FILE` and `--version`: start-up;
- `render --to md FILE`: start-up plus one Markdown render (Jinja template caching).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate
from harness import ROOT, child_env, command, header, interleave, median, tool

EXAMPLE = ROOT / "examples" / "uk-food-bank-funding.yaml"


def export_source(revision: str, into: Path) -> Path:
    """`src/` of `revision`, with the templates, schemas and examples it reads from beside
    it, unpacked into `into`; returns the folder to put on PYTHONPATH."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src", "templates",
                              "schemas", "examples"], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def compare_phases(sources: dict[str, Path], folder: Path, rounds: int) -> None:
    """`phases.py` under each source, alternately; the median of each figure."""
    figures: dict[str, dict[str, list[float]]] = {side: {} for side in sources}
    for number in range(rounds):
        for side in (list(sources) if number % 2 == 0 else list(sources)[::-1]):
            proc = subprocess.run([sys.executable, str(ROOT / "bench" / "phases.py"), str(folder), "--json"],
                                  capture_output=True, text=True, check=True,
                                  env=child_env({"PYTHONPATH": str(sources[side])}))
            for key, value in json.loads(proc.stdout).items():
                figures[side].setdefault(key, []).append(value)
    print(f"in-process steps, CPU ms per file (median of {rounds}):")
    for key in sorted(set(figures["before"]) | set(figures["after"]), key=lambda k: (k.startswith("rule"), k)):
        before = median(figures["before"].get(key, [float("nan")]))
        after = median(figures["after"].get(key, [float("nan")]))
        print(f"  {key:14} {before:6.2f} -> {after:6.2f} (x{after / before:.2f})")


def main(argv: list[str] | None = None) -> int:
    """Export REV, run each command against both sources, print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--files", type=int, default=300)
    args = parser.parse_args(argv)
    header(f"before ({args.revision}) and after (working tree)")
    with tempfile.TemporaryDirectory(prefix="collabagree-bench-rev-") as tmp:
        work = Path(tmp)
        sources = {"before": export_source(args.revision, work / "before"), "after": ROOT / "src"}
        folder = work / "agreements"
        generate(folder, args.files)
        compare_phases(sources, folder, args.rounds)
        cases = {
            f"check --jobs 1 ({args.files} files)": ["check", "--jobs", "1", str(folder)],
            "check FILE": ["check", str(EXAMPLE)],
            "--version": ["--version"],
            "render --to md FILE": ["render", "--to", "md", "-o", str(work / "out"), str(EXAMPLE)],
        }
        for label, cli_args in cases.items():
            contenders = {side: command([tool("collabagree"), *cli_args],
                                        env=child_env({"PYTHONPATH": str(source)}))
                          for side, source in sources.items()}
            try:
                times = interleave(contenders, args.rounds, label=label)
            except SystemExit as failure:  # e.g. REV's code with today's templates
                print(f"{label}: skipped ({failure})")
                continue
            before, after = median(times["before"]), median(times["after"])
            cpu_before, cpu_after = median(times.cpu["before"]), median(times.cpu["after"])
            per = args.files if "--jobs" in cli_args else 1
            unit = "per file" if per > 1 else "per run"
            print(f"{label}:")
            print(f"  wall {before * 1000 / per:8.1f} -> {after * 1000 / per:8.1f} ms {unit} (x{after / before:.2f})")
            print(f"  CPU  {cpu_before * 1000 / per:8.1f} -> {cpu_after * 1000 / per:8.1f} ms {unit} "
                  f"(x{cpu_after / cpu_before:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
