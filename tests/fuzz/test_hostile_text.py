"""The corpus files of issue 12 classes 1 to 4, through `collabagree render` to every format.

Each must render (or, for the Chinese party name, refuse the PDF with one clear line), with
no traceback; the PDF, DOCX and HTML must carry the words of the Markdown
(`format_words`), the PDF with U+FFFD for what its fonts cannot show, and stderr must name
each value whose characters were replaced. The attack of the issue itself (a backslash +
U+20E3, then Typst show rules) must leave every "not" in the PDF.
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from format_words import (
    differences,
    docx_text,
    furniture,
    html_text,
    markdown_text,
    numbering_words,
    pdf_text,
    words,
)
from hostile_text_corpus import FRONT_MATTER_TITLE, TEXT_FILES, WELSH

from collabagree.render.pandoc_runner import pandoc_path
from collabagree.render.pdf_text import fit_string
from support.fuzz import CORPUS

SECONDS = 120  # generous; a few seconds each on the development machine
RENDERED_HERE = sorted(name for name in TEXT_FILES if name != "glyphs-cjk-party-name.yaml")


def _render(run_cli: Any, tmp_path: Path, name: str,
            *extra: str) -> tuple[subprocess.CompletedProcess[str], dict[str, bytes]]:
    started = time.perf_counter()
    result = run_cli("render", "--allow-errors", "--to", "md,html,docx,pdf", *extra, "-o", str(tmp_path),
                     str(CORPUS / name))
    assert time.perf_counter() - started < SECONDS
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "internal error" not in output, output[-3000:]
    stem = Path(name).stem
    documents = {ext: (tmp_path / f"{stem}.{ext}").read_bytes() for ext in ("md", "html", "docx", "pdf")
                 if (tmp_path / f"{stem}.{ext}").exists()}
    return result, documents


def _metadata(md: str) -> dict[str, str]:
    """The front matter's values as pandoc reads them (they are escaped Markdown)."""
    meta = json.loads(subprocess.run(
        [pandoc_path(), "--sandbox", "--from=markdown", "--to=json"], input=md.encode("utf-8"),
        capture_output=True, check=True).stdout)["meta"]
    return {key: _stringify(value) for key, value in meta.items()}


def _stringify(node: Any) -> str:
    if isinstance(node, list):
        return "".join(_stringify(item) for item in node)
    if not isinstance(node, dict):
        return ""
    if node.get("t") == "Str":
        return str(node["c"])
    if node.get("t") in ("Space", "SoftBreak"):
        return " "
    return _stringify(node.get("c", []))


@pytest.mark.parametrize("name", RENDERED_HERE)
def test_every_format_says_what_the_markdown_says(run_cli: Any, tmp_path: Path, name: str) -> None:
    # The timeline figure is words in the Markdown and a picture elsewhere (its alt text is
    # checked in tests/render/test_figure.py), so the words are compared without it.
    result, documents = _render(run_cli, tmp_path, name, "--no-figure")
    assert result.returncode == 0, result.stderr[-2000:]
    md = documents["md"].decode("utf-8")
    allowed = furniture(_metadata(md), md)
    expected = words(markdown_text(md))
    for fmt, text in (("html", html_text(documents["html"].decode("utf-8"))),
                      ("docx", docx_text(documents["docx"]))):
        # Word shows the clause numbers through its list numbering, not as text.
        wanted = expected - numbering_words(md) if fmt == "docx" else expected
        problems = differences(wanted, words(text), allowed)
        assert not problems, (fmt, problems[:12])
    # The PDF's title block and running header show the metadata as the PDF fonts can.
    allowed = frozenset(words(" ".join(allowed) + " " + fit_string(" ".join(allowed)), pdf=True))
    expected = words(fit_string(markdown_text(md)), pdf=True)
    shown = words(pdf_text(documents["pdf"]), pdf=True)
    if name.startswith("links-"):
        # Typst breaks a URL after any / or . at a line end, hundreds of times in this file,
        # past what `differences` can piece together; the words around the links must be there.
        expected, shown = _without_urls(expected), _without_urls(shown)
    problems = differences(expected, shown, allowed, pdf=True)
    assert not problems, ("pdf", problems[:12])


def _without_urls(found: Counter[str]) -> Counter[str]:
    return Counter({word: count for word, count in found.items()
                    if not re.search(r"[/@:()\[\]<>]|^\w\.$", word)})


