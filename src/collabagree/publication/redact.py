"""The public version of an agreement: every value a redaction names withheld and marked by
its ground, in place, as a pure transformation of the validated model (PUBLICATION.md).

Redaction is real, not visual: the value is taken out of the model before anything is
rendered, so no back-end ever sees it, and each of its words-long forms is also replaced
wherever it appears inside another text (a name repeated in a clause). A text value becomes
the marker "[Redacted: s40(2)]"; a mapping or list has each of its texts marked; a number,
date or true/false value cannot hold a marker, so it is left out (the format allows that for
the values people redact: amounts, dates), and the log still lists it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from collabagree.core.errors import CollabagreeError
from collabagree.core.positions import YamlPath, format_yaml_path
from collabagree.domain.withholding import Ground, normalise_ground
from collabagree.model import Agreement
from collabagree.model.execution import Redaction
from collabagree.publication.paths import resolve, value_at
from collabagree.publication.policy import ground_of, publishing_regime

MIN_SWEPT_LENGTH = 4
"""Shorter withheld texts are not searched for inside other texts: "No" or "12" would be
found in unrelated words and numbers; the value itself is still withheld."""


class RedactionError(CollabagreeError):
    """A redaction that cannot be applied (PUB errors, or a value the format cannot lose)."""


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One row of the redaction log."""

    path: str
    clause: str
    ground: str
    ground_title: str
    reason: str
    approved_by: str
    review: str


@dataclass(frozen=True, slots=True)
class PublicVersion:
    """The public agreement, its redaction log, and the texts that were withheld."""

    agreement: Agreement
    regime: str
    log: tuple[LogEntry, ...]
    withheld: tuple[str, ...]
    """Every withheld text and number (as written in the file), longest first: what must
    appear in no public output."""


def marker(ground: str) -> str:
    """What replaces a withheld value: "[Redacted: s43(2)]", the ground as the log shows it."""
    return f"[Redacted: {ground}]"


def shown_ground(written: str, ground: Ground) -> str:
    """The ground as the log and the marker show it: as the file wrote it, in canonical form,
    so a refinement of a listed ground keeps its paragraph (`s31(1)(a)`, not `s31`)."""
    normalised = normalise_ground(written)
    return normalised if normalised.startswith(ground.ground) else ground.ground


def redactions_of(agreement: Agreement) -> list[Redaction]:
    """The redactions the agreement lists (none for the free-text form)."""
    publication = agreement.publication
    if publication is None or not isinstance(publication.redactions, list):
        return []
    return list(publication.redactions)


Marker = Callable[[str, int], str]
"""The marker for a ground (as shown) and the redaction's position in the list."""


def public_version(agreement: Agreement,
                   make_marker: Marker = lambda ground, _index: marker(ground)) -> PublicVersion:
    """The agreement with every listed redaction applied, and its log (clauses not yet
    filled in: `log.with_clauses`). `make_marker` makes each marker (the log uses a distinct one
    per redaction to find where each lands).

    Raises `RedactionError` for a redaction the PUB rules would refuse (no such path, a
    ground not of the publishing regime) or a value the format cannot do without.
    """
    data = agreement.model_dump(mode="python", by_alias=True, exclude_unset=True)
    regime = publishing_regime(agreement) or ""
    planned: list[tuple[YamlPath, str, Redaction, Ground, str]] = []
    for index, redaction in enumerate(redactions_of(agreement)):
        path = resolve(data, redaction.path)
        if path is None:
            raise RedactionError(f"redaction path '{redaction.path}' selects nothing (PUB002)")
        ground = ground_of(agreement, redaction.ground)
        if ground is None:
            raise RedactionError(f"redaction of '{redaction.path}': '{redaction.ground}' is not a "
                                 f"ground of {regime or 'the publishing regime'} (PUB001)")
        shown = shown_ground(str(redaction.ground), ground)
        planned.append((path, make_marker(shown, index), redaction, ground, shown))
    withheld: set[str] = set()
    marks: dict[str, str] = {}
    for path, mark, *_ in planned:
        for text in _texts(value_at(data, path)):
            withheld.add(text)
            marks.setdefault(text, mark)  # a text two redactions name keeps the first ground
    for path, mark, *_ in planned:
        _withhold(data, path, mark)
    swept = sorted((text for text in withheld if len(text) >= MIN_SWEPT_LENGTH),
                   key=lambda text: (-len(text), text))
    data = _sweep(data, swept, marks)
    try:
        public = Agreement.model_validate(data)
    except ValidationError as error:
        where = format_yaml_path(error.errors()[0]["loc"]).removeprefix("$.")
        raise RedactionError(f"cannot withhold the value at {where}: the format needs one there; "
                             "redact the fields inside it instead") from None
    log = tuple(LogEntry(item.path, "", shown, ground.title, item.reason or "",
                         item.approved_by or "", item.review.isoformat() if item.review else "")
                for _, _, item, ground, shown in planned)
    return PublicVersion(public, regime, log, tuple(sorted(withheld, key=lambda t: (-len(t), t))))


def _texts(value: Any) -> Iterator[str]:
    """The texts (and numbers, as written) inside a value."""
    if isinstance(value, str):
        if value.strip():
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield str(value)
        if isinstance(value, int) and abs(value) >= 1000:
            yield f"{value:,}"  # how the number is usually written in prose: 11,250


def _blank(value: Any, mark: str) -> Any:
    """The value with each text replaced by the marker and every other scalar left out
    (None, which `_withhold` drops)."""
    if isinstance(value, str):
        return mark
    if isinstance(value, dict):
        kept = {key: _blank(item, mark) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item is not None}
    if isinstance(value, list):
        return [item for item in (_blank(item, mark) for item in value) if item is not None]
    return None


def _withhold(data: Any, path: YamlPath, mark: str) -> None:
    """Replace the value at `path` in place; a value that can hold no marker is removed."""
    parent = value_at(data, path[:-1])
    key = path[-1]
    replacement = _blank(parent[key], mark)
    if replacement is None and isinstance(parent, dict):
        del parent[key]
    else:
        parent[key] = mark if replacement is None else replacement


def _sweep(value: Any, withheld: list[str], marks: dict[str, str], sweep_keys: bool = False) -> Any:
    """Every text with each withheld text inside it replaced by its marker, longest first;
    with `sweep_keys`, the mapping's keys too (they are the user's text, not field names)."""
    if isinstance(value, str):
        for text in withheld:
            if text in value:
                value = value.replace(text, marks[text])
        return value
    if isinstance(value, dict):
        return {(_sweep(key, withheld, marks) if sweep_keys else key):
                _sweep(item, withheld, marks, key in _FREE_KEYED) for key, item in value.items()}
    if isinstance(value, list):
        return [_sweep(item, withheld, marks) for item in value]
    return value


_FREE_KEYED = frozenset({"definitions"})
"""Mappings whose keys are the user's text (a defined term may be a withheld name)."""
