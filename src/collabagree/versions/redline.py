"""The redline: two drafted documents merged into one pandoc AST with tracked changes.

Both versions are drafted by the engine and written as pandoc JSON (`emit_pandoc`), so the
comparison sees exactly what each version's own document shows. Blocks are aligned with
difflib: a clause by its anchor (the bookmark on its number), other blocks by their style
and text, so a clause only in NEW is inserted whole and one only in OLD deleted whole.
Within a matched paragraph the words are diffed; a cross-reference and a clause number are
each one word. An insertion or deletion is a pandoc Span with the class `insertion` or
`deletion` and the attributes `author` and `date` (pandoc's DOCX writer makes them `w:ins`
and `w:del`). Every string stays a `Str` node: nothing here is read as markup.

For the DOCX (`Marks.docx`), each paragraph inserted or deleted whole also gets an empty
marker span whose bookmark `redline_emit` turns into a tracked paragraph mark (and a table
row whose every paragraph is so marked into a tracked row). For HTML and PDF
(`Marks.visual`) the changed words are also wrapped in Underline / Strikeout, so the change
never shows by colour alone, and each changed top-level block carries the class `changed`
(the change bar); the Markdown has the spans alone.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

Node = dict[str, Any]
INSERTION, DELETION = "insertion", "deletion"
MARKER_PREFIX = "ca_pmark_"
_WRAPPERS = frozenset({"Strong", "Emph", "Underline", "Strikeout", "SmallCaps", "Link", "Span"})
_ATOMS = frozenset({"Str", "Space", "SoftBreak", "LineBreak"})


@dataclass
class Marks:
    """Who made the changes, when, and for which back-end."""

    author: str
    date: str
    docx: bool = False
    """Mark paragraphs inserted or deleted whole (for `redline_docx`)."""
    visual: bool = False
    """Underline insertions, strike deletions and mark changed blocks (HTML, PDF)."""
    _count: int = field(default=0, repr=False)

    def attr(self, status: str) -> list[Any]:
        """The Attr of an insertion or deletion span."""
        return ["", [status], [["author", self.author], ["date", self.date]]]

    def marker(self, status: str) -> Node:
        """An empty span whose id marks its paragraph as inserted or deleted whole."""
        self._count += 1
        return {"t": "Span", "c": [[f"{MARKER_PREFIX}{status[:3]}_{self._count}", [], []], []]}


def redline_blocks(old: list[Node], new: list[Node], marks: Marks) -> list[Node]:
    """NEW's blocks with OLD's differences marked as tracked changes."""
    merged = merge_blocks(old, new, marks)
    if not marks.visual:
        return merged
    return [{"t": "Div", "c": [["", ["changed"], []], [block]]} if has_change(block) else block
            for block in merged]


def merge_blocks(old: list[Node], new: list[Node], marks: Marks) -> list[Node]:
    """Align two block lists and merge them."""
    return [block for part in _align(old, new, _key, lambda o, n: merge_block(o, n, marks),
                                     lambda b, status: [whole(b, status, marks)]) for block in part]


def _align(old: list[Any], new: list[Any], key: Callable[[Any], str],
           merge: Callable[[Any, Any], Any], mark: Callable[[Any, str], Any]) -> list[Any]:
    """Items aligned by `key` (difflib): pairs merged, the rest marked deleted or inserted."""
    matcher = difflib.SequenceMatcher(a=[key(b) for b in old], b=[key(b) for b in new], autojunk=False)
    out: list[Any] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        pairs = min(a1 - a0, b1 - b0) if tag in ("equal", "replace") else 0
        out.extend(merge(old[a0 + offset], new[b0 + offset]) for offset in range(pairs))
        out.extend(mark(item, DELETION) for item in old[a0 + pairs:a1])
        out.extend(mark(item, INSERTION) for item in new[b0 + pairs:b1])
    return out


def merge_block(old: Node, new: Node, marks: Marks) -> list[Node]:
    """One block of each version, merged; a block that changed its kind is replaced."""
    if old == new:
        return [new]
    if _shape(old) != _shape(new):
        return [whole(old, DELETION, marks), whole(new, INSERTION, marks)]
    kind = new["t"]
    if kind in ("Para", "Plain"):
        return [{"t": kind, "c": merge_inlines(old["c"], new["c"], marks)}]
    if kind == "Header":
        level, attr, _ = new["c"]
        return [{"t": "Header", "c": [level, attr, merge_inlines(old["c"][2], new["c"][2], marks)]}]
    if kind == "Div":
        return [{"t": "Div", "c": [new["c"][0], merge_blocks(old["c"][1], new["c"][1], marks)]}]
    if kind == "BulletList":
        return [{"t": "BulletList", "c": _merge_items(old["c"], new["c"], marks)}]
    if kind == "OrderedList":
        return [{"t": "OrderedList", "c": [new["c"][0], _merge_items(old["c"][1], new["c"][1], marks)]}]
    if kind == "Table":
        return [_merge_table(old, new, marks)]
    return [whole(old, DELETION, marks), whole(new, INSERTION, marks)]


def _merge_items(old: list[list[Node]], new: list[list[Node]], marks: Marks) -> list[list[Node]]:
    return _align(old, new, _text, lambda o, n: merge_blocks(o, n, marks),
                  lambda item, status: [whole(b, status, marks) for b in item])


def _merge_table(old: Node, new: Node, marks: Marks) -> Node:
    attr, caption, specs, head, bodies, foot = new["c"]
    head_rows = _merge_rows(old["c"][3][1], head[1], marks)
    old_rows = [row for body in old["c"][4] for row in body[3]]
    new_rows = [row for body in bodies for row in body[3]]
    body = [bodies[0][0] if bodies else ["", [], []], 0, [], _merge_rows(old_rows, new_rows, marks)]
    return {"t": "Table", "c": [attr, caption, specs, [head[0], head_rows], [body], foot]}


def _merge_rows(old: list[Any], new: list[Any], marks: Marks) -> list[Any]:
    return _align(old, new, _text, lambda o, n: _merge_row(o, n, marks),
                  lambda row, status: _whole_row(row, status, marks))


def _merge_row(old: Any, new: Any, marks: Marks) -> Any:
    cells = [[*cell[:4], merge_blocks(before[4], cell[4], marks)] for before, cell in zip(old[1], new[1])]
    return [new[0], cells]


def _whole_row(row: Any, status: str, marks: Marks) -> Any:
    return [row[0], [[*cell[:4], [whole(b, status, marks) for b in cell[4]] or
                      [{"t": "Plain", "c": [marks.marker(status)] if marks.docx else []}]]
                     for cell in row[1]]]


def whole(block: Node, status: str, marks: Marks) -> Node:
    """A block inserted or deleted whole: every paragraph's words, and its mark."""
    kind = block["t"]
    if kind in ("Para", "Plain"):
        return {"t": kind, "c": _paragraph(block["c"], status, marks)}
    if kind == "Header":
        level, attr, content = block["c"]
        return {"t": "Header", "c": [level, attr, _paragraph(content, status, marks)]}
    if kind == "Div":
        return {"t": "Div", "c": [block["c"][0], [whole(b, status, marks) for b in block["c"][1]]]}
    if kind == "BulletList":
        return {"t": kind, "c": [[whole(b, status, marks) for b in item] for item in block["c"]]}
    if kind == "OrderedList":
        items = [[whole(b, status, marks) for b in item] for item in block["c"][1]]
        return {"t": kind, "c": [block["c"][0], items]}
    if kind == "Table":
        attr, caption, specs, head, bodies, foot = block["c"]
        head = [head[0], [_whole_row(row, status, marks) for row in head[1]]]
        bodies = [[*body[:3], [_whole_row(row, status, marks) for row in body[3]]] for body in bodies]
        return {"t": "Table", "c": [attr, caption, specs, head, bodies, foot]}
    return block


