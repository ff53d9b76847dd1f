"""The hostile corpus (tests/hostile_corpus/) through the real command line, every CI run.

Each file must end in the exit code and SCH codes listed here, within a time bound, with
no traceback and no control character reaching the terminal. Agreements that are valid
but carry markup or template syntax in every free-text field must render, literally.
Files too big to commit are made here. Regenerate the committed ones with
`python tests/fuzz/make_hostile_corpus.py`.
"""

from __future__ import annotations

import json
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hostile_text_corpus import TEXT_FILES

from support.fuzz import CORPUS

# Generous: about 0.5 s on the benchmark machine; the point is "not minutes".
SECONDS_PER_FILE = 30
ERROR = (1,)
CLEAN_OR_FINDINGS = (0, 1)
# file -> (exit codes allowed, SCH codes that must be among the findings)
EXPECTED: dict[str, tuple[tuple[int, ...], set[str]]] = {
    "alias-as-key.yaml": (ERROR, {"SCH005"}),
    "alias-self-reference.yaml": (ERROR, {"SCH001"}),
    "alias-undefined.yaml": (ERROR, {"SCH001"}),
    "anchors-used-well.yaml": (CLEAN_OR_FINDINGS, set()),
    "bidi-and-zero-width.yaml": (CLEAN_OR_FINDINGS, set()),
    "billion-laughs.yaml": (ERROR, {"SCH007"}),
    "binary-set-omap-tags.yaml": (ERROR, {"SCH007"}),
    "complex-key.yaml": (ERROR, {"SCH005"}),
    "control-escapes.yaml": (ERROR, {"SCH003"}),
    "cr-only-line-endings.yaml": (CLEAN_OR_FINDINGS, set()),
    "crlf-line-endings.yaml": (CLEAN_OR_FINDINGS, set()),
    "deep-nesting-block.yaml": (ERROR, {"SCH007"}),
    "deep-nesting-flow.yaml": (ERROR, {"SCH007"}),
    "duplicate-keys.yaml": (ERROR, {"SCH002"}),
    "empty.yaml": (ERROR, {"SCH006"}),
    "extreme-dates.yaml": (CLEAN_OR_FINDINGS, set()),
    "float-overflow.yaml": (CLEAN_OR_FINDINGS, set()),
    "format-version-2.yaml": (ERROR, {"SCH006"}),
    "helm-template.yaml": (ERROR, {"SCH005"}),
    "huge-integer.yaml": (ERROR, {"SCH005"}),
    "impossible-dates.yaml": (ERROR, {"SCH005"}),
    "include-tag.yaml": (ERROR, {"SCH007"}),
    "infinite-amounts.yaml": (ERROR, {"SCH005"}),
    "injection-html.yaml": (CLEAN_OR_FINDINGS, set()),
    "injection-jinja.yaml": (CLEAN_OR_FINDINGS, set()),
    "injection-latex.yaml": (CLEAN_OR_FINDINGS, set()),
    "injection-markdown.yaml": (CLEAN_OR_FINDINGS, set()),
    "injection-typst.yaml": (CLEAN_OR_FINDINGS, set()),
    "invalid-utf8.yaml": (ERROR, {"SCH007"}),
    "local-tag-on-mapping.yaml": (ERROR, {"SCH007"}),
    "locale-lowercase.yaml": (ERROR, {"SCH005"}),
    "locale-numeric-region.yaml": (ERROR, {"SCH005"}),
    "locale-other-language.yaml": (ERROR, {"SCH005"}),
    "locale-private-use.yaml": (ERROR, {"SCH005"}),
    "locale-script-subtag.yaml": (ERROR, {"SCH005"}),
    "locale-supported.yaml": (CLEAN_OR_FINDINGS, set()),
    "long-key.yaml": (ERROR, {"SCH001"}),
    # Long input for the rules (issue 12, class 3): each took from seconds to minutes.
    "long-defined-term.yaml": (CLEAN_OR_FINDINGS, set()),
    "long-mail-channel.yaml": (CLEAN_OR_FINDINGS, set()),
    "long-negated-channels.yaml": (CLEAN_OR_FINDINGS, set()),
    "long-unclosed-placeholders.yaml": (CLEAN_OR_FINDINGS, set()),
    "merge-key-bomb.yaml": (ERROR, {"SCH007"}),
    "merge-key-loop.yaml": (ERROR, {"SCH001"}),
    "merge-key-scalar.yaml": (ERROR, {"SCH005"}),
    "missing-sections.yaml": (ERROR, {"SCH004"}),
    "multi-document.yaml": (ERROR, {"SCH007"}),
    "non-string-keys.yaml": (ERROR, {"SCH003"}),
    "nul-byte.yaml": (ERROR, {"SCH001"}),
    "only-comments.yaml": (ERROR, {"SCH006"}),
    "out-of-calendar-dates.yaml": (ERROR, {"SCH005"}),
    "python-name-tag.yaml": (ERROR, {"SCH007"}),
    "python-object-tag.yaml": (ERROR, {"SCH007"}),
    "raw-escape-byte.yaml": (ERROR, {"SCH001"}),
    "scalar-document.yaml": (ERROR, {"SCH006"}),
    "tab-indentation.yaml": (ERROR, {"SCH001"}),
    "top-level-list.yaml": (ERROR, {"SCH006"}),
    "unicode-line-separators.yaml": (CLEAN_OR_FINDINGS, set()),
    "utf16-be-bom.yaml": (ERROR, {"SCH007"}),
    "utf16-le-bom.yaml": (ERROR, {"SCH007"}),
    "utf16-le-no-bom.yaml": (ERROR, {"SCH001"}),
    "utf8-bom.yaml": (CLEAN_OR_FINDINGS, set()),
    "wrong-types.yaml": (ERROR, {"SCH005"}),
    "yaml-directives.yaml": (ERROR, {"SCH007"}),
}
# Valid agreements with text the PDF fonts lack, odd links, markup in the title, emphasis
# runs (issue 12, classes 1 to 4; test_hostile_text.py renders them to every format).
EXPECTED.update({name: (CLEAN_OR_FINDINGS, set()) for name in TEXT_FILES})
RENDERED = sorted(name for name, (codes, _) in EXPECTED.items() if codes == CLEAN_OR_FINDINGS)


