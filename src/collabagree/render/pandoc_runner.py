"""Run pandoc (the binary bundled with pypandoc-binary) to turn Markdown into DOCX, HTML or Typst.

pandoc is called directly with ``subprocess`` rather than through pypandoc's wrappers: one
process per document, full control over arguments and environment, and a clean error line.
Every run uses ``--sandbox`` (no file or network access beyond the files named on the command
line), an empty data directory (so nothing in the user's pandoc data folder changes the
output), and a Markdown reader with every extension that interprets raw or external content
switched off. Metadata goes in through a JSON metadata file whose strings are escaped to be
literal; it never travels through the Markdown body.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Mapping, Sequence
from io import BytesIO
from pathlib import Path

from collabagree.core.errors import RenderError
from collabagree.render.docx_page import VML_NAMESPACES, WATERMARK_RUN
from collabagree.render.textsafe import literal_to_markdown

# Every reader extension that interprets raw or external content, or that turns plain
# punctuation into structure nobody asked for (title blocks, example lists, attributes).
_EXTENSIONS_OFF: tuple[str, ...] = (
    "raw_html", "raw_tex", "raw_attribute", "tex_math_dollars", "citations", "implicit_figures",
    "fenced_divs", "bracketed_spans", "link_attributes", "yaml_metadata_block", "native_divs",
    "native_spans", "inline_code_attributes", "fenced_code_attributes", "header_attributes",
    "latex_macros", "pandoc_title_block", "example_lists",
)
#: The pandoc reader used for every conversion.
MARKDOWN_READER: str = "markdown" + "".join(f"-{ext}" for ext in _EXTENSIONS_OFF)

#: 1980-01-01T00:00:00Z: the earliest time a ZIP (so DOCX) entry can carry.
DEFAULT_SOURCE_DATE_EPOCH: int = 315532800
PANDOC_TIMEOUT_SECONDS: float = 120.0
DRAFT_BANNER_HTML: str = '<div class="draft-banner" role="note">DRAFT</div>\n'
# Printed drafts get the mark in the top margin of every sheet (CSS paged media).
DRAFT_PAGE_CSS: str = ('@page { @top-right { content: "DRAFT"; color: #9b1c1c; font-weight: bold; '
                       'letter-spacing: 0.15em; font-size: 9pt; } }')

MetaValue = str | bool | int | Sequence[str] | None

_META_KEY_RE = re.compile(r"^[a-z][a-z0-9-]{0,40}$")
_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
# These values are placed inside Typst/HTML strings by the templates, where pandoc's markup
# escaping is not the right escaping; so only known-safe values are let through.
_PAPER_SIZES = frozenset({"a4", "a3", "a5", "us-letter", "us-legal"})
# Only pandoc's own table code matches: a `#` from user text always arrives escaped (`\#`).
_AUTO_COLUMNS_RE = re.compile(r"((?<!\\)#table\(\n\s*columns: )(\d{1,3}),")
_AUTO_TBLW = '<w:tblW w:type="auto" w:w="0" />'


class RenderBackendError(RenderError):
    """A format back-end (pandoc or Typst) failed; the message is one line for the user."""


def source_date_epoch(explicit: int | None = None) -> int:
    """The timestamp to stamp documents with: ``explicit``, else ``$SOURCE_DATE_EPOCH``, else fixed."""
    if explicit is not None:
        return max(int(explicit), DEFAULT_SOURCE_DATE_EPOCH)
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if raw.isdigit():
        # ZIP cannot store times before 1980, so earlier values are clamped.
        return max(int(raw), DEFAULT_SOURCE_DATE_EPOCH)
    return DEFAULT_SOURCE_DATE_EPOCH


#: The reader for a document tree written by the drafting engine (pandoc's JSON AST).
JSON_READER: str = "json"


def markdown_to_docx(md: str, *, reference_doc: Path, metadata: Mapping[str, MetaValue],
                     epoch: int | None = None, reader: str = MARKDOWN_READER) -> bytes:
    """Convert pandoc Markdown to DOCX bytes styled by ``reference_doc``.

    ``metadata`` keys: title, subtitle, date, lang, draft (bool) and any other simple values.
    When ``draft`` is true, "DRAFT" is added to the page header of every section. The
    package's timestamps come from ``epoch`` (default ``$SOURCE_DATE_EPOCH``, else fixed).
    """
    reference_doc = Path(reference_doc)
    if not reference_doc.is_file():
        raise RenderBackendError(f"reference document not found: {reference_doc}")
    with tempfile.TemporaryDirectory(prefix="collabagree-pandoc-") as tmp:
        work = Path(tmp)
        out = work / "out.docx"
        args = ["--to=docx", f"--reference-doc={reference_doc.resolve()}", f"--output={out}"]
        _run(md, args, metadata, work, reader)
        data = out.read_bytes()
    return finish_docx(data, epoch=source_date_epoch(epoch), draft=metadata.get("draft") is True)


def markdown_to_html(md: str, *, css: str, lang: str, title: str,
                     metadata: Mapping[str, MetaValue], reader: str = MARKDOWN_READER) -> bytes:
    """Convert pandoc Markdown to a standalone UTF-8 HTML page with ``css`` embedded.

    The CSS goes in through ``-H`` as a ``<style>`` block (``--css`` would only link to it).
    A draft (``metadata["draft"] is True``) gets a ``draft-banner`` element first in the body.
    The page carries no timestamp, so the same input gives the same bytes.
    """
    if re.search(r"</\s*style", css, re.IGNORECASE):
        raise RenderBackendError("the stylesheet must not contain '</style'")
    meta = {**metadata, "lang": lang, "title": title, "document-css": False}
    with tempfile.TemporaryDirectory(prefix="collabagree-pandoc-") as tmp:
        work = Path(tmp)
        style = work / "style.html"
        draft = metadata.get("draft") is True
        style.write_text(f"<style>\n{css}\n{DRAFT_PAGE_CSS if draft else ''}\n</style>\n", encoding="utf-8")
        out = work / "out.html"
        # --section-divs wraps each heading's section in <section id=...>, which is what the
        # stylesheet hooks the signature-block layout on (the Markdown carries no classes).
        args = ["--to=html5", "--standalone", "--section-divs", f"--include-in-header={style}",
                f"--output={out}"]
        if draft:
            banner = work / "banner.html"
            banner.write_text(DRAFT_BANNER_HTML, encoding="utf-8")
            args.append(f"--include-before-body={banner}")
        _run(md, args, meta, work, reader)
        return out.read_bytes()


def markdown_to_typst(md: str, *, template: Path, metadata: Mapping[str, MetaValue],
                      reader: str = MARKDOWN_READER) -> str:
    """Convert pandoc Markdown to a standalone Typst document using the pandoc ``template``.

    The PDF's date is set later, by ``typst_to_pdf``.
    """
    template = Path(template)
    if not template.is_file():
        raise RenderBackendError(f"Typst template not found: {template}")
    with tempfile.TemporaryDirectory(prefix="collabagree-pandoc-") as tmp:
        work = Path(tmp)
        out = work / "out.typ"
        args = ["--to=typst", "--standalone", f"--template={template.resolve()}", f"--output={out}"]
        _run(md, args, metadata, work, reader)
        return _full_width_tables(out.read_text(encoding="utf-8"))


def _full_width_tables(typst: str) -> str:
    # pandoc sizes columns only when a row is too long for one line; otherwise it writes
    # `columns: N` (all auto), leaving short tables narrow and centred. The last column
    # takes the remaining width instead, so every table spans the text like the HTML's.
    def widen(match: re.Match[str]) -> str:
        count = int(match.group(2))
        return match.group(1) + "(" + "auto, " * (count - 1) + "1fr),"

    return _AUTO_COLUMNS_RE.sub(widen, typst)


def pandoc_path() -> str:
    """Path of the pandoc binary bundled with pypandoc-binary."""
    try:
        import pypandoc  # heavy-ish import kept local so `check` never pays for it
    except ImportError as exc:
        raise RenderBackendError("pypandoc-binary is not installed") from exc
    try:
        path = str(pypandoc.get_pandoc_path())
    except OSError as exc:
        raise RenderBackendError(f"pandoc not found: {exc}") from exc
    return path


def metadata_json(metadata: Mapping[str, MetaValue]) -> str:
    """Serialise metadata for ``--metadata-file``, every string escaped to read literally.

    pandoc parses strings in a metadata file as Markdown (with the input's extensions), so
    each string is escaped exactly like a title. Booleans stay booleans (``draft``).
    """
    clean: dict[str, object] = {}
    for key, value in sorted(metadata.items()):
        if not _META_KEY_RE.match(key):
            raise RenderBackendError(f"invalid metadata key: {key!r}")
        if value is None:
            continue
        if key == "lang" and not (isinstance(value, str) and _LANG_RE.match(value)):
            raise RenderBackendError(f"invalid language tag: {value!r}")
        if key == "papersize" and value not in _PAPER_SIZES:
            raise RenderBackendError(f"unsupported paper size: {value!r}")
        if isinstance(value, bool):
            clean[key] = value
        elif isinstance(value, (str, int)):
            clean[key] = literal_to_markdown(str(value))
        elif isinstance(value, Sequence):
            clean[key] = [literal_to_markdown(str(item)) for item in value]
        else:
            raise RenderBackendError(f"unsupported metadata value for {key!r}")
    return json.dumps(clean, ensure_ascii=False, sort_keys=True)


def _run(md: str, args: list[str], metadata: Mapping[str, MetaValue], work: Path,
         reader: str = MARKDOWN_READER) -> None:
    meta_file = work / "metadata.json"
    # A JSON document carries its metadata as literal inlines in the tree itself; the file
    # then holds only what the tree lacks, escaped like any other metadata string.
    meta_file.write_text(metadata_json(metadata), encoding="utf-8")
    data_dir = work / "data"
    data_dir.mkdir()
    command = [
        pandoc_path(),
        "--sandbox",
        f"--data-dir={data_dir}",
        f"--from={reader}",
        f"--metadata-file={meta_file}",
        *args,
    ]
    # Nothing from the caller's environment should change the output. (Under --sandbox
    # pandoc ignores SOURCE_DATE_EPOCH and stamps 1970; finish_docx sets the real time.)
    env = {"LANG": "C.UTF-8", "HOME": str(work)}
    try:
        proc = subprocess.run(
            command,
            input=md.encode("utf-8"),
            capture_output=True,
            env=env,
            cwd=work,
            timeout=PANDOC_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise RenderBackendError(f"pandoc timed out after {PANDOC_TIMEOUT_SECONDS:.0f} s") from exc
    except OSError as exc:
        raise RenderBackendError(f"pandoc could not be started: {exc.strerror or exc}") from exc
    if proc.returncode != 0:
        raise RenderBackendError(f"pandoc failed: {_first_line(proc.stderr)}")


def _first_line(stderr: bytes) -> str:
    for line in stderr.decode("utf-8", "replace").splitlines():
        if line.strip():
            return line.strip()
    return "no error message (exit status non-zero)"


_DRAFT_HEADER_PART = "word/header-collabagree-draft.xml"
_DRAFT_REL_ID = "rIdCollabagreeDraft"
_DRAFT_HEADER_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" {VML_NAMESPACES}><w:p><w:pPr>'
    '<w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>' + WATERMARK_RUN + '<w:r><w:rPr><w:b/>'
    '<w:color w:val="9B1C1C"/><w:spacing w:val="40"/></w:rPr><w:t>DRAFT</w:t></w:r></w:p></w:hdr>'
)
_CORE_DATE_RE = re.compile(r"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<)")


def finish_docx(docx: bytes, *, epoch: int, draft: bool) -> bytes:
    """Stamp a DOCX from pandoc with ``epoch`` and, for a draft, a "DRAFT" page header.

    Under ``--sandbox`` pandoc dates everything 1970, so the core properties and the ZIP
    entries are re-dated here. pandoc's DOCX writer has no template hook for headers, so a
    draft gets a new header part, its relationship and content type, and header references
    in each ``w:sectPr``. Entry order is kept; the output depends only on the input.
    """
    src = zipfile.ZipFile(BytesIO(docx))
    names = src.namelist()
    parts = {name: src.read(name) for name in names}
    stamp = time.gmtime(epoch)
    iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", stamp)
    if "docProps/core.xml" in parts:
        core = parts["docProps/core.xml"].decode("utf-8")
        parts["docProps/core.xml"] = _CORE_DATE_RE.sub(rf"\g<1>{iso}\2", core).encode("utf-8")
    # Auto-width tables get the full text width, as in the PDF and HTML.
    document = parts["word/document.xml"].decode("utf-8")
    parts["word/document.xml"] = document.replace(_AUTO_TBLW, '<w:tblW w:type="pct" w:w="5000"/>').encode("utf-8")
    if draft:
        _add_draft_header(parts)
        names.append(_DRAFT_HEADER_PART)
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, parts[name])
    return out.getvalue()


def _add_draft_header(parts: dict[str, bytes]) -> None:
    try:
        document = parts["word/document.xml"].decode("utf-8")
        rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
        types = parts["[Content_Types].xml"].decode("utf-8")
    except KeyError as exc:
        raise RenderBackendError(f"pandoc wrote an incomplete DOCX (missing {exc})") from exc
    # Every header kind points at the draft header, so first and even pages show it too.
    refs = "".join(f'<w:headerReference w:type="{kind}" r:id="{_DRAFT_REL_ID}"/>'
                   for kind in ("default", "first", "even"))
    document = re.sub(r"<w:headerReference\b[^>]*/>", "", document)
    document = re.sub(r"(<w:sectPr\b[^>]*?)(/>|>)", lambda m: _open_sectpr(m, refs), document)
    rel = (f'<Relationship Id="{_DRAFT_REL_ID}" Target="{_DRAFT_HEADER_PART[5:]}" Type="http://'
           'schemas.openxmlformats.org/officeDocument/2006/relationships/header"/>')
    override = (f'<Override PartName="/{_DRAFT_HEADER_PART}" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
    parts["word/document.xml"] = document.encode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", rel + "</Relationships>").encode("utf-8")
    parts["[Content_Types].xml"] = types.replace("</Types>", override + "</Types>").encode("utf-8")
    parts[_DRAFT_HEADER_PART] = _DRAFT_HEADER_XML.encode("utf-8")


def _open_sectpr(match: re.Match[str], refs: str) -> str:
    # Header references must be the first children of w:sectPr (schema order).
    if match.group(2) == "/>":
        return f"{match.group(1)}>{refs}</w:sectPr>"
    return f"{match.group(1)}>{refs}"