def _paragraph(content: list[Node], status: str, marks: Marks) -> list[Node]:
    out = _rebuild([(status, path, node) for path, node in _atoms(content)], marks)
    return [*out, marks.marker(status)] if marks.docx else out


# -- words -----------------------------------------------------------------------------

Atom = tuple[tuple[str, ...], Node]


def merge_inlines(old: list[Node], new: list[Node], marks: Marks) -> list[Node]:
    """Two paragraphs' inlines as NEW's with OLD's words marked deleted, NEW's inserted."""
    old_atoms, new_atoms = list(_atoms(old)), list(_atoms(new))
    matcher = difflib.SequenceMatcher(a=[_atom_key(a) for a in old_atoms],
                                      b=[_atom_key(a) for a in new_atoms], autojunk=False)
    merged: list[tuple[str, tuple[str, ...], Node]] = []
    for tag, a0, a1, b0, b1 in _joined(matcher.get_opcodes(), new_atoms):
        if tag == "equal":
            merged.extend(("", path, node) for path, node in new_atoms[b0:b1])
            continue
        merged.extend((DELETION, path, _without_id(node)) for path, node in old_atoms[a0:a1])
        merged.extend((INSERTION, path, node) for path, node in new_atoms[b0:b1])
    return _rebuild(merged, marks)


Opcode = tuple[str, int, int, int, int]


def _joined(opcodes: Sequence[Opcode], new_atoms: list[Atom]) -> list[Opcode]:
    """Changes separated only by a space become one ("20 March" -> "2 November" reads as
    one deletion and one insertion, not two of each)."""
    out: list[Opcode] = []
    for opcode in opcodes:
        if len(out) >= 2 and opcode[0] != "equal" and out[-1][0] == "equal" and out[-2][0] != "equal" \
                and all(node["t"] == "Space" for _, node in new_atoms[out[-1][3]:out[-1][4]]):
            out.pop()
            first = out.pop()
            opcode = ("replace", first[1], opcode[2], first[3], opcode[4])
        out.append(opcode)
    return out


