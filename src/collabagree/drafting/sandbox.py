"""The sandbox the clause templates run in: Jinja's immutable sandbox, narrowed to data.

Jinja's sandbox blocks only names starting with an underscore, so a pydantic model handed
to a template brings every public pydantic method with it: `{{ a.parse_file("creds.json") }}`
would read any file (issue 12). Here a template may read, on a model, only its fields and
the properties our own model classes define (`a.public_parties`, `party.label`); methods
(`parse_file`, `model_dump`, `copy`...) are refused as a security error. The immutable
sandbox also refuses `list.append` and friends, so a template cannot change the agreement
that later clauses read. Templates load through `FolderLoader`, which refuses links out of
a folder, FIFOs and devices.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from pydantic import BaseModel

from collabagree.core.resources import data_dir
from collabagree.render.template_loader import FolderLoader


@cache
def readable_names(model_class: type[BaseModel]) -> frozenset[str]:
    """The names a template may read on an instance of `model_class`: its fields and the
    public properties of our own classes (not pydantic's, such as `model_fields_set`)."""
    names = set(model_class.model_fields)
    for klass in model_class.__mro__:
        if not klass.__module__.startswith("collabagree."):
            continue
        names.update(name for name, member in vars(klass).items()
                     if isinstance(member, property) and not name.startswith("_"))
    return frozenset(names)


class ClauseSandbox(ImmutableSandboxedEnvironment):
    """An immutable sandbox in which models expose their data and nothing else."""

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Refuse every model attribute that is not a field or one of our properties."""
        if isinstance(obj, BaseModel) and attr not in readable_names(type(obj)):
            return False
        return bool(super().is_safe_attribute(obj, attr, value))


def template_folders(user_dir: Path | None) -> tuple[Path, ...]:
    """The folders templates are loaded from, resolved, the user's first."""
    builtin = data_dir("templates").resolve()
    return (builtin,) if user_dir is None else (user_dir.resolve(), builtin)


def sandbox(user_dir: Path | None) -> ClauseSandbox:
    """The environment for the built-in templates, overridden file by file from
    `user_dir`; the caller installs finalize, gettext and filters."""
    loaders = [FolderLoader(folder) for folder in template_folders(user_dir)]
    return ClauseSandbox(loader=ChoiceLoader(loaders), undefined=StrictUndefined, autoescape=False,
                         trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.i18n"])
