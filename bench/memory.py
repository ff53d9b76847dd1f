"""Peak memory of `collabagree check` over 3,000 generated agreements, worker processes counted.

    python bench/memory.py [--files 3000]

The check runs as a subprocess; every 20 ms this script adds up the resident memory of that
process and all its descendants (the worker processes) from /proc, and keeps the peak. RSS
counts pages the forked workers share with the parent once per process, so the sum
overstates; the proportional set size (PSS, shared pages split between their users) is
summed too and is the fairer figure. `getrusage(RUSAGE_CHILDREN).ru_maxrss`, the largest
single process, is printed as a cross-check. Target: under 300 MB in total (the RSS sum).
Linux only (/proc).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate
from harness import child_env, header, tool, verdict

TARGET_MB = 300


def descendants(pid: int) -> list[int]:
    """`pid` and every process below it, from each process's parent in /proc/*/stat."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        queue.extend(parents.get(current, []))
    return found


def memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB; zeros once it has gone."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return rss, pss


def watch(argv: list[str]) -> tuple[float, float, int, float, int]:
    """Run `argv`; peak summed RSS and PSS in MB, most processes seen, seconds, exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=child_env())
    peak_rss = peak_pss = 0
    most = 0
    while proc.poll() is None:
        pids = descendants(proc.pid)
        totals = [memory_kb(pid) for pid in pids]
        peak_rss = max(peak_rss, sum(rss for rss, _ in totals))
        peak_pss = max(peak_pss, sum(pss for _, pss in totals))
        most = max(most, len([1 for rss, _ in totals if rss]))
        time.sleep(0.02)
    return peak_rss / 1024, peak_pss / 1024, most, time.perf_counter() - start, proc.returncode


def main(argv: list[str] | None = None) -> int:
    """Generate the agreements, check them while watching memory, print the verdict."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=3000)
    args = parser.parse_args(argv)
    header(f"memory: collabagree check over {args.files} agreements")
    with tempfile.TemporaryDirectory(prefix="collabagree-bench-mem-") as tmp:
        folder = Path(tmp) / "agreements"
        generate(folder, args.files)
        rss, pss, processes, seconds, code = watch([tool("collabagree"), "check", str(folder)])
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  exit code {code}, {seconds:.1f} s, up to {processes} processes at once")
    print(f"  peak total RSS {rss:.0f} MB; peak total PSS {pss:.0f} MB; largest single process {largest:.0f} MB")
    print()
    print("summary:")
    print(f"  peak memory, all processes (RSS sum): {rss:.0f} MB (target < {TARGET_MB} MB): {verdict(rss < TARGET_MB)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
