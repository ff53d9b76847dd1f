"""The words each output format shows, for tests that every format says the same thing.

Each format's text is read back the way a reader's tools would: the PDF with pypdf, the
DOCX with python-docx (every paragraph and table cell), the HTML with an HTML parser
(`<head>` left out), and the Markdown through the real pandoc and the production reader.
Then it is normalised so that only what the words say is compared:

- NFKC (ligatures, no-break and other spaces, composed and decomposed accents alike);
- typographic quotes as straight quotes; hyphens, format characters (U+200B ...), control
  characters and variation selectors dropped;
- ``mailto:`` dropped where a word starts with it (Typst shows a link to
  ``mailto:a@b.example`` whose text is its target as ``a@b.example``);
- words split at whitespace, counted.

For the PDF (``words(text, pdf=True)``, on both sides of the comparison) combining marks are
dropped too and a character repeated right after itself is kept once (``differences(...,
pdf=True)`` then also pieces words together so):  pypdf reads each glyph
by the PDF's ToUnicode map, which has one text per glyph, and Typst gives the text of a glyph
used differently elsewhere (a letter alone and under a combining mark; `©` and `©️`) with
/ActualText, which pypdf does not read. So once `e` + U+0305 is on a page, pypdf reads every
`e` as `e̅`, and `q` + U+0304 as `q̄q̄`; the page, and readers that honour /ActualText,
show the text as written.

Page furniture adds words the Markdown body does not have (the PDF's running header and
footer, the title block, table header rows that Typst repeats on each page a table spans,
list numbers, the DOCX and HTML title); they are allowed only if they are among the words
of the title-block metadata, of the tables' header cells or of the template's own labels.
A PDF also breaks words at line ends (with a hyphen, with none that pypdf reads, or after a
slash), a page header or a repeated table header may stand between the pieces, and the
text of neighbouring table cells can come out run together; so a word the PDF lacks counts
as present when some of the PDF's extra words make it up, and an extra word when missing
words make it up (`differences`).
"""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from html.parser import HTMLParser

from collabagree.render.pandoc_runner import MARKDOWN_READER, pandoc_path

# Words the templates add around the text: "Page 3 of 11", "Version 1.0", "Reference: X",
# "Status: Draft", the draft marks, list bullets and separators.
TEMPLATE_WORDS = frozenset({"Page", "of", "Version", "Reference:", "Status:", "DRAFT", "NOT", "FOR",
                            "SIGNATURE", "—", "•", "·", "–"})
_QUOTES = {0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201C: '"', 0x201D: '"', 0x201E: '"'}
_HYPHENS = re.compile(r"[-\u00ad\u2010\u2011]")
_FOOTER = re.compile(r"Page \d+ of \d+")
_NUMBER = re.compile(r"\d+[.)]?|\([a-z]{1,3}\)")  # list numbers: 1. 2) (a)
_REPEATED = re.compile(r"(\S)\1+")
_VARIATION_SELECTOR = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_BLOCK_TAGS = frozenset({"p", "li", "td", "th", "br", "div", "h1", "h2", "h3", "h4", "tr", "dt", "dd"})
_HIDDEN_TAGS = frozenset({"head", "style", "script", "title"})


def words(text: str, *, pdf: bool = False) -> Counter[str]:
    """The normalised words of `text` (see the module docstring), counted."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = "".join(ch for ch in text if (unicodedata.category(ch) not in ("Cf", "Cc") or ch in "\n\t")
                   and not _VARIATION_SELECTOR.match(ch))
    if pdf:
        text = "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch)[0] != "M")
    found = (word.removeprefix("mailto:") for word in _HYPHENS.sub("", text).split())
    return Counter(_REPEATED.sub(r"\1", word) if pdf else word for word in found if word)


class _Text(HTMLParser):
    """The text of a page's <body>, scripts and styles left out; header cells also apart."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.header_cells: list[str] = []
        self._hidden = 0
        self._in_th = 0
        self._contents = 0  # div depth inside the contents list (furniture, like a TOC)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_th += tag == "th"
        self._hidden += tag in _HIDDEN_TAGS
        if tag == "div" and (self._contents or ("id", "contents") in attrs):
            self._contents += 1
            self._hidden += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "th":
            self._in_th = max(0, self._in_th - 1)
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        if tag == "div" and self._contents:
            self._contents -= 1
            self._hidden = max(0, self._hidden - 1)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)
            if self._in_th:
                self.header_cells.append(data)


