"""Shared pieces of the fuzz tests: the benchmark's generator, payloads, a checker call.

`bench/generate.py` makes the varied valid agreements for the benchmarks; the fuzz tests
start from the same ones, so they are imported from there (by path: `bench` is not a
package).
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

from collabagree.check.pipeline import check_and_model
from collabagree.check.settings import Settings
from collabagree.core.findings import FileResult
from collabagree.lint.engine import Selection
from collabagree.model import Agreement

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "hostile_corpus"
TODAY = date(2026, 11, 23)
SELECTION = Selection(Settings(today=TODAY))


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("collabagree_bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


generate = _load_generator()

# Markup and template syntax of every back-end, for text fields and names (DESIGN.md,
# "user text is data, never code").
PAYLOADS: dict[str, str] = {
    "typst": '#read("/etc/passwd") `#read("/etc/hostname")`{=typst} #set page(paper: "a0") '
             '$x^2$ @council <label> #pagebreak()\n```{=typst}\n#read("/etc/passwd")\n```',
    "html": '<script>alert(1)</script><img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> '
            '<style>body{display:none}</style> <iframe src="file:///etc/passwd"></iframe> &#x3C;b&#x3E;',
    "latex": "\\input{/etc/passwd} \\immediate\\write18{id} $\\alpha$ \\textbf{bold} \\def\\x{y} "
             "\\include{secret} % comment",
    "jinja": '{{ 7*7 }} {% for x in range(10**9) %}x{% endfor %} {{ "".__class__.__mro__ }} '
             "{# c #} {{ config }} {% include '/etc/passwd' %} {{ self }}",
    "markdown": "![x](/etc/hostname) [l](javascript:alert(1)) <file:///etc/passwd> [^1] "
                "::: {.x}\nfenced\n:::\n---\n# Heading\n```\ncode\n```\n| a | b |\n|---|---|",
}


def check(raw: bytes, name: str = "fuzz.yaml") -> tuple[FileResult, Agreement | None]:
    """`check_and_model` as `check` and `render` call it, with today pinned."""
    return check_and_model(name, raw, SELECTION)


def assert_sane(result: FileResult) -> None:
    """Every finding is well formed: a known code, a real position, a one-line-ish message."""
    for finding in result.findings:
        assert finding.code[:3].isalpha() and finding.code[3:].isdigit(), finding
        assert finding.span.line >= 1 and finding.span.column >= 1, finding
        assert finding.message and "\x1b" not in finding.message, finding


def string_paths(node: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The path of every string value in plain data."""
    if isinstance(node, str):
        return [path]
    if isinstance(node, dict):
        return [item for key, value in node.items() for item in string_paths(value, path + (key,))]
    if isinstance(node, list):
        return [item for index, value in enumerate(node) for item in string_paths(value, path + (index,))]
    return []


def node_paths(node: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The path of every node below the root (containers and scalars)."""
    children: list[tuple[object, object]] = (
        list(node.items()) if isinstance(node, dict) else list(enumerate(node)) if isinstance(node, list) else [])
    found: list[tuple[object, ...]] = []
    for key, value in children:
        found.append(path + (key,))
        found.extend(node_paths(value, path + (key,)))
    return found


def set_at(data: object, path: tuple[object, ...], value: object) -> None:
    """Replace the node at `path` (which must exist) in place."""
    target = data
    for step in path[:-1]:
        target = target[step]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]


def delete_at(data: object, path: tuple[object, ...]) -> None:
    """Remove the node at `path` from its mapping or list."""
    target = data
    for step in path[:-1]:
        target = target[step]  # type: ignore[index]
    del target[path[-1]]  # type: ignore[attr-defined]
