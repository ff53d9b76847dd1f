"""Outputs checked before they are trusted (issue 15, part 5).

After a format is produced, and before any file is written, its bytes are read back the way
a reader's tools would (the PDF with pypdf, the DOCX's XML with lxml, the HTML with the
standard library's parser, the Markdown as text) and checked:

- every section heading and every party's name is there;
- no template artefact is left (`{{`, `{%`, `%}`, `}}`, "Error: Reference source not
  found") unless the agreement's own text has it;
- in a final or signed agreement, no placeholder (`TODO`, `[insert`) is left;
- a PDF has pages, and the PDF/A and PDF/UA identification it was asked for.

A failure raises `VerificationFailed`, naming the format and the check; `render_file` then
writes nothing, so the previous files stay as they were.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from collabagree.core.errors import RenderError
from collabagree.drafting import ir

if TYPE_CHECKING:
    from pypdf import PdfReader

ARTEFACTS = ("{{", "}}", "{%", "%}", "Error: Reference source not found", "Traceback (most recent call")
PLACEHOLDERS = re.compile(r"\bTODO\b|\[insert", re.IGNORECASE)
_SQUASH = re.compile(r"[\s\u00ad\u2010\u2011-]+")
_REPEATED = re.compile(r"(.)\1+")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_W_TEXT = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
_PDF_STANDARD_MARKS = {"a": ("pdfaid:part",), "ua": ("pdfuaid:part",)}


class VerificationFailed(RenderError):
    """A produced file failed a check; the message names the format and the check."""


def squash(text: str, pdf: bool = False) -> str:
    """Text compared without spacing, line-end hyphens or case (a PDF breaks words). For a
    PDF, combining marks are dropped and a repeated character kept once: pypdf reads each
    glyph by the font's one text for it, so a letter also used under a mark elsewhere comes
    back with the mark, or twice (tests/fuzz/format_words.py explains)."""
    flat = _SQUASH.sub("", unicodedata.normalize("NFKC", text)).casefold()
    if not pdf:
        return flat
    bare = "".join(ch for ch in unicodedata.normalize("NFD", flat) if unicodedata.category(ch)[0] != "M")
    return _REPEATED.sub(r"\1", bare)


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden += tag in ("style", "script", "head")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in ("style", "script", "head") and self._hidden > 0

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def text_of(extension: str, data: bytes) -> str:
    """The text a reader sees in a produced file."""
    if extension == "md":
        # What a reader of the Markdown sees: backslash escapes (`\{`) are not text.
        return _MD_ESCAPE.sub(r"\1", data.decode("utf-8"))
    if extension == "html":
        parser = _HtmlText()
        parser.feed(data.decode("utf-8"))
        return " ".join(parser.parts)
    if extension == "docx":
        from xml.sax.saxutils import unescape

        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
            runs = [unescape(match.decode("utf-8"), {"&quot;": '"', "&apos;": "'"})
                    for name in names for match in _W_TEXT.findall(package.read(name))]
        return " ".join(runs)
    return _pdf_text(_pdf_reader(data))


def _pdf_reader(data: bytes) -> PdfReader:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data))


def _pdf_text(reader: PdfReader) -> str:
    return " ".join(page.extract_text() or "" for page in reader.pages)


def verify(extension: str, data: bytes, document: ir.Document, parties: Iterable[str], *,
           own_text: str, final: bool, pdf_standards: tuple[str, ...] = ()) -> None:
    """Raise `VerificationFailed` if the produced `data` fails a check (module docstring).

    `document` is the tree this format was made from, `parties` the names as this format
    shows them, `own_text` all of the agreement's own text (so a brace the user typed is
    not taken for a template artefact)."""
    name = extension.upper() if extension != "md" else "Markdown"
    pdf = extension == "pdf"
    reader = _pdf_reader(data) if pdf else None  # parsed once for its text and its metadata
    text = _pdf_text(reader) if reader is not None else text_of(extension, data)
    flat = squash(text, pdf)
    for heading in (section.title for section in document.sections):
        if squash(heading, pdf) not in flat:
            raise VerificationFailed(f"verification failed: the {name} lacks the heading {heading!r}")
    for party in parties:
        if squash(party, pdf) not in flat:
            raise VerificationFailed(f"verification failed: the {name} lacks the party name {party!r}")
    for artefact in ARTEFACTS:
        if artefact in text and artefact not in own_text:
            raise VerificationFailed(f"verification failed: the {name} has template text {artefact!r} left in it")
    if final:
        found = PLACEHOLDERS.search(text)
        if found:
            raise VerificationFailed(f"verification failed: the {name} of a final agreement has the "
                                     f"placeholder {found.group(0)!r} in it")
    if reader is not None:
        _verify_pdf(reader, pdf_standards)


def _verify_pdf(reader: PdfReader, standards: tuple[str, ...]) -> None:
    if len(reader.pages) == 0:
        raise VerificationFailed("verification failed: the PDF has no pages")
    from pypdf.errors import PdfReadError

    try:
        metadata = reader.xmp_metadata
    except PdfReadError:
        raise VerificationFailed("verification failed: the PDF's XMP metadata cannot be read") from None
    xmp = metadata.stream.get_data().decode("utf-8", "replace") if metadata is not None else ""
    for standard in standards:
        family = standard.split("-")[0]
        for mark in _PDF_STANDARD_MARKS.get(family, ()):
            if mark not in xmp:
                raise VerificationFailed(f"verification failed: the PDF lacks its {standard.upper()} "
                                         f"identification ({mark})")
