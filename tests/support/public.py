"""Every place a value could hide in a rendered file, for the public-version tests: the raw
bytes, the text as a reader sees it, every part of a DOCX package, and a PDF's extracted
text, metadata, XMP and every stream decompressed."""

from __future__ import annotations

import html
import io
import re
import subprocess
import zipfile
import zlib
from pathlib import Path

from pypdf import PdfReader

_TAG = re.compile(rb"<[^>]*>")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)


def squeeze(text: str) -> str:
    """Text without whitespace or Markdown escapes, so a value broken across lines, table
    cells or runs still matches."""
    return re.sub(r"\s+", "", text.replace("\\", ""))


def haystacks(path: Path) -> dict[str, str]:
    """Named views of one file's content, each decoded to text."""
    data = path.read_bytes()
    views = {"raw": data.decode("latin-1")}
    if path.suffix in (".md", ".html", ".csv", ".json"):
        text = data.decode("utf-8")
        views["text"] = text
        views["unescaped"] = html.unescape(_TAG.sub(b"", data).decode("utf-8"))
    elif path.suffix == ".docx":
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for name in package.namelist():
                part = package.read(name)
                views[f"part {name}"] = part.decode("utf-8", "replace")
                views[f"text of {name}"] = html.unescape(_TAG.sub(b"", part).decode("utf-8", "replace"))
    elif path.suffix == ".pdf":
        views.update(_pdf_views(path, data))
    return views


def _pdf_views(path: Path, data: bytes) -> dict[str, str]:
    reader = PdfReader(io.BytesIO(data))
    views = {"pypdf text": "\n".join(page.extract_text() or "" for page in reader.pages),
             "metadata": repr(dict(reader.metadata or {}))}
    xmp = reader.xmp_metadata
    views["xmp"] = xmp.stream.get_data().decode("utf-8", "replace") if xmp is not None else ""
    views["outline"] = repr(reader.outline)
    streams = []
    for raw in _STREAM.findall(data):
        try:
            streams.append(zlib.decompress(raw).decode("latin-1"))
        except zlib.error:
            streams.append(raw.decode("latin-1"))
    views["streams"] = "\n".join(streams)
    views["pdftotext"] = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                                        capture_output=True, check=True).stdout.decode("utf-8")
    return views


def find(needle: str, views: dict[str, str]) -> list[str]:
    """The names of the views that contain `needle` (as written, or whitespace-squeezed)."""
    squeezed = squeeze(needle)
    return [name for name, text in views.items() if needle in text or squeezed in squeeze(text)]
