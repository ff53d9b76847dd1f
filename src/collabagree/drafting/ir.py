"""The document the drafting engine builds: sections, clauses, blocks and inlines.

Every output format is written from this one tree (`emit_markdown`, `emit_pandoc`), so
numbering, cross-references and defined terms are computed once, from structure, and no
format can say something another does not. Text is always data here: a `Text` inline is
shown exactly as it is, whatever characters it holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# -- inlines ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """Literal characters."""

    value: str


@dataclass(frozen=True, slots=True)
class Emph:
    """Emphasis (italics)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Strong:
    """Strong emphasis (bold)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Link:
    """A link to an http, https or mailto address (user text, whitelisted)."""

    children: tuple[Inline, ...]
    url: str


@dataclass(frozen=True, slots=True)
class Ref:
    """A cross-reference to a clause, section or schedule by its anchor.

    `number` is filled in once the document is numbered; `style` says how it reads:
    `clause` ("clause 8.3"), `bare` ("8.3"), `schedule` ("Schedule 2").
    """

    anchor: str
    style: str = "clause"
    number: str = ""
    fallback: str = ""
    """What to print if the target is not in this document (a part the user named that
    has nothing to say); without one, a missing target is a template error."""


@dataclass(frozen=True, slots=True)
class Break:
    """A line break inside a paragraph (addresses)."""


Inline = Text | Emph | Strong | Link | Ref | Break

# -- blocks -------------------------------------------------------------------------------


@dataclass(slots=True)
class Paragraph:
    """A run of inlines."""

    inlines: list[Inline]
    role: str = ""
    """A layout role the writers know: `lead-in` (kept with what follows), `note`..."""


@dataclass(slots=True)
class BulletList:
    """Items, each a list of blocks (usually one paragraph).

    `lettered` lists complete the sentence of their lead-in and are lettered (a), (b)...;
    the others are bullets (user text, tables of facts).
    """

    items: list[list[Block]]
    lettered: bool = False


@dataclass(slots=True)
class Table:
    """A table: a header row and body rows of cells (each a list of inlines).

    `widths` are relative column widths; columns whose every body cell is empty are left
    out by the writers (`Table.visible_columns`).
    """

    header: list[list[Inline]]
    rows: list[list[list[Inline]]]
    widths: list[float] = field(default_factory=list)
    numeric: list[bool] = field(default_factory=list)
    caption: str = ""

    def visible_columns(self) -> list[int]:
        """Indexes of the columns that hold something in at least one body row."""
        keep = [i for i in range(len(self.header))
                if any(i < len(row) and _has_text(row[i]) for row in self.rows)]
        return keep or list(range(len(self.header)))


@dataclass(slots=True)
class Definition:
    """One defined term and its meaning (a paragraph of inlines)."""

    term: str
    meaning: list[Inline]


@dataclass(slots=True)
class Definitions:
    """The definitions list of the interpretation clause."""

    items: list[Definition]


SIGNING_LINE = "_" * 32
"""The line a signature row leaves to sign on."""


@dataclass(slots=True)
class SignatureBlock:
    """Where one person signs (or approves) for one party."""

    heading: list[Inline]
    """"Signed for and on behalf of the Council", "Executed as a deed by ..."."""
    lines: list[tuple[str, list[Inline]]]
    """Label and value rows: Signature, Name, Position, Date, Witness..."""
    advisory: bool = False
    sign_rows: tuple[int, ...] = ()
    """The rows someone signs in (the signature, a witness's signature): each output
    leaves a line to sign on, with room above it."""


@dataclass(slots=True)
class Figure:
    """A figure drawn by the tool (the timeline): the drawing program's name
    (`templates/figures/NAME.typ`), the JSON data it reads, its alternative text and caption.
    The writers turn it into an image (`render.figures`) or, without one, into its words."""

    name: str
    data: str
    alt: str
    caption: str


Block = Paragraph | BulletList | Table | Definitions | SignatureBlock | Figure

# -- structure ----------------------------------------------------------------------------


@dataclass(slots=True)
class Clause:
    """A numbered clause (level 1, 2 or 3 inside its section), its blocks and sub-clauses."""

    anchor: str
    blocks: list[Block] = field(default_factory=list)
    children: list[Clause] = field(default_factory=list)
    number: str = ""
    heading: str = ""
    """A clause heading printed before its text (rare: used for long clauses)."""


@dataclass(slots=True)
class Section:
    """A numbered top-level section ("8 Governance") or a schedule ("Schedule 2")."""

    anchor: str
    title: str
    clauses: list[Clause] = field(default_factory=list)
    intro: list[Block] = field(default_factory=list)
    """Unnumbered blocks before the first clause (the signature page's text)."""
    kind: str = "section"
    """`section`, `schedule`, or `unnumbered` (the execution page)."""
    number: str = ""


@dataclass(slots=True)
class FrontPage:
    """What the front page shows before the first section."""

    title: str
    subtitle: str
    parties: list[tuple[str, str]]
    """Each party's full name and how the document refers to it."""
    facts: list[tuple[str, str]]
    """Reference, version, status, date lines."""
    dated: str
    """The "Dated" line: the date, or blank space to fill in at signature."""
    draft: bool


@dataclass(slots=True)
class Document:
    """A whole agreement."""

    front: FrontPage
    sections: list[Section]
    lang: str = "en-GB"
    noun: str = "Agreement"
    metadata: dict[str, str] = field(default_factory=dict)

    def all_clauses(self) -> list[Clause]:
        """Every clause, depth first, in document order."""
        found: list[Clause] = []
        stack: list[Clause] = [c for s in reversed(self.sections) for c in reversed(s.clauses)]
        while stack:
            clause = stack.pop()
            found.append(clause)
            stack.extend(reversed(clause.children))
        return found


def _has_text(inlines: list[Inline]) -> bool:
    return any(not isinstance(item, Text) or item.value.strip() for item in inlines)


def plain_text(inlines: list[Inline] | tuple[Inline, ...]) -> str:
    """The inlines as plain text (references as they read, once numbered)."""
    out: list[str] = []
    for item in inlines:
        if isinstance(item, Text):
            out.append(item.value)
        elif isinstance(item, (Emph, Strong, Link)):
            out.append(plain_text(item.children))
        elif isinstance(item, Ref):
            out.append(ref_text(item))
        else:
            out.append(" ")
    return "".join(out)


def ref_text(ref: Ref) -> str:
    """How a resolved reference reads: "clause 8.3", "8.3", "Schedule 2", "paragraph 2 of
    Schedule 1" (a clause inside a schedule)."""
    if not ref.number:
        return ref.fallback
    if ref.style in ("many", "Many"):
        return ref.number
    if ref.style == "bare" or ref.number.startswith("Schedule"):
        return ref.number
    if " of Schedule " in ref.number:
        return f"paragraph {ref.number}"
    return f"clause {ref.number}"
