"""Which characters the PDF's fonts can show, asked of Typst itself.

How: a probe document with one line per character (grapheme cluster) to test, each line
built *only* from code points (``#(u(101) + u(6832))`` with ``u = str.from-unicode``), never
from the text itself, so nothing a user typed is ever Typst source; it is compiled by the
same sandboxed compiler (`pdf.sandboxed_compiler`), with the template's fonts and font
fallback, in the four styles agreement text appears in (regular, bold, italic, bold italic),
and with PDF/A-2b, whose check reports every text no font can show, each with its line. A
cluster whose line is reported in any style is one the PDF cannot show.

Why not a coverage table committed with the code: the answer depends on Typst's shaping
and font fallback (a base letter from one font, its combining mark only in another; an emoji
sequence that no single font shapes), which a table of each font's code points cannot
tell, and it would go stale silently with a new typst release. The probe is exact for
the fonts actually used, costs a few milliseconds (one compile for all the clusters of a
document; results are cached per process), and needs no font files of our own.

Printable ASCII is not probed: the test suite checks once that every font style shows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from collabagree.render.pandoc_runner import RenderBackendError
from collabagree.render.pdf import sandboxed_compiler

#: The fonts of templates/agreement.typ (its `#set text(font: ...)`), used when a template
#: names no font the compiler has.
DEFAULT_FONTS: tuple[str, ...] = ("Libertinus Serif",)
_STYLES: tuple[tuple[str, int], ...] = (("normal", 400), ("normal", 700), ("italic", 400), ("italic", 700))
_TEXT_FONT_RE = re.compile(r'#set\s+text\(\s*font:\s*(\([^)]*\)|"[^"]*")')
_FONT_NAME_RE = re.compile(r'"([^"\\]+)"')
_LINE_RE = re.compile(r"\.typ:(\d+):\d+")
_MAX_PROBE_ROUNDS = 8
# Clusters per compile: Typst's report of many errors grows faster than their number.
_BATCH = 250
_known: dict[tuple[str, ...], dict[str, bool]] = {}


def template_fonts(template_source: str) -> tuple[str, ...]:
    """The font families a Typst template sets for its text, if the compiler has them.

    Only names of fonts embedded in the compiler are kept (so the probe never carries
    anything but a known family name); without any, `DEFAULT_FONTS`.
    """
    match = _TEXT_FONT_RE.search(template_source)
    if match is None:
        return DEFAULT_FONTS
    available = {name.lower(): name for name in _embedded_families()}
    names = tuple(available[name.lower()] for name in _FONT_NAME_RE.findall(match.group(1))
                  if name.lower() in available)
    return names or DEFAULT_FONTS


def _embedded_families() -> list[str]:
    try:
        import typst
    except ImportError as exc:
        raise RenderBackendError("the typst package is not installed") from exc
    return list(typst.Fonts(include_system_fonts=False, include_embedded_fonts=True).families())


def needs_probe(cluster: str) -> bool:
    """False for what every font shows (printable ASCII, a line break) and for what never
    reaches the PDF as it is (controls, which `textsafe.clean_text` drops, and lone
    surrogates, which it turns into U+FFFD)."""
    if len(cluster) != 1:
        return True
    code = ord(cluster)
    return not (code < 0x7F or 0x7F <= code <= 0x9F or code in (0xFFFE, 0xFFFF)
                or 0xD800 <= code <= 0xDFFF)


def undisplayable(clusters: Iterable[str], fonts: tuple[str, ...] = DEFAULT_FONTS) -> set[str]:
    """The clusters among `clusters` that the PDF cannot show with `fonts`."""
    clusters = list(clusters)
    known = _known.setdefault(fonts, {})
    todo = sorted({c for c in clusters if needs_probe(c) and c not in known})
    if todo:
        with sandboxed_compiler() as (typst, compiler):
            # Style by style, so a cluster the regular style cannot show costs one line.
            for style in _STYLES:
                todo = [c for c in todo if c not in known]
                for start in range(0, len(todo), _BATCH):
                    for cluster in _failing(typst, compiler, todo[start:start + _BATCH], fonts, style):
                        known[cluster] = False
            for cluster in todo:
                known.setdefault(cluster, True)
    return {c for c in clusters if needs_probe(c) and not known[c]}


def _failing(typst: Any, compiler: Any, batch: list[str], fonts: tuple[str, ...],
             style: tuple[str, int]) -> set[str]:
    """The clusters of `batch` that `style` cannot show. What passed is probed again
    without what failed, until a compile reports no error: only that one vouches for it."""
    failed: set[str] = set()
    for _round in range(_MAX_PROBE_ROUNDS):
        remaining = [c for c in batch if c not in failed]
        found = _probe(typst, compiler, remaining, fonts, style) if remaining else set()
        if not found:
            return failed
        failed |= found
    raise RenderBackendError("typst failed: could not work out which characters the PDF fonts show")


def _probe(typst: Any, compiler: Any, clusters: list[str], fonts: tuple[str, ...],
           style: tuple[str, int]) -> set[str]:
    """One compile; the clusters on the lines Typst reports."""
    families = ", ".join(f'"{name}"' for name in fonts)
    lines = [
        # One short paragraph per cluster: a single paragraph of thousands of lines made
        # line breaking, and so the probe, quadratic.
        "#set page(width: 30cm, height: 30cm, margin: 1cm)",
        f'#set text(font: ({families},), lang: "en", style: "{style[0]}", weight: {style[1]})',
        "#let u = str.from-unicode",
    ]
    at_line: dict[int, str] = {}
    for cluster in clusters:
        lines.append("#(" + " + ".join(f"u({ord(ch)})" for ch in cluster) + ")")
        at_line[len(lines)] = cluster
        lines.append("")
    source = "\n".join(lines) + "\n"
    try:
        compiler.compile(source.encode("utf-8"), format="pdf", pdf_standards=["a-2b"])
    except typst.TypstError as exc:
        report = str(getattr(exc, "diagnostic", "") or exc)
        failed = {at_line[n] for n in map(int, _LINE_RE.findall(report)) if n in at_line}
        if not failed:
            raise RenderBackendError("typst failed: could not work out which characters "
                                     "the PDF fonts show") from exc
        return failed
    return set()
