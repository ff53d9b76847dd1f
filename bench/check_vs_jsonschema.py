"""`collabagree check` against `check-jsonschema` on the same generated agreements.

    python bench/check_vs_jsonschema.py [--sizes 300 3000] [--rounds 5 3]

Both run as a user runs them, as subprocesses timed wall-clock: `collabagree check FOLDER`
(schema plus every rule, worker processes from 48 files on) and `check-jsonschema
--schemafile schemas/agreement.schema.json FILE...` (the schema only, one process), in
turn, for several rounds; medians and their ratio are printed. check-jsonschema gets its
files in one invocation, named relative to the folder, so the command line stays well
under the kernel's limit (3,000 names take about 75 kB; Linux allows 2 MB).

Targets: at 300 files our wall time is at most half of theirs; from 300 to 3,000 files our
time per file does not grow (ratio of per-file times at most 1.0).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate
from harness import (
    ROOT,
    child_env,
    command,
    describe,
    header,
    interleave,
    median,
    tool,
    verdict,
)

SCHEMA = ROOT / "schemas" / "agreement.schema.json"


def findings_summary(folder: Path) -> str:
    """The last line `collabagree check` prints, to show the run did real work."""
    proc = subprocess.run([tool("collabagree"), "check", str(folder)], capture_output=True,
                          text=True, env=child_env(), check=False)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def measure(folder: Path, rounds: int) -> tuple[float, float, float, float]:
    """Median wall and CPU seconds of ours and theirs on every file in `folder`."""
    names = sorted(path.name for path in folder.glob("*.yaml"))
    contenders = {
        "collabagree check": command([tool("collabagree"), "check", str(folder)]),
        "check-jsonschema": command([tool("check-jsonschema"), "--schemafile", str(SCHEMA), *names],
                                    ok_codes=(0,), cwd=folder),
    }
    times = interleave(contenders, rounds, label=f"{len(names)} files")
    for name in contenders:
        print(f"  {name:18} wall {describe(times[name])}; CPU median {median(times.cpu[name]):.2f} s")
    ours, theirs = median(times["collabagree check"]), median(times["check-jsonschema"])
    return ours, theirs, median(times.cpu["collabagree check"]), median(times.cpu["check-jsonschema"])


def main(argv: list[str] | None = None) -> int:
    """Generate the agreements, time both tools, print ratios and verdicts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(300, 3000), metavar=("SMALL", "LARGE"))
    parser.add_argument("--rounds", type=int, nargs=2, default=(5, 3), metavar=("SMALL", "LARGE"))
    args = parser.parse_args(argv)
    header("check: collabagree check vs check-jsonschema (schema only)")
    results: dict[int, tuple[float, float, float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="collabagree-bench-") as tmp:
        for size, rounds in zip(args.sizes, args.rounds):
            folder = Path(tmp) / f"agreements-{size}"
            generate(folder, size)
            print(f"{size} generated agreements ({rounds} rounds after a warm-up):")
            print(f"  collabagree says: {findings_summary(folder)}")
            results[size] = measure(folder, rounds)
            ours, theirs, ours_cpu, theirs_cpu = results[size]
            print(f"  ratio ours/theirs: wall {ours / theirs:.2f}, CPU {ours_cpu / theirs_cpu:.2f}")
            print(f"  per file: ours {ours / size * 1000:.1f} ms, theirs {theirs / size * 1000:.1f} ms (wall)")
            print()
    small, large = args.sizes
    ratio_small = results[small][0] / results[small][1]
    growth = (results[large][0] / large) / (results[small][0] / small)
    growth_theirs = (results[large][1] / large) / (results[small][1] / small)
    print("summary:")
    print(f"  {small} files: ours/theirs wall {ratio_small:.2f} (target <= 0.50): {verdict(ratio_small <= 0.5)}")
    print(f"  growth {small}->{large}: per-file time ratio ours {growth:.2f}, theirs {growth_theirs:.2f} "
          f"(target <= 1.00, linear): {verdict(growth <= 1.0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
