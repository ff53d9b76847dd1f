"""`s` in the clause templates: the only way a template makes structure.

Each method returns a token (see `tokens`). Anchors name clauses for cross-references
(`s.ref("funding.repayment")`) and for comparing versions; a clause without an anchor gets
one from its section and position. Values printed with `{{ }}` and `{% trans %}` variables
pass through `finalize` and `gettext` here, so they are literal text wherever they land.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from collabagree.drafting import ir
from collabagree.drafting import tokens as tk
from collabagree.drafting.builder import wording_inlines

Cell = Any
"""A table cell or line value: wording (with tokens) or a plain value shown literally."""


class Structure:
    """The structure helper one render's templates share."""

    def __init__(self, table: tk.TokenTable, translate: Callable[[str], str] | None = None,
                 translate_plural: Callable[[str, str, int], str] | None = None) -> None:
        self._table = table
        self._translate = translate or (lambda message: message)
        self._translate_plural = translate_plural or (lambda one, many, n: one if n == 1 else many)
        self._section = ""
        self._counters: dict[str, int] = {}
        self._definitions: ir.Definitions | None = None

    # -- values -----------------------------------------------------------------------

    def finalize(self, value: Any) -> str:
        """Jinja's finalize: tokens and template output pass; every other value is literal."""
        if value is None:
            return ""
        if isinstance(value, tk.Wording):
            return value
        text = str(value)
        if self._table.holds_tokens(text):
            return text  # macro output or concatenated wording: already made of tokens
        return self._table.token(tk.LITERAL, text)

    def translate(self, message: str) -> str:
        """The message in the document's language (English: itself)."""
        return self._translate(message)

    def translate_plural(self, singular: str, plural: str, count: int) -> str:
        """The singular or plural message in the document's language."""
        return self._translate_plural(singular, plural, count)

    def gettext(self, message: str, **variables: Any) -> tk.Wording:
        """The message in the document's language, its `%(name)s` filled with literal values."""
        return self._fill(self._translate(message), variables)

    def ngettext(self, singular: str, plural: str, count: int, **variables: Any) -> tk.Wording:
        """Singular or plural message by `count`, filled like `gettext`."""
        variables.setdefault("num", count)
        return self._fill(self._translate_plural(singular, plural, count), variables)

    def _fill(self, message: str, variables: dict[str, Any]) -> tk.Wording:
        if not variables:
            return tk.Wording(message.replace("%%", "%"))
        return tk.Wording(message % {name: self.finalize(value) for name, value in variables.items()})

    def inline(self, value: Any) -> tk.Wording:
        """A prose value inside a sentence: emphasis and links kept, paragraphs joined."""
        return self._table.token(tk.INLINE_PROSE, "" if value is None else str(value))

    def prose(self, value: Any) -> tk.Wording:
        """A prose value as its own paragraphs and lists."""
        return self._table.token(tk.PROSE, "" if value is None else str(value))

    # -- structure --------------------------------------------------------------------

    def section(self, anchor: str, title: Any, kind: str = "section") -> tk.Wording:
        """Start a numbered section (or a `schedule`, or an `unnumbered` page)."""
        self._section = anchor
        return self._table.token(tk.SECTION, (anchor, str(title), kind))

    def clause(self, anchor: str | None = None, level: int = 1) -> tk.Wording:
        """Start a clause at `level` (1: 8.3, 2: 8.3.1, 3: 8.3.1.1)."""
        return self._table.token(tk.CLAUSE, (self._anchor(anchor), level))

    def sub(self, anchor: str | None = None) -> tk.Wording:
        """Start a sub-clause (level 2)."""
        return self.clause(anchor, 2)

    def para(self) -> tk.Wording:
        """Start a new paragraph in the same clause."""
        return self._table.token(tk.PARA)

    def item(self, lettered: bool = True) -> tk.Wording:
        """Start a list item: lettered (a), (b)... completing the lead-in, or a bullet."""
        return self._table.token(tk.ITEM, lettered)

    def end_list(self) -> tk.Wording:
        """Go back to paragraphs after a list."""
        return self._table.token(tk.END_LIST)

    def ref(self, anchor: str, style: str = "clause", fallback: str = "") -> tk.Wording:
        """A cross-reference, read as "clause 8.3" (`bare`: "8.3"; a schedule: "Schedule 2").
        `fallback` is printed if the target has nothing to say and was left out."""
        return self._table.token(tk.REF, (anchor, style, fallback))

    # -- blocks -----------------------------------------------------------------------

    def table(self, header: Sequence[Cell], rows: Iterable[Sequence[Cell]],
              widths: Sequence[float] | None = None, numeric: Sequence[bool] | None = None) -> tk.Wording:
        """A table; cells are wording or plain values (shown literally)."""
        block = ir.Table([self.cell(h) for h in header], [[self.cell(c) for c in row] for row in rows],
                         list(widths or []), list(numeric or []))
        return self._table.token(tk.BLOCK, block)

    def signature(self, heading: Cell, lines: Sequence[tuple[Cell, Cell]], advisory: bool = False,
                  sign_rows: Sequence[int] = ()) -> tk.Wording:
        """A signature block: a heading and label/value lines (blank values leave room; the
        `sign_rows` get a line to sign on)."""
        block = ir.SignatureBlock(self.cell(heading), [(str(label), self.cell(value)) for label, value in lines],
                                  advisory, tuple(sign_rows))
        return self._table.token(tk.BLOCK, block)

    def definitions(self) -> tk.Wording:
        """The definitions list; `define` adds to it, and only terms the document uses stay."""
        self._definitions = ir.Definitions([])
        return self._table.token(tk.BLOCK, self._definitions)

    def define(self, term: str, meaning: Cell) -> str:
        """Offer a defined term to the definitions list (printed there only if used)."""
        if self._definitions is None:
            raise ValueError("s.define() before s.definitions()")
        self._definitions.items.append(ir.Definition(str(term), self.cell(meaning)))
        return ""

    def block(self, block: ir.Block) -> tk.Wording:
        """A block built by Python code (the definitions list, the timeline figure)."""
        return self._table.token(tk.BLOCK, block)

    def cell(self, value: Cell) -> list[ir.Inline]:
        """A cell or line value as inlines."""
        if value is None:
            return []
        if isinstance(value, list):
            return value
        text = str(value)
        if isinstance(value, tk.Wording) or self._table.holds_tokens(text):
            return wording_inlines(text, self._table)
        return wording_inlines(self._table.token(tk.LITERAL, text), self._table)

    def _anchor(self, anchor: str | None) -> str:
        if anchor:
            return anchor
        count = self._counters.get(self._section, 0) + 1
        self._counters[self._section] = count
        return f"{self._section}.#{count}"
