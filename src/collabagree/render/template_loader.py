"""Load templates from one folder and from nothing outside it.

`FolderLoader` replaces Jinja's `FileSystemLoader` for the built-in templates and for
`--template-dir`. A name is looked up inside the folder (Jinja refuses `..` in names); the
file found is resolved, and one that is a symbolic link leading outside the folder, or has a
link to outside in its path, is refused with a clear error rather than followed. The same
holds for `{% include %}` and `{% import %}`, which load through the same loader. Files are
read with `loader.read_limited`: never a FIFO or device, and no more than the size limit.

`contained_file` applies the same rule to the other files a template folder may hold
(`agreement.css`, `agreement.typ`, `reference.docx`).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from jinja2 import BaseLoader, Environment, TemplateError, TemplateNotFound
from jinja2.loaders import split_template_path

from collabagree.load.reader import MAX_BYTES, FileReadError, read_limited


class TemplateRefused(TemplateError):
    """A template file that may not be used; the message is one line without file content."""


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def contained_file(folder: Path, name: str) -> Path | None:
    """`folder/name`, resolved, when it exists, is a regular file and is still inside
    `folder`; None when there is no such file. Raises `TemplateRefused` for a file that
    leads outside the folder, a broken link, a FIFO or a device."""
    root = os.path.realpath(folder)
    candidate = os.path.join(root, *split_template_path(name))
    if not os.path.lexists(candidate):
        return None
    resolved = os.path.realpath(candidate)
    if not _inside(resolved, root):
        raise TemplateRefused(f"{name} in the template folder is a symbolic link to a file "
                              "outside it; copy the file into the folder instead")
    try:
        mode = os.stat(resolved).st_mode
    except OSError:
        raise TemplateRefused(f"{name} in the template folder is a broken symbolic link") from None
    if not stat.S_ISREG(mode):
        raise TemplateRefused(f"{name} in the template folder is not a regular file")
    return Path(resolved)


class FolderLoader(BaseLoader):
    """Templates from one folder; see the module docstring."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(os.path.realpath(folder))

    def get_source(self, environment: Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        """The template's text, its file name and an up-to-date test, or `TemplateNotFound`
        (so a `ChoiceLoader` tries the next folder); `TemplateRefused` for a bad file."""
        path = contained_file(self.folder, template)
        if path is None:
            raise TemplateNotFound(template)
        try:
            raw = read_limited(path)
        except FileReadError as error:
            raise TemplateRefused(f"{template}: cannot read ({error.reason})") from None
        if len(raw) > MAX_BYTES:
            raise TemplateRefused(f"{template}: larger than the "
                                  f"{MAX_BYTES // (1024 * 1024)} MiB limit")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise TemplateRefused(f"{template}, line {line}: not valid UTF-8") from None
        mtime = os.stat(path).st_mtime

        def up_to_date() -> bool:
            try:
                return os.stat(path).st_mtime == mtime
            except OSError:
                return False

        return text, str(path), up_to_date

    def list_templates(self) -> list[str]:
        """Every template name under the folder (links leading outside it left out)."""
        names: list[str] = []
        for directory, _, files in os.walk(self.folder):
            for name in files:
                full = os.path.join(directory, name)
                if _inside(os.path.realpath(full), str(self.folder)):
                    names.append(os.path.relpath(full, self.folder).replace(os.sep, "/"))
        return sorted(names)
