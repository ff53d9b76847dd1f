"""Characters the PDF fonts cannot show: found by a Typst probe made of code points only,
replaced cluster by cluster in the agreement's own text, and reported by field.

The old fallback replaced the character Typst named throughout the Typst source: a
backslash + U+20E3 removed every backslash (and so pandoc's escapes), a keycap 1 every 1.
"""

from __future__ import annotations

import io
import re
import string
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from collabagree.core.errors import RenderError
from collabagree.load.reader import load_file
from collabagree.render import glyphs
from collabagree.render.document import RenderOptions, render_documents
from collabagree.render.graphemes import clusters
from collabagree.render.pdf_text import (
    MAX_REPLACED,
    fit_for_pdf,
    fit_string,
    format_path,
)
from collabagree.schema.validate import validate
from support.backends import TYPST_TEMPLATE

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "uk-food-bank-funding.yaml"
WELSH_AND_MACRONS = ["ā", "ē", "ī", "ō", "ū", "ŵ", "ŷ", "Ā", "Ē", "Ī", "Ō", "Ū", "Ŵ", "Ŷ",
                     "a\u0304", "e\u0304", "i\u0304", "o\u0304", "u\u0304", "A\u0304", "E\u0304",
                     "I\u0304", "O\u0304", "U\u0304", "w\u0302", "y\u0302", "W\u0302", "Y\u0302",
                     "ẁ", "ẃ", "ẅ", "ỳ", "ý", "ÿ", "â", "ê", "î", "ô", "û"]
MARK_BLOCKS = {"U+0300-U+036F": range(0x300, 0x370), "U+1AB0-U+1AFF": range(0x1AB0, 0x1B00),
               "U+20D0-U+20FF": range(0x20D0, 0x2100)}


def _example() -> Any:
    agreement, findings = validate(load_file(str(EXAMPLE)))
    assert agreement is not None, findings
    return agreement


def _pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.mark.parametrize(("text", "expected"), [
    ("ab", ["a", "b"]),
    ("e\u1ab0x", ["e\u1ab0", "x"]),
    ("1\ufe0f\u20e3 ", ["1\ufe0f\u20e3", " "]),
    ("#\ufe0f\u20e3*\ufe0f\u20e3", ["#\ufe0f\u20e3", "*\ufe0f\u20e3"]),
    ("\U0001f1f3\U0001f1ff\U0001f1ec\U0001f1e7\U0001f1fa", ["\U0001f1f3\U0001f1ff", "\U0001f1ec\U0001f1e7", "\U0001f1fa"]),
    ("\U0001f44d\U0001f3fd!", ["\U0001f44d\U0001f3fd", "!"]),
    ("\U0001f468\u200d\U0001f469\u200d\U0001f467.", ["\U0001f468\u200d\U0001f469\u200d\U0001f467", "."]),
    ("\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",
     ["\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"]),
    ("\u2764\ufe0f\u263a\ufe0e", ["\u2764\ufe0f", "\u263a\ufe0e"]),
    ("\u0301a", ["\u0301", "a"]),
    ("a\u200bb", ["a", "\u200b", "b"]),
    ("\u1100\u1161\u11a8\uac00", ["\u1100\u1161\u11a8", "\uac00"]),
])
def test_grapheme_clusters(text: str, expected: list[str]) -> None:
    assert clusters(text) == expected


