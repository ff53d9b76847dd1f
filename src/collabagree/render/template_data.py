"""What templates see of an agreement: plain, read-only data, never the pydantic models.

Jinja's sandbox blocks only names starting with an underscore, so a model handed to a
template brings every public pydantic method with it: `{{ a.parse_file("creds.json") }}`
read any file and printed it in the error. `template_view` copies the agreement into
`DataView`s instead: attribute access to each field (by its Python name, so `from_` and
`in_`) and to each property the models define (`a.type`, `a.public_parties`,
`party.label`), with lists as tuples, mappings as read-only mappings, sets as frozensets and
dates, numbers, strings and None as they are. A view has no methods a template could call.

Each model object becomes exactly one view, so `p in a.public_parties` still holds for a
party `p` of `a.parties`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel


class DataView:
    """Read-only attribute access to one model's values (`view.title`); nothing else."""

    __slots__ = ("_kind", "_values")

    def __init__(self, kind: str, values: Mapping[str, Any]) -> None:
        object.__setattr__(self, "_kind", kind)
        object.__setattr__(self, "_values", MappingProxyType(dict(values)))

    def __getattr__(self, name: str) -> Any:
        # Only reached for names that are not slots: the model's fields and properties.
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{self._kind} is read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{self._kind} is read-only")

    def __repr__(self) -> str:
        # The kind only: a repr can end up in a message, and values must not.
        return f"<{self._kind}>"


def _properties(model_class: type[BaseModel]) -> list[str]:
    """The public properties our model classes define (not pydantic's own, such as
    `model_fields_set`), in definition order."""
    names: list[str] = []
    for klass in reversed(model_class.__mro__):
        if not klass.__module__.startswith("collabagree."):
            continue
        for name, member in vars(klass).items():
            if isinstance(member, property) and not name.startswith("_") and name not in names:
                names.append(name)
    return names


class _Converter:
    """Turns one model tree into views, one view per model object."""

    def __init__(self) -> None:
        self._done: dict[int, DataView] = {}
        self._keep: list[BaseModel] = []  # ids stay unique while their objects live

    def convert(self, value: Any) -> Any:
        if isinstance(value, BaseModel):
            return self._model(value)
        if isinstance(value, (list, tuple)):
            return tuple(self.convert(item) for item in value)
        if isinstance(value, (set, frozenset)):
            return frozenset(self.convert(item) for item in value)
        if isinstance(value, Mapping):
            return MappingProxyType({key: self.convert(item) for key, item in value.items()})
        return value  # str, int, float, bool, None, date: immutable plain data

    def _model(self, model: BaseModel) -> DataView:
        known = self._done.get(id(model))
        if known is not None:
            return known
        model_class = type(model)
        # Fields first, so the models a property returns (`public_parties`) are found in
        # `_done` and map to the views already made for them.
        values: dict[str, Any] = {name: self.convert(getattr(model, name))
                                  for name in model_class.model_fields}
        for name in _properties(model_class):
            values[name] = self.convert(getattr(model, name))
        view = DataView(model_class.__name__, values)
        self._done[id(model)] = view
        self._keep.append(model)
        return view


def template_view(model: BaseModel) -> DataView:
    """The agreement (or any model) as a `DataView` tree for templates."""
    view = _Converter().convert(model)
    assert isinstance(view, DataView)
    return view