def _parsed(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return parser


def html_text(html: str) -> str:
    """The visible text of an HTML page or fragment."""
    return "".join(_parsed(html).parts)


def _markdown_html(md: str) -> str:
    """Our Markdown output's body as pandoc reads it when render converts it."""
    body = md.split("\n---\n", 1)[1] if md.startswith("---\n") else md
    return subprocess.run(
        [pandoc_path(), "--sandbox", f"--from={MARKDOWN_READER}", "--to=html5", "--wrap=none"],
        input=body.encode("utf-8"), capture_output=True, check=True,
    ).stdout.decode("utf-8")


def markdown_text(md: str) -> str:
    """The text of our Markdown output (its body)."""
    return html_text(_markdown_html(md))


def table_header_words(md: str) -> frozenset[str]:
    """The words of the header cells of the Markdown's tables."""
    return frozenset(words(" ".join(_parsed(_markdown_html(md)).header_cells)))


def pdf_text(pdf: bytes) -> str:
    """Every page's text as pypdf extracts it. The footer's cells can come out run together
    ("of 22Version"), so the page number is set apart."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return _FOOTER.sub(lambda match: f" {match.group(0)} ", text)


def docx_text(data: bytes) -> str:
    """Every paragraph (the contents list left out) and every table cell (nested tables
    too) of a DOCX."""
    import docx

    document = docx.Document(io.BytesIO(data))
    # The contents list repeats the headings: furniture, like a PDF's running header.
    parts = [paragraph.text for paragraph in document.paragraphs
             if paragraph.style is None or not paragraph.style.name.lower().startswith(("toc", "contents"))]
    tables = list(document.tables)
    while tables:
        table = tables.pop()
        for row in table.rows:
            for cell in row.cells:
                parts.extend(paragraph.text for paragraph in cell.paragraphs)
                tables.extend(cell.tables)
    return "\n".join(parts)


_CLAUSE_NUMBER = re.compile(r"^(?:# )?(\d+(?:\.\d+)*)(?: |$)", re.MULTILINE)
_SCHEDULE_NUMBER = re.compile(r"^# (Schedule) (\d+):", re.MULTILINE)


def numbering_words(md: str) -> Counter[str]:
    """The section, clause and schedule numbers of the Markdown, which the DOCX shows
    through Word's list numbering rather than as text (`render.docx_numbering`)."""
    found: Counter[str] = Counter(match.group(1) for match in _CLAUSE_NUMBER.finditer(md))
    for match in _SCHEDULE_NUMBER.finditer(md):
        found.update([match.group(1), match.group(2) + ":"])
    return found


def furniture(metadata: Mapping[str, object], md: str) -> frozenset[str]:
    """Words that page furniture may add: the title block's values, the tables' header
    cells and the template's labels."""
    values = " ".join(str(metadata.get(key) or "") for key in
                      ("title", "subtitle", "reference", "version", "status", "date"))
    return TEMPLATE_WORDS | frozenset(words(values)) | table_header_words(md)


def format_words(documents: Mapping[str, bytes]) -> dict[str, Counter[str]]:
    """Words of each rendered format (keys md, html, docx, pdf, as render_documents gives);
    the PDF's normalised for the PDF (see the module docstring)."""
    texts = {
        "md": lambda data: markdown_text(data.decode("utf-8")),
        "html": lambda data: html_text(data.decode("utf-8")),
        "docx": docx_text,
        "pdf": pdf_text,
    }
    return {name: words(texts[name](data), pdf=name == "pdf") for name, data in documents.items()}


def differences(expected: Counter[str], actual: Counter[str], allowed_extra: Iterable[str], *,
                pdf: bool = False) -> list[str]:
    """What `actual` lacks of `expected`, and what it has beyond it that is not furniture
    (page and list numbers are furniture too); empty when the two say the same."""
    allowed = frozenset(allowed_extra)
    missing = expected - actual
    extra = actual - expected
    _pair_up(missing, extra, pdf)
    _pair_up(extra, missing, pdf)  # and the other way: cells pypdf ran together ("FooAnnual")
    problems = [f"missing {word!r} x{count}" for word, count in missing.items() if count > 0]
    # In a PDF, what is left over may be the head or tail of a word broken at a line end
    # whose other piece went to make up another word.
    fragments_of = allowed | (frozenset(expected) if pdf else frozenset())
    problems += [f"extra {word!r} x{count}" for word, count in extra.items()
                 if count > 0 and not _NUMBER.fullmatch(word) and not _is_furniture(word, fragments_of)]
    return problems


def _pair_up(wholes: Counter[str], pieces: Counter[str], collapsed: bool) -> None:
    """Take out of `wholes` each word that words of `pieces` make up, and those pieces."""
    # Longest words first: a short one ("into") must not take the pieces of a long one
    # ("in" + "take" of "intake") that nothing else can make up.
    for word in sorted(wholes, key=lambda whole: (-len(whole), whole)):
        while wholes[word] > 0:
            found = _split_into(word, pieces, collapsed)
            if found is None:
                break
            wholes[word] -= 1
            pieces.subtract(found)


def _split_into(word: str, pool: Counter[str], collapsed: bool, parts: int = 8) -> list[str] | None:
    """Words of `pool` (two to `parts` of them) that make up `word`, as a PDF breaks a word
    across line ends (several times in a narrow table column, or after each / and . of a
    long URL), if there are such; two pieces are preferred to more, so that "Com" +
    "munities" is found before "Com" + "on" + "wealth" takes the "Com". With `collapsed`
    words, a doubled letter may have been split between two pieces ("ap" + "pointment"
    make "apointment")."""
    cuts = [(word[:cut], [word[cut:]] + ([word[cut - 1:]] if collapsed else [])) for cut in range(1, len(word))]
    for head, tails in cuts:
        if pool[head] > 0:
            pool[head] -= 1
            tail = next((tail for tail in tails if pool[tail] > 0), None)
            pool[head] += 1
            if tail is not None:
                return [head, tail]
    if parts <= 2:
        return None
    for head, tails in cuts:
        if pool[head] <= 0:
            continue
        pool[head] -= 1
        try:
            for tail in tails:
                rest = _split_into(tail, pool, collapsed, parts - 1)
                if rest is not None:
                    return [head, *rest]
        finally:
            pool[head] += 1
    return None


def _is_furniture(word: str, allowed: frozenset[str]) -> bool:
    """A furniture word, or the head or tail of one the PDF broke at a line end."""
    return word in allowed or any(
        len(word) < len(whole) and (whole.startswith(word) or whole.endswith(word)) for whole in allowed)