def test_the_probe_is_made_of_code_points_only(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    class Recorder:
        def compile(self, source: bytes, **_options: Any) -> bytes:
            seen.append(source.decode("utf-8"))
            return b"%PDF"

    batch = ['#show "not": none', "\\\u20e3", "e\u1ab0", "]", '"', "\u4e2d"]
    assert glyphs._probe(None, Recorder(), batch, ("Libertinus Serif",), ("normal", 400)) == set()
    lines = [line for line in seen[0].splitlines() if line and not line.startswith(("#set ", "#let u "))]
    assert len(lines) == len(batch)
    assert all(re.fullmatch(r"#\(u\(\d+\)(?: \+ u\(\d+\))*\)", line) for line in lines), lines


def test_printable_ascii_and_the_replacement_character_show_in_every_style() -> None:
    # Why printable ASCII is never probed, and why U+FFFD can stand in for anything.
    probe_all = [*string.printable.strip(), "\ufffd"]
    assert not glyphs.needs_probe("a") and glyphs.needs_probe("\ufffd")
    with glyphs.sandboxed_compiler() as (typst, compiler):
        for style in glyphs._STYLES:
            assert glyphs._failing(typst, compiler, probe_all, glyphs.DEFAULT_FONTS, style) == set(), style


def test_welsh_and_macrons_show_with_the_template_font_alone() -> None:
    # With fallback off too: Libertinus Serif itself has them, in every style.
    fonts = glyphs.template_fonts(TYPST_TEMPLATE.read_text(encoding="utf-8"))
    assert fonts == ("Libertinus Serif",)
    assert glyphs.undisplayable(WELSH_AND_MACRONS, fonts) == set()
    source = "\n\n".join(f'#text(font: "Libertinus Serif", fallback: false, style: "{style}", weight: {weight})['
                         + "".join(WELSH_AND_MACRONS) + "]" for style, weight in glyphs._STYLES)
    with glyphs.sandboxed_compiler() as (_typst, compiler):
        compiler.compile(source.encode("utf-8"), format="pdf", pdf_standards=["a-2b"])


@pytest.mark.parametrize(("source", "fonts"), [
    ('#set text(font: ("New Computer Modern",), size: 11pt)', ("New Computer Modern",)),
    ('#set text(font: "DejaVu Sans Mono")', ("DejaVu Sans Mono",)),
    ('#set text(font: ("No Such Font", "libertinus serif"))', ("Libertinus Serif",)),
    ("#set text(size: 12pt)", ("Libertinus Serif",)),
    ('#set text(font: ("X\\", "Y"))', ("Libertinus Serif",)),
])
def test_template_fonts_keeps_only_embedded_families(source: str, fonts: tuple[str, ...]) -> None:
    assert glyphs.template_fonts(source) == fonts


@pytest.mark.parametrize("block", sorted(MARK_BLOCKS))
def test_every_combining_mark_replaces_only_its_own_cluster(block: str) -> None:
    marks = [chr(code) for code in MARK_BLOCKS[block] if unicodedata.category(chr(code)).startswith("M")]
    text = " ".join(f"e{mark}x" for mark in marks) + " every e and 1 stays \\"
    fitted = fit_string(text)
    # Each cluster is kept whole or replaced whole; nothing outside a cluster changes.
    for original, shown in zip(text.split(" "), fitted.split(" ")):
        assert shown in (original, "\ufffdx"), (original, shown)
    assert fitted.endswith(" every e and 1 stays \\")
    md = "# 1 Marks\n\n" + fitted.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    from collabagree.render.pandoc_runner import markdown_to_typst
    from collabagree.render.pdf import typst_to_pdf

    pdf = typst_to_pdf(markdown_to_typst(md, template=TYPST_TEMPLATE, metadata={"title": "T", "lang": "en"}))
    # Marks left out: pypdf reads every later e as e + the first mark it carried, as it
    # ignores the /ActualText Typst gives (tests/fuzz/format_words.py).
    bare = "".join(ch for ch in unicodedata.normalize("NFD", _pdf_text(pdf)) if not unicodedata.category(ch).startswith("M"))
    assert "every e and 1 stays \\" in bare


def test_warnings_name_the_field_and_the_characters() -> None:
    agreement = _example()
    parties = list(agreement.parties)
    parties[1] = parties[1].model_copy(update={"name": parties[1].name + " \U0001f91d\U0001f3fd"})
    changed = agreement.model_copy(update={"parties": parties, "rationale": "Keycap 1\ufe0f\u20e3 and e\u1ab0."})
    fitted = fit_for_pdf(changed)
    assert fitted.warnings[0].startswith('parties[1].name: the PDF fonts cannot show "\U0001f91d\U0001f3fd" '
                                         "(U+1F91D U+1F3FD)")
    assert fitted.warnings[1].startswith('rationale: the PDF fonts cannot show "1\ufe0f\u20e3" (U+0031 U+FE0F '
                                         'U+20E3), "e\u1ab0" (U+0065 U+1AB0)')
    assert fitted.agreement.parties[1].name.endswith(" \ufffd")
    assert fitted.agreement.rationale == "Keycap \ufffd and \ufffd."
    assert changed.rationale == "Keycap 1\ufe0f\u20e3 and e\u1ab0."  # the original is untouched
    assert fitted.agreement.parties[0] is changed.parties[0]


def test_nothing_to_replace_gives_the_same_agreement() -> None:
    agreement = _example()
    fitted = fit_for_pdf(agreement)
    assert fitted.agreement is agreement and fitted.warnings == []


@pytest.mark.parametrize("name", ["北京市人民政府", "中文", "\U0001f91d\U0001f91d"])
def test_a_value_mostly_unshowable_refuses_the_pdf(name: str) -> None:
    agreement = _example()
    parties = list(agreement.parties)
    parties[0] = parties[0].model_copy(update={"name": name})
    with pytest.raises(RenderError, match=r"^parties\[0\]\.name: the PDF fonts cannot show \d+ of its \d+ "
                                          r"characters \(such as .* \(U\+[0-9A-F]{4,5}\)\)") as info:
        fit_for_pdf(agreement.model_copy(update={"parties": parties}))
    assert "\n" not in str(info.value)


def test_many_unshowable_characters_in_a_long_value_refuse_the_pdf() -> None:
    agreement = _example()
    text = "A long clause in English " * 20 + "\U0001f91d" * (MAX_REPLACED + 1)
    with pytest.raises(RenderError, match="rationale"):
        fit_for_pdf(agreement.model_copy(update={"rationale": text}))
    fitted = fit_for_pdf(agreement.model_copy(update={"rationale": text[:-2]}))
    assert len(fitted.warnings) == 1


def test_only_the_pdf_loses_characters() -> None:
    agreement = _example()
    changed = agreement.model_copy(update={"rationale": "Kia ora \U0001f44b\U0001f3fe, Ngā mihi, e\u1ab0."})
    warnings: list[str] = []
    documents = render_documents(changed, RenderOptions(formats=("md", "html", "pdf")), warnings)
    assert "Kia ora \U0001f44b\U0001f3fe, Ngā mihi, e\u1ab0." in documents["md"].decode("utf-8")
    # pandoc wraps HTML lines at spaces, which a browser shows as spaces.
    assert "Kia ora \U0001f44b\U0001f3fe, Ngā mihi, e\u1ab0." in " ".join(documents["html"].decode("utf-8").split())
    assert "Kia ora \ufffd, Ngā mihi, \ufffd." in _pdf_text(documents["pdf"])
    assert len(warnings) == 1 and warnings[0].startswith("rationale: ")


@pytest.mark.parametrize(("path", "shown"), [
    (("parties", 1, "name"), "parties[1].name"), (("scope", "in", 0), "scope.in[0]"),
    (("definitions", "Data Set"), "definitions['Data Set']"), ((), ""),
])
def test_paths_read_like_the_yaml(path: tuple[str | int, ...], shown: str) -> None:
    assert format_path(path) == shown