def _run(run_cli: Any, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.perf_counter()
    result = run_cli(*args)
    return result, time.perf_counter() - start


def _assert_no_crash(result: subprocess.CompletedProcess[str]) -> None:
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "internal error" not in output, output[-3000:]
    assert "\x1b" not in output and "\x07" not in output, "a control character reached the terminal"


def test_every_corpus_file_has_an_expectation() -> None:
    assert sorted(path.name for path in CORPUS.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_answers_each_hostile_file(run_cli: Any, name: str) -> None:
    allowed, codes = EXPECTED[name]
    result, seconds = _run(run_cli, "check", "--today", "2026-11-23", "-f", "json", str(CORPUS / name))
    _assert_no_crash(result)
    assert result.returncode in allowed, (result.returncode, result.stdout[-1500:], result.stderr)
    found = {finding["code"] for finding in json.loads(result.stdout)["findings"]}
    assert codes <= found, (codes, found)
    assert seconds < SECONDS_PER_FILE


def test_full_report_of_the_whole_corpus_stays_plain(run_cli: Any) -> None:
    result, seconds = _run(run_cli, "check", "--today", "2026-11-23", str(CORPUS))
    _assert_no_crash(result)
    assert result.returncode == 1
    assert seconds < SECONDS_PER_FILE * 3


class _Tags(HTMLParser):
    """Every start tag and attribute of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


@pytest.mark.parametrize("name", RENDERED)
def test_valid_hostile_agreements_render_literally(run_cli: Any, tmp_path: Path, name: str) -> None:
    # --allow-errors: some of these files are final and their findings are errors; what
    # matters here is what their text becomes, not whether they are ready to sign.
    result, seconds = _run(run_cli, "render", "--allow-errors", "--to", "md,html", "-o", str(tmp_path), str(CORPUS / name))
    _assert_no_crash(result)
    assert result.returncode == 0, (result.stdout[-1500:], result.stderr)
    assert seconds < SECONDS_PER_FILE
    parser = _Tags()
    parser.feed((tmp_path / name).with_suffix(".html").read_text(encoding="utf-8"))
    for tag, attrs in parser.tags:
        assert tag not in ("script", "iframe", "img", "object", "embed"), (tag, attrs)
        for attribute, value in attrs:
            assert not attribute.startswith("on"), (tag, attribute)
            assert not (value or "").strip().lower().startswith(("javascript:", "file:")), (tag, value)


def test_typst_injection_reads_no_file_into_the_pdf(run_cli: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader

    result, _ = _run(run_cli, "render", "--allow-errors", "--to", "pdf", "-o", str(tmp_path), str(CORPUS / "injection-typst.yaml"))
    _assert_no_crash(result)
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "injection-typst.pdf").pages)
    assert "#read(" in text.replace("\n", "")  # shown as text...
    assert "root:" not in text  # ...and never run: /etc/passwd is not in the document
