"""Start-up: `collabagree --version` and `collabagree check FILE` against `python -c "import typer"`.

    python bench/startup.py [--rounds 21]

Each is a fresh process, run in turn with the others for several rounds (after two thrown-
away warm-up rounds that fill the bytecode caches); medians and ratios to the `import typer`
baseline are printed. `python -c pass` is shown too, as the interpreter's own floor, and
`import typer, collabagree.model`: the CLI framework plus the pydantic agreement model,
which every `check` needs before reading a file.
Target: each at most 2 times `import typer`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import ROOT, command, describe, header, interleave, median, tool, verdict

EXAMPLE = ROOT / "examples" / "au-cth-data-mou.yaml"


def main(argv: list[str] | None = None) -> int:
    """Time the four commands interleaved and print ratios to `import typer`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args(argv)
    header("start-up: collabagree against python -c 'import typer'")
    contenders = {
        "python -c pass": command([sys.executable, "-c", "pass"], ok_codes=(0,)),
        "python -c 'import typer'": command([sys.executable, "-c", "import typer"], ok_codes=(0,)),
        # What any `check` must load: the CLI framework and the pydantic agreement model.
        "floor: typer + model": command([sys.executable, "-c", "import typer, collabagree.model"],
                                        ok_codes=(0,)),
        "collabagree --version": command([tool("collabagree"), "--version"], ok_codes=(0,)),
        "collabagree check FILE": command([tool("collabagree"), "check", str(EXAMPLE)], ok_codes=(0,)),
    }
    times = interleave(contenders, args.rounds, warmup=2, label="start-up")
    baseline = median(times["python -c 'import typer'"])
    print(f"{args.rounds} rounds, {EXAMPLE.name} as FILE:")
    for name in contenders:
        print(f"  {name:26} {describe(times[name])}; x{median(times[name]) / baseline:.2f} of import typer")
    print()
    version = median(times["collabagree --version"]) / baseline
    check = median(times["collabagree check FILE"]) / baseline
    print("summary:")
    print(f"  --version / import typer: {version:.2f} (target <= 2.00): {verdict(version <= 2.0)}")
    print(f"  check FILE / import typer: {check:.2f} (target <= 2.00): {verdict(check <= 2.0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
