"""Compile Typst source (from pandoc's Typst writer) to PDF with the ``typst`` package.

The compiler gets an empty temporary folder as its project root, package folders and all,
and only the fonts embedded in the package; so a document can read no file on the machine,
fetch no package, and looks the same everywhere. A fixed creation timestamp makes the PDF
byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from collabagree.render.pandoc_runner import RenderBackendError, source_date_epoch

#: Standards ``--pdf-standard`` accepts. typst 0.15 accepts PDF/A-2a together with PDF/UA-1.
ALLOWED_PDF_STANDARDS: tuple[str, ...] = ("a-2b", "a-2a", "a-3b", "ua-1")
DEFAULT_PDF_STANDARDS: tuple[str, ...] = ("a-2a", "ua-1")
_MAX_GLYPH_RETRIES = 64
_NO_GLYPH_RE = re.compile(r'the text `"((?:[^"\\]|\\.)*)"` could not be displayed')
_CLUSTER_TAIL = "[\u200d\u20e3\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]*"
_RUST_ESCAPE_RE = re.compile(r"\\u\{[0-9a-fA-F]{1,6}\}|\\.")


def parse_pdf_standards(value: str) -> list[str]:
    """Parse a ``--pdf-standard`` value such as ``"a-2a,ua-1"`` or ``"none"``."""
    items = [item.strip().lower() for item in value.split(",") if item.strip()]
    if items == ["none"]:
        return []
    return check_pdf_standards(items)


def check_pdf_standards(standards: Sequence[str]) -> list[str]:
    """Validate a list of PDF standards; at most one PDF/A level may be chosen."""
    chosen: list[str] = []
    for item in standards:
        if item not in ALLOWED_PDF_STANDARDS:
            allowed = ", ".join(ALLOWED_PDF_STANDARDS)
            raise RenderBackendError(f"unknown PDF standard {item!r} (choose from {allowed}, or none)")
        if item not in chosen:
            chosen.append(item)
    if sum(1 for item in chosen if item.startswith("a-")) > 1:
        raise RenderBackendError("choose at most one PDF/A standard")
    return chosen


def typst_to_pdf(
    typst_source: str,
    *,
    standards: Sequence[str] = DEFAULT_PDF_STANDARDS,
    timestamp: int | dt.datetime | None = None,
    missing_glyphs: list[str] | None = None,
) -> bytes:
    """Compile ``typst_source`` to PDF bytes conforming to ``standards``.

    ``timestamp`` (UNIX seconds or an aware datetime) becomes the document's creation date;
    by default ``$SOURCE_DATE_EPOCH`` or a fixed date, so the same source gives the same bytes.

    PDF/A forbids text that no font can show, and the embedded fonts have no emoji or CJK
    glyphs; such text is replaced by U+FFFD and, when ``missing_glyphs`` is given, listed
    there so the caller can tell the user.
    """
    chosen = check_pdf_standards(standards)
    when: int | dt.datetime
    if isinstance(timestamp, dt.datetime):
        if timestamp.tzinfo is None:
            raise RenderBackendError("the PDF timestamp needs a time zone")
        when = timestamp
    else:
        when = source_date_epoch(timestamp)
    try:
        import typst  # imported here so that `check` never loads the compiler
    except ImportError as exc:
        raise RenderBackendError("the typst package is not installed") from exc
    with tempfile.TemporaryDirectory(prefix="collabagree-typst-") as tmp:
        root = Path(tmp) / "root"
        packages = Path(tmp) / "packages"
        root.mkdir()
        packages.mkdir()
        try:
            compiler = typst.Compiler(
                root=str(root),
                font_paths=[],
                ignore_system_fonts=True,
                package_path=str(packages),
                package_cache_path=str(packages),
            )
            for _attempt in range(_MAX_GLYPH_RETRIES):
                try:
                    pdf = compiler.compile(
                        typst_source.encode("utf-8"),
                        format="pdf",
                        pdf_standards=chosen,  # type: ignore[arg-type]  # validated above
                        timestamp=when,
                    )
                    break
                except typst.TypstError as exc:
                    text = _undisplayable_text(exc)
                    if text is None:
                        raise
                    # Typst names only the first character of a cluster; take the joiners,
                    # modifiers and selectors after it too, or they would fail next.
                    cluster = re.compile(re.escape(text) + _CLUSTER_TAIL)
                    replaced = cluster.sub("\ufffd", typst_source)
                    if replaced == typst_source:
                        raise
                    typst_source = replaced
                    if missing_glyphs is not None:
                        missing_glyphs.append(text)
            else:
                raise RenderBackendError("typst failed: too many characters no font can show")
        except typst.TypstError as exc:
            raise RenderBackendError(f"typst failed: {_one_line(exc)}") from exc
        except RuntimeError as exc:
            raise RenderBackendError(f"typst failed: {_one_line(exc)}") from exc
    if not isinstance(pdf, bytes):
        raise RenderBackendError("typst produced no single PDF document")
    return pdf


def _undisplayable_text(exc: BaseException) -> str | None:
    match = _NO_GLYPH_RE.search(str(getattr(exc, "message", "") or exc))
    if match is None:
        return None
    # Typst quotes the text Rust-style: \u{200d} for invisible characters, \" and \\.
    return _RUST_ESCAPE_RE.sub(_unescape_one, match.group(1))


def _unescape_one(match: re.Match[str]) -> str:
    token = match.group(0)
    if token.startswith("\\u{"):
        return chr(int(token[3:-1], 16))
    return {"\\n": "\n", "\\t": "\t", "\\r": "\r", "\\0": "\0"}.get(token, token[1:])


def _one_line(exc: BaseException) -> str:
    message = str(getattr(exc, "message", "") or exc)
    for line in message.splitlines():
        if line.strip():
            return line.strip()
    return type(exc).__name__
