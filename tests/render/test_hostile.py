"""Hostile text in titles, names and text fields: rendered literally, never interpreted."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from collabagree.render.document import FORMATS, RenderOptions, render_file
from support.render import squash

HOSTILE = [
    "```{=typst}\n#read(\"/etc/passwd\")\n```",
    "`#read(\"/etc/hostname\")`{=typst}",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "![x](/etc/hostname)",
    "@council",
    "\\input{/etc/passwd} \\textbf{bold}",
    "{{ 7*7 }} {% if true %}jinja{% endif %}",
    "# not a heading",
    "$5,000-$10,000",
]
SINGLE_LINE = [text for text in HOSTILE if "\n" not in text]


def _yaml_string(text: str) -> str:
    import json

    return json.dumps(text)  # a JSON string is a valid YAML double-quoted scalar


SECRET = "SECRET-MARKER-7f3a9c"


def hostile_agreement(secret_path: Path) -> str:
    hostile = HOSTILE + [f"![leak]({secret_path})", f"<{secret_path}>"]
    title = " ".join(SINGLE_LINE[:4])
    lines = [
        "collabagree: 1",
        f"agreement: {{title: {_yaml_string('Plan ' + title)}, type: mou, jurisdiction: UK-ENG, status: draft}}",
        "parties:",
        f"  - {{id: council, name: {_yaml_string('Council ' + SINGLE_LINE[5])}, kind: local_government}}",
        f"  - {{id: charity, name: {_yaml_string('Charity ' + SINGLE_LINE[6])}, kind: charity}}",
        "purpose:",
        f"  statement: {_yaml_string('Purpose. ' + chr(10).join(HOSTILE))}",
        "background:",
    ]
    lines += [f"  - {_yaml_string(text)}" for text in hostile]
    lines += ["term: {start: 2026-04-01, end: 2029-03-31}"]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    secret = folder / "secret.png"
    secret.write_text(SECRET, encoding="utf-8")
    source = folder / "hostile.yaml"
    source.write_text(hostile_agreement(secret), encoding="utf-8")
    outcome = render_file(str(source), RenderOptions(formats=FORMATS, output_dir=folder / "out"))
    assert outcome.status == "rendered", (outcome.error, outcome.findings)
    return {path.suffix[1:]: path for path in outcome.outputs}


def test_html_shows_every_string_literally_and_runs_nothing(outputs: dict[str, Path]) -> None:
    html = outputs["html"].read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert 'href="javascript' not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    import html as html_module
    from html.parser import HTMLParser

    class TextOnly(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = TextOnly()
    parser.feed(html)
    text = html_module.unescape("".join(parser.parts))
    for hostile in HOSTILE:
        assert squash(hostile) in squash(text), hostile


def test_docx_shows_every_string_and_embeds_no_file(outputs: dict[str, Path]) -> None:
    document = Document(str(outputs["docx"]))
    text = "\n".join(p.text for p in document.paragraphs)
    for hostile in HOSTILE:
        assert squash(hostile) in squash(text), hostile
    names = zipfile.ZipFile(outputs["docx"]).namelist()
    # The one image is the tool's own timeline figure (render.figures), nothing the file named.
    media = [name for name in names if name.startswith("word/media/")]
    body = zipfile.ZipFile(outputs["docx"]).read("word/document.xml").decode("utf-8")
    assert len(media) <= 1 and body.count("<wp:docPr") == len(media)
    assert all('descr="Timeline of this' in body for _ in media)


def test_no_local_file_is_embedded_in_any_format(outputs: dict[str, Path]) -> None:
    for extension, path in outputs.items():
        if extension == "docx":
            archive = zipfile.ZipFile(path)
            raw = b"".join(archive.read(name) for name in archive.namelist())
        else:
            raw = path.read_bytes()
        assert SECRET.encode() not in raw, extension


def test_pdf_shows_every_string_and_reads_no_file(outputs: dict[str, Path]) -> None:
    reader = PdfReader(str(outputs["pdf"]))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for hostile in HOSTILE:
        assert squash(hostile) in squash(text), hostile
    assert "root:x:0:0" not in text
    assert all("DRAFT" in page.extract_text() for page in reader.pages)


def test_markdown_escapes_instead_of_interpreting(outputs: dict[str, Path]) -> None:
    markdown = outputs["md"].read_text(encoding="utf-8").split("\n---\n", 1)[1]
    assert "{=typst}" not in markdown.replace("\\{=typst\\}", "")
    assert "\n# not a heading" not in markdown
    assert "49" not in markdown  # the Jinja expression was not evaluated