def _atoms(inlines: list[Node], path: tuple[str, ...] = ()) -> Iterator[Atom]:
    """Words, spaces, and whole cross-references and clause numbers, each with the
    wrappers around it (as JSON, so equal wrappers compare equal)."""
    for node in inlines:
        kind = node["t"]
        if kind in _ATOMS or _atomic(node):
            yield path, node
        elif kind in _WRAPPERS:
            inner = node["c"][1] if kind in ("Link", "Span") else node["c"]
            yield from _atoms(inner, (*path, _wrapper_key(node)))
        else:
            yield path, node


def _atomic(node: Node) -> bool:
    """A cross-reference (one word: its number changes with the document) or a clause
    number (the bookmark)."""
    if node["t"] == "Link":
        return "xref" in node["c"][0][1]
    return node["t"] == "Span" and "clause-number" in node["c"][0][1]


def _wrapper_key(node: Node) -> str:
    if node["t"] == "Link":
        return json.dumps(["Link", node["c"][0], node["c"][2]])
    if node["t"] == "Span":
        return json.dumps(["Span", node["c"][0]])
    return json.dumps([node["t"]])


def _atom_key(atom: Atom) -> str:
    return json.dumps([atom[0], atom[1]], sort_keys=True)


def _without_id(node: Node) -> Node:
    """A deleted clause number keeps its words but not its id (NEW's number has it)."""
    if node["t"] == "Span" and node["c"][0][0]:
        return {"t": "Span", "c": [["", *node["c"][0][1:]], node["c"][1]]}
    return node


def _rebuild(atoms: list[tuple[str, tuple[str, ...], Node]], marks: Marks, depth: int = 0) -> list[Node]:
    """Group atoms by their wrappers (outermost first), then by status into change spans."""
    out: list[Node] = []
    index = 0
    while index < len(atoms):
        status, path, node = atoms[index]
        if len(path) > depth:
            wrapper = path[depth]
            end = index
            while end < len(atoms) and len(atoms[end][1]) > depth and atoms[end][1][depth] == wrapper:
                end += 1
            out.append(_wrap(wrapper, _rebuild(atoms[index:end], marks, depth + 1)))
            index = end
            continue
        end = index
        while end < len(atoms) and len(atoms[end][1]) == depth and atoms[end][0] == status:
            end += 1
        nodes = [item[2] for item in atoms[index:end]]
        out.extend(_change(status, nodes, marks) if status else nodes)
        index = end
    return out


def _wrap(key: str, children: list[Node]) -> Node:
    parts = json.loads(key)
    if parts[0] == "Link":
        return {"t": "Link", "c": [parts[1], children, parts[2]]}
    if parts[0] == "Span":
        return {"t": "Span", "c": [parts[1], children]}
    return {"t": parts[0], "c": children}


def _change(status: str, nodes: list[Node], marks: Marks) -> list[Node]:
    if marks.visual:
        nodes = [{"t": "Underline" if status == INSERTION else "Strikeout", "c": nodes}]
    return [{"t": "Span", "c": [marks.attr(status), nodes]}]


# -- keys ------------------------------------------------------------------------------


def _key(block: Node) -> str:
    """How blocks are aligned: a clause by its anchor, a heading by its id, others by
    kind, style and text."""
    anchor = _clause_anchor(block)
    if anchor:
        return "clause:" + anchor
    if block["t"] == "Header" and block["c"][1][0]:
        return "header:" + str(block["c"][1][0])
    if block["t"] == "Table":
        return "table:" + str(len(block["c"][2]))
    return json.dumps([_shape(block), _text(block)])


def _clause_anchor(block: Node) -> str:
    if block["t"] != "Div" or not block["c"][1]:
        return ""
    first = block["c"][1][0]
    if first["t"] != "Para" or not first["c"]:
        return ""
    lead = first["c"][0]
    if lead["t"] == "Span" and "clause-number" in lead["c"][0][1]:
        return str(lead["c"][0][0])
    return ""


def _shape(block: Node) -> str:
    kind = block["t"]
    if kind == "Div":
        return json.dumps(["Div", block["c"][0][1], block["c"][0][2]])
    if kind == "Table":
        return json.dumps(["Table", len(block["c"][2])])
    if kind == "Header":
        return json.dumps(["Header", block["c"][0]])
    return str(kind)


def _text(value: Any) -> str:
    """The words of any part of the AST."""
    if isinstance(value, dict):
        if value.get("t") == "Str":
            return str(value["c"])
        if value.get("t") in ("Space", "SoftBreak", "LineBreak"):
            return " "
        return _text(value.get("c"))
    if isinstance(value, list):
        return "".join(_text(item) for item in value)
    return ""


def has_change(value: Any) -> bool:
    """True when an insertion or deletion span is anywhere inside."""
    if isinstance(value, dict):
        if value.get("t") == "Span" and set(value["c"][0][1]) & {INSERTION, DELETION}:
            return True
        return has_change(value.get("c"))
    if isinstance(value, list):
        return any(has_change(item) for item in value)
    return False
