"""Shared helpers for the benchmarks: interleaved timing, medians, ratios, the machine.

The machines these run on are shared and noisy, so absolute times mean little. Every
benchmark runs its contenders one after the other within each round (A, B, A, B, ...), for
several rounds, and reports medians and the ratio of medians: a burst of load from someone
else then hits both sides alike instead of one.
"""

from __future__ import annotations

import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

Contender = Callable[[], None]


def tool(name: str) -> str:
    """A console script installed beside this Python (the venv's), else one on PATH."""
    beside = BIN / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is not installed; run: pip install -c constraints.txt '.[test]'")
    return found


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for timed subprocesses.

    Bytecode caches go to a private folder and are allowed even when the caller's
    environment forbids them (PYTHONDONTWRITEBYTECODE=1 is set on our CI machines): without
    them every run of an editable install recompiles its modules from source, which no user
    of an installed package ever pays for. Both contenders get the same environment.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "collabagree-bench-pycache")
    env.setdefault("NO_COLOR", "1")
    if extra:
        env.update(extra)
    return env


def run_quiet(argv: Sequence[str], env: Mapping[str, str] | None = None,
              ok_codes: tuple[int, ...] = (0, 1), cwd: Path | None = None) -> None:
    """Run a command with its output discarded; stop if it fails unexpectedly."""
    proc = subprocess.run(list(argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=dict(env) if env is not None else child_env(), cwd=cwd, check=False)
    if proc.returncode not in ok_codes:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise SystemExit(f"{Path(argv[0]).name} exited {proc.returncode}: {message[0]}")


def command(argv: Sequence[str], env: Mapping[str, str] | None = None,
            ok_codes: tuple[int, ...] = (0, 1), cwd: Path | None = None) -> Contender:
    """A contender that runs one command (wall time is measured around it)."""
    frozen = list(argv)
    environment = dict(env) if env is not None else child_env()
    return lambda: run_quiet(frozen, environment, ok_codes, cwd)


class Timings(dict[str, list[float]]):
    """Wall seconds per contender, with CPU seconds (user + system, children included)
    alongside in `cpu`."""

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__({name: [] for name in names})
        self.cpu: dict[str, list[float]] = {name: [] for name in names}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def interleave(contenders: Mapping[str, Contender], rounds: int,
               warmup: int = 1, label: str = "") -> Timings:
    """Run every contender once per round, in turn; wall seconds per contender.

    The first `warmup` rounds are run and thrown away (they fill the file and bytecode
    caches). The order alternates between rounds so neither side always goes first.
    CPU time is that of waited-for child processes (and theirs), so it counts worker
    processes too, and only means something for contenders that run subprocesses.
    """
    names = list(contenders)
    times = Timings(names)
    for number in range(warmup + rounds):
        order = names if number % 2 == 0 else names[::-1]
        for name in order:
            cpu_before = _children_cpu()
            start = time.perf_counter()
            contenders[name]()
            elapsed = time.perf_counter() - start
            if number >= warmup:
                times[name].append(elapsed)
                times.cpu[name].append(_children_cpu() - cpu_before)
        if label and number >= warmup:
            done = number - warmup + 1
            print(f"  {label}: round {done}/{rounds}", file=sys.stderr, flush=True)
    return times


def median(values: Sequence[float]) -> float:
    """The median (robust against the odd slow round on a shared machine)."""
    return statistics.median(values)


def fmt_seconds(value: float) -> str:
    """Seconds in a readable unit."""
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def describe(times: Sequence[float]) -> str:
    """Median and range of a list of timings."""
    return f"median {fmt_seconds(median(times))} (min {fmt_seconds(min(times))}, max {fmt_seconds(max(times))}, n={len(times)})"


def verdict(ok: bool) -> str:
    """MET or MISSED, for the summary lines."""
    return "MET" if ok else "MISSED"


def machine() -> str:
    """One line about this machine: CPU model, cores, memory, OS, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f", {int(line.split()[1]) / 1024 / 1024:.0f} GiB RAM"
                break
    except OSError:
        pass
    system = platform.platform(terse=True)
    try:
        release = dict(line.split("=", 1) for line in Path("/etc/os-release").read_text().splitlines() if "=" in line)
        system = release.get("PRETTY_NAME", system).strip('"') + f" (kernel {platform.release()})"
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} cores{memory}, {system}, "
            f"Python {platform.python_version()}")


def header(title: str) -> None:
    """Print what is being measured and where."""
    print(f"# {title}")
    print(f"machine: {machine()}")
    print(f"date: {time.strftime('%Y-%m-%d')}")
    print()
