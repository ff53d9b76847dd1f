"""Every format says the same words as the Markdown, whatever Unicode the text fields hold.

Random text goes into every text field (`textfields.TEXT_FIELDS`) of a shipped example; the
agreement is rendered to all four formats with the real pandoc and Typst; the words of the
PDF (pypdf), the DOCX (python-docx, paragraphs and table cells) and the HTML must be those of
the Markdown (`format_words` says how text is normalised and what page furniture may add).
The PDF is compared with the Markdown as the PDF shows it: each character its fonts cannot
show replaced by U+FFFD (`pdf_text.fit_string`), as render does and warns about. A text
whose PDF render refuses (mostly characters no font has) must be refused with one clear
line, and the other formats must still agree.

The random text is words of letters, digits, punctuation and symbols from the scripts
around our jurisdictions (some with a combining mark), Markdown and link syntax,
emoji sequences (keycaps, flags, ZWJ families, skin tones, variation selectors) and a few
characters no font has. Right-to-left scripts are left out: the PDF stores them in visual
order, so pypdf would read their words backwards although every format shows them alike.
"""

from __future__ import annotations

import copy
import string
import unicodedata
from typing import Any

from format_words import differences, format_words, furniture, markdown_text, numbering_words, words
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from collabagree.core.errors import RenderError
from collabagree.model.textfields import iter_text_fields
from collabagree.render.document import (
    FORMATS,
    RenderOptions,
    blocking_findings,
    document_metadata,
    render_documents,
)
from collabagree.render.pdf_text import fit_string
from support.fuzz import check, generate

EXAMPLE = dict(generate.load_examples())["au-cth-data-mou"]  # the quickest to render
SPECIAL = ["1\ufe0f\u20e3", "#\ufe0f\u20e3", "*\ufe0f\u20e3", "\U0001f1f3\U0001f1ff",
           "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",
           "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0001f44d\U0001f3fd", "\u2764\ufe0f",
           "\u263a\ufe0e", "e\u1ab0", "x\u20e3", "\\\u20e3", "a\u0304", "\u0175", "\u0176", "\u4e2d",
           "Ng\u0101ti", "\u00a9\ufe0f"]
MARKUP = ["*", "**", "_", "[", "]", "(", ")", "<", ">", "#", "`", "$", "@", "\\", "{", "}", "|", "~",
          "^", ":", "!", "&amp;", "--", "...", "'", '"', "<https://a.example/x(>", "<https://a.example/x)>",
          "[link](https://b.example/y_z)", "<a@b.example>", "**bold**", "*it*", "1.", "-", "+", "=", "%"]
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"})
_RANGES = [(0x21, 0x24F), (0x370, 0x4FF), (0x1E00, 0x1EFF), (0x2010, 0x205E), (0x20A0, 0x20BF),
           (0x2100, 0x22FF)]


def _usable(ch: str) -> bool:
    return (unicodedata.category(ch)[0] in "LNPS" and unicodedata.bidirectional(ch) not in _RIGHT_TO_LEFT)


BASES = st.sampled_from([chr(code) for low, high in _RANGES for code in range(low, high + 1)
                         if _usable(chr(code))])
MARKS = st.sampled_from([chr(code) for code in [*range(0x300, 0x370), *range(0x1AB0, 0x1AFF),
                                                *range(0x20D0, 0x20F1)]
                         if unicodedata.category(chr(code)) == "Mn"])
# A combining mark always sits on the same letter: pypdf reads a mark's glyph by the text of
# its first use (format_words), so one mark under two letters would read as the first letter.
WORD = st.one_of(
    st.builds(lambda base, rest: base + rest, BASES, st.text(BASES, max_size=6)),
    st.builds(lambda mark, rest: "aeiouwyxq"[ord(mark) % 9] + mark + rest, MARKS, st.text(BASES, max_size=5)),
)
TOKEN = st.one_of(st.text(string.ascii_letters, min_size=1, max_size=9), WORD, WORD,
                  st.sampled_from(MARKUP), st.sampled_from(SPECIAL))
SEPARATOR = st.sampled_from([" ", " ", " ", " ", "\n", "\n\n", "\n- "])


@st.composite
def texts(draw: st.DrawFn) -> str:
    """A few lines of the random text described in the module docstring."""
    tokens = draw(st.lists(TOKEN, min_size=1, max_size=10))
    out = tokens[0]
    for token in tokens[1:]:
        out += draw(SEPARATOR) + token
    return out


def _with_texts(values: list[str]) -> Any:
    """The example with the values put in its text fields in turn."""
    data = copy.deepcopy(EXAMPLE)
    for number, (path, _old) in enumerate(list(iter_text_fields(data))):
        target = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = values[number % len(values)]
    return data


def _assert_same(expected: Any, actual: Any, allowed: frozenset[str], name: str) -> None:
    problems = differences(expected, actual, allowed, pdf=name == "pdf")
    assert not problems, f"{name}: {problems[:12]}"


# Derandomised so CI is repeatable; each example renders all four formats (about 2 s), so
# a failure is reported as found, not shrunk (shrinking would take many minutes).
@settings(max_examples=18, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck),
          phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(st.lists(texts(), min_size=1, max_size=3))
def test_every_format_carries_the_words_of_the_markdown(values: list[str]) -> None:
    result, agreement = check(generate.emit_yaml(_with_texts(values)).encode("utf-8"))
    assume(agreement is not None and not blocking_findings(result.findings, strict=False))
    assert agreement is not None
    warnings: list[str] = []
    # The timeline figure is words in the Markdown and a picture elsewhere (its alternative
    # text is checked against the model in tests/render/test_figure.py), so it is left out.
    try:
        documents = render_documents(agreement, RenderOptions(formats=FORMATS, figure=False), warnings)
    except RenderError as refused:
        message = str(refused)
        assert "\n" not in message and "cannot show" in message and "Traceback" not in message
        documents = render_documents(agreement, RenderOptions(formats=("md", "html", "docx"), figure=False))
    md = documents["md"].decode("utf-8")
    allowed = furniture(document_metadata(agreement), md)
    found = format_words(documents)
    _assert_same(found["md"], found["html"], allowed, "html")
    # Word shows the clause numbers through its list numbering, not as text.
    _assert_same(found["md"] - numbering_words(md), found["docx"], allowed, "docx")
    if "pdf" in documents:
        # The PDF's title block and running header show the metadata as the PDF fonts can.
        allowed = frozenset(words(" ".join(allowed) + " " + fit_string(" ".join(allowed)), pdf=True))
        as_in_pdf = words(fit_string(markdown_text(md)), pdf=True)
        _assert_same(as_in_pdf, found["pdf"], allowed, "pdf")
        if "\ufffd" in "".join(as_in_pdf) and "\ufffd" not in "".join(values):
            assert warnings, "characters were replaced without a warning"
