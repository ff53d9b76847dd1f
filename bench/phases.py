"""Where `check`'s time per file goes, in-process: load, validate, lint (and its top rules).

    python bench/phases.py FOLDER [--json]

Runs every `*.yaml` in FOLDER through the same steps as `collabagree check` (after a first
pass that warms caches) and prints CPU milliseconds per file for each step. With --json the
figures are printed as one JSON object, which `compare_revisions.py` reads to compare two
revisions' sources step by step.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path


def measure(folder: Path) -> dict[str, float]:
    """CPU ms per file for each step, and for the three slowest rules."""
    from collabagree.check.settings import Settings
    from collabagree.lint.context import RuleContext
    from collabagree.lint.engine import Selection, default_profiles
    from collabagree.lint.registry import RULES
    from collabagree.load.reader import load_bytes
    from collabagree.schema.validate import validate

    settings = Settings()
    selection = Selection(settings)
    files = [(str(path), path.read_bytes()) for path in sorted(folder.glob("*.yaml"))]
    steps: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for warm in (True, False):
        for name, raw in files:
            start = time.process_time()
            loaded = load_bytes(name, raw)
            loaded_at = time.process_time()
            agreement, _ = validate(loaded)
            validated_at = time.process_time()
            if agreement is None:
                continue
            profiles = frozenset(set(agreement.agreement.profiles or ()) | set(settings.profiles)
                                 | default_profiles(agreement))
            context = RuleContext(agreement, loaded.data, settings.effective_today, profiles)
            for rule in RULES:
                if not selection.runs(rule, set(profiles)) or rule.severity.for_type(agreement.type) is None:
                    continue
                rule_start = time.process_time()
                list(rule.check(agreement, context))
                if not warm:
                    rules[rule.code] += time.process_time() - rule_start
            if not warm:
                steps["load"] += loaded_at - start
                steps["validate"] += validated_at - loaded_at
                steps["lint"] += time.process_time() - validated_at
    count = max(1, len(files))
    figures = {step: seconds / count * 1000 for step, seconds in steps.items()}
    figures.update({f"rule {code}": seconds / count * 1000 for code, seconds in rules.most_common(3)})
    return figures


def main(argv: list[str] | None = None) -> int:
    """Print the per-file figures for FOLDER."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(args.folder)
    if args.json:
        print(json.dumps(figures))
    else:
        for step, value in figures.items():
            print(f"{step:14} {value:6.2f} ms per file (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