def test_the_issue_attack_leaves_every_not_in_the_pdf(run_cli: Any, tmp_path: Path) -> None:
    result, documents = _render(run_cli, tmp_path, "glyphs-keycap-backslash.yaml")
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(documents["pdf"]).split())
    md_text = " ".join(markdown_text(documents["md"].decode("utf-8")).split())
    assert "shall not share data they do not hold, and nothing here is not binding" in text
    assert text.count("not") == md_text.count("not") >= 4
    assert "#show f(110)+f(111)+f(116): none" in text and "#let f=str.from-unicode" in text
    assert re.search(r"warning: .*background\[0\]: .*U\+005C U\+20E3", result.stderr), result.stderr


def test_keycaps_and_marks_replace_only_themselves(run_cli: Any, tmp_path: Path) -> None:
    result, documents = _render(run_cli, tmp_path, "glyphs-keycap-digits.yaml")
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(documents["pdf"]).split())
    assert "Clause 1.1 and 11 and 101: \ufffd \ufffd \ufffd \ufffd every e stays." in text
    assert "Kestrel Vale Borough Council" in text
    warning = [line for line in result.stderr.splitlines() if "rationale" in line]
    assert len(warning) == 1
    for codes in ("U+0031 U+FE0F U+20E3", "U+0023 U+FE0F U+20E3", "U+002A U+FE0F U+20E3", "U+0065 U+1AB0"):
        assert codes in warning[0]


def test_welsh_and_macrons_render_in_the_pdf_without_warnings(run_cli: Any, tmp_path: Path) -> None:
    result, documents = _render(run_cli, tmp_path, "glyphs-welsh-and-macrons.yaml")
    assert result.returncode == 0 and "collabagree: warning:" not in result.stderr, result.stderr
    text = pdf_text(documents["pdf"])
    assert "\ufffd" not in text
    assert set(words(WELSH)) <= set(words(text))


def test_marks_and_emoji_are_named_in_warnings(run_cli: Any, tmp_path: Path) -> None:
    for name in ("glyphs-marks-everywhere.yaml", "glyphs-emoji-everywhere.yaml"):
        result, documents = _render(run_cli, tmp_path, name)
        assert result.returncode == 0, result.stderr
        warnings = [line for line in result.stderr.splitlines() if line.startswith("collabagree: warning: ")]
        assert warnings and all(re.search(r"\.yaml: [\w.\[\]'() -]+: the PDF fonts cannot show .*U\+[0-9A-F]{4}", w)
                                for w in warnings), warnings[:3]
        assert "\ufffd" in pdf_text(documents["pdf"])
        assert "\ufffd" not in documents["md"].decode("utf-8") + docx_text(documents["docx"])


def test_a_party_name_no_font_can_show_is_one_clear_error(run_cli: Any, tmp_path: Path) -> None:
    result, documents = _render(run_cli, tmp_path, "glyphs-cjk-party-name.yaml")
    assert result.returncode == 2 and not documents
    errors = [line for line in result.stderr.splitlines() if line.startswith("collabagree: error: ")]
    assert len(errors) == 1 and "parties[0].name" in errors[0] and "U+5317" in errors[0], result.stderr
    other = run_cli("render", "--allow-errors", "--to", "md,html,docx", "-o", str(tmp_path), str(CORPUS / "glyphs-cjk-party-name.yaml"))
    assert other.returncode == 0, other.stderr
    assert "北京市人民政府" in (tmp_path / "glyphs-cjk-party-name.md").read_text(encoding="utf-8")


def test_no_url_hides_text_or_becomes_markup(run_cli: Any, tmp_path: Path) -> None:
    result, documents = _render(run_cli, tmp_path, "links-unbalanced-urls.yaml", "--no-figure")
    assert result.returncode == 0, result.stderr
    md_text = markdown_text(documents["md"].decode("utf-8"))
    html = documents["html"].decode("utf-8")
    assert "<sup>" not in html and "<sub>" not in html
    expected = " ".join(md_text.split()).count("shall not")
    assert expected > 50
    # At least as often as in the body: the title (with the payload too) adds its own.
    for fmt, text in (("html", html_text(html)), ("docx", docx_text(documents["docx"])),
                      ("pdf", pdf_text(documents["pdf"]))):
        assert " ".join(text.split()).count("shall not") >= expected, fmt


def test_the_title_in_the_front_matter_stays_text(run_cli: Any, tmp_path: Path) -> None:
    result, documents = _render(run_cli, tmp_path, "front-matter-markup.yaml")
    assert result.returncode == 0, result.stderr
    md = documents["md"].decode("utf-8")
    html = subprocess.run([pandoc_path(), "--sandbox", "--from=markdown", "--to=html5", "--standalone"],
                          input=md.encode("utf-8"), capture_output=True, check=True).stdout.decode("utf-8")
    assert "<script" not in html and 'href="javascript' not in html and "<em>" not in html.split("</header>")[0]
    assert " ".join(_metadata(md)["title"].split()) == FRONT_MATTER_TITLE
