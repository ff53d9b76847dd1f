"""The agreement's text as the PDF can show it: characters no PDF font has are replaced in
the user's own strings, before any Markdown or Typst exists, and the user is told.

- Only the agreement's values (and mapping keys such as defined terms) are changed, never a
  template, the Markdown or the Typst source; the DOCX, HTML and Markdown keep every
  character (they leave fonts to the reader's machine).
- The unit is the grapheme cluster (`graphemes`): a cluster the fonts cannot show (`glyphs`)
  becomes one U+FFFD, whatever it is made of, so `e` + U+1AB0 or a keycap `1️⃣` is one
  replacement mark where the reader would see one character, and never half a character
  (a letter without its accent, which could read as another word). A combining mark with no
  letter before it in the value (at its start, or after a control) is replaced too: in the
  document it would land on whatever the template put before it.
- Each value with replacements gives one warning naming its path (`parties[1].name`) and the
  characters, with their code points.
- Text no bundled font can show in large amounts is not turned into a PDF at all: a value
  that would lose more than `MAX_REPLACED` characters, or half or more of its visible ones
  (two at least: a party name in Chinese, which no bundled font covers), stops the render
  with one message, since such a PDF would not say what the agreement says. A few emoji in
  a clause are a warning; a name made of them is an error. Render the other formats, or
  write that text in a script the fonts cover (Latin, Greek, Cyrillic, Hebrew).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from collabagree.core.errors import RenderError
from collabagree.render.glyphs import DEFAULT_FONTS, needs_probe, undisplayable
from collabagree.render.graphemes import clusters, starts_with_extend
from collabagree.render.pdf import describe_cluster

REPLACEMENT = "\ufffd"
#: A value may lose at most this many characters (and less than half of them) to U+FFFD.
MAX_REPLACED = 32
_LISTED = 5  # characters named in one warning


@dataclass
class PdfText:
    """The agreement to render as PDF, and what was replaced in it."""

    agreement: Any
    warnings: list[str] = field(default_factory=list)
    replaced: dict[str, str] = field(default_factory=dict)  # original value -> as in the PDF


def fit_for_pdf(agreement: BaseModel, fonts: tuple[str, ...] = DEFAULT_FONTS) -> PdfText:
    """`agreement` with every cluster the PDF fonts cannot show replaced by U+FFFD, and one
    warning per value that changed. Raises `RenderError` for a value that would be mostly
    replacement marks (see the module docstring)."""
    result = PdfText(agreement)
    values = [(where, value) for where, value in _strings(agreement, ()) if not value.isascii()]
    # One probe for the whole agreement (in batches), not one per value: the verdicts are
    # cached, so the calls below only look them up.
    undisplayable({part for _where, value in values for part in clusters(value)}, fonts)
    verdicts: dict[str, list[str]] = {}  # value -> its clusters the PDF cannot show
    for where, value in values:
        if value not in verdicts:
            parts = clusters(value)
            bad = _orphans(parts) | undisplayable(parts, fonts)
            verdicts[value] = [part for part in parts if part in bad]
            if bad:
                visible = sum(1 for part in parts if not part.isspace())
                lost = verdicts[value]
                if len(lost) > MAX_REPLACED or (len(lost) >= 2 and 2 * len(lost) >= visible):
                    raise RenderError(_refusal(where, lost, visible))
                result.replaced[value] = "".join(REPLACEMENT if part in bad else part
                                                 for part in parts)
        if verdicts[value]:
            result.warnings.append(_warning(where, verdicts[value]))
    if result.replaced:
        result.agreement = _rebuild(agreement, lambda text: result.replaced.get(text, text))
    return result


def fit_string(text: str, fonts: tuple[str, ...] = DEFAULT_FONTS) -> str:
    """`text` with the clusters the PDF cannot show replaced by U+FFFD (no limit, no warning)."""
    if text.isascii():
        return text
    parts = clusters(text)
    bad = _orphans(parts) | undisplayable(parts, fonts)
    return "".join(REPLACEMENT if part in bad else part for part in parts)


def _orphans(parts: list[str]) -> set[str]:
    """Clusters that start with a combining character: nothing in the value to sit on."""
    return {part for part in parts if needs_probe(part) and starts_with_extend(part)}


def _warning(where: str, lost: list[str]) -> str:
    unique = list(dict.fromkeys(lost))
    shown = ", ".join(describe_cluster(part) for part in unique[:_LISTED])
    more = f" and {len(unique) - _LISTED} more" if len(unique) > _LISTED else ""
    return (f"{where}: the PDF fonts cannot show {shown}{more}; the PDF has {REPLACEMENT} "
            f"(U+FFFD) in {'its' if len(lost) == 1 else 'their'} place, the other formats "
            f"keep {'it' if len(lost) == 1 else 'them'}")


def _refusal(where: str, lost: list[str], visible: int) -> str:
    return (f"{where}: the PDF fonts cannot show {len(lost)} of its {visible} characters "
            f"(such as {describe_cluster(lost[0])}), so the PDF would not say what the "
            "agreement says; write it in a script the fonts cover (Latin, Greek, Cyrillic, "
            "Hebrew) or leave pdf out of --to")


def format_path(path: tuple[str | int, ...]) -> str:
    """``parties[1].name``: a value's place in the YAML, as users wrote it."""
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        elif step.replace("_", "a").replace("-", "a").isalnum() and step.isascii():
            out += f".{step}" if out else step
        else:
            out += f"[{step!r}]"
    return out


def _key_name(model: BaseModel, name: str) -> str:
    info = type(model).model_fields[name]
    return info.alias or name


def _strings(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[str, str]]:
    """(path, string) for every string in the model, mapping keys included, in order."""
    if isinstance(value, str):
        yield format_path(path), value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _strings(getattr(value, name), path + (_key_name(value, name),))
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(key, str):
                yield format_path(path) + f" (the key {key!r})", key
            yield from _strings(item, path + (str(key),))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _strings(item, path + (index,))


def _rebuild(value: Any, fix: Callable[[str], str]) -> Any:
    """`value` with `fix` applied to every string; unchanged parts are the same objects.

    Models are copied with `model_copy`, not validated again: the values were valid, and a
    replacement must not make a validator see two names as one."""
    if isinstance(value, str):
        return fix(value)
    if isinstance(value, BaseModel):
        updates = {}
        for name in type(value).model_fields:
            old = getattr(value, name)
            new = _rebuild(old, fix)
            if new is not old:
                updates[name] = new
        return value.model_copy(update=updates) if updates else value
    if isinstance(value, Mapping):
        items = [(_rebuild(key, fix), _rebuild(item, fix)) for key, item in value.items()]
        if all(k is ok and v is ov for (k, v), (ok, ov) in zip(items, value.items())):
            return value
        return type(value)(items) if isinstance(value, dict) else dict(items)
    if isinstance(value, (list, tuple)):
        rebuilt = [_rebuild(item, fix) for item in value]
        if all(new is old for new, old in zip(rebuilt, value)):
            return value
        return type(value)(rebuilt)
    return value
