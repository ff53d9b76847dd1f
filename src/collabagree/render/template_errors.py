"""Template failures as one line that names the template file and line, and nothing else.

An exception's own text may carry what the template was working on: an agreement value, a
dictionary key from the YAML, or (before templates got plain data) the content of a file a
pydantic method had read. So the message says *what kind* of failure it was, in fixed
words, and *where*: the template file and line, from the syntax error or from the template
frames Jinja puts in the traceback. Exception text is never copied, except for our own
`TemplateRefused`, whose messages are written not to carry content.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from collabagree.render.template_loader import TemplateRefused

_KINDS: tuple[tuple[type[BaseException], str], ...] = (
    (TemplateSyntaxError, "not valid template syntax (check the tags and brackets there)"),
    (UndefinedError, "uses a name, attribute or key that is not defined"),
    (SecurityError, "does something the template sandbox does not allow"),
    (TemplateNotFound, "includes or imports a template that does not exist"),
    (RecursionError, "calls itself too deeply"),
    (MemoryError, "needs more memory than there is"),
)


def describe_template_error(error: BaseException, folders: Sequence[Path]) -> str:
    """One line for a failed template render; `folders` are the template folders, resolved,
    the user's first (a file of the user's is shown by its path, a built-in one by name)."""
    if isinstance(error, TemplateRefused):
        return f"template error: {error.message}"
    kind = next((words for klass, words in _KINDS if isinstance(error, klass)),
                f"failed ({type(error).__name__})")
    where = _where(error, folders)
    return f"template error{where}: {kind}"


def _where(error: BaseException, folders: Sequence[Path]) -> str:
    filename: str | None
    line: int | None
    if isinstance(error, TemplateSyntaxError):
        filename, line = error.filename, error.lineno
    else:
        filename, line = _innermost_template_frame(error.__traceback__, folders)
    if filename is None:
        return ""
    shown = _shown_name(filename, folders)
    return f" in {shown}, line {line}" if line else f" in {shown}"


def _innermost_template_frame(trace: TracebackType | None,
                              folders: Sequence[Path]) -> tuple[str | None, int | None]:
    # Jinja rewrites the traceback so that template code appears as frames whose file is
    # the template and whose line is the template's line.
    found: tuple[str | None, int | None] = (None, None)
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if _folder_of(filename, folders) is not None:
            found = (filename, trace.tb_lineno)
        trace = trace.tb_next
    return found


def _folder_of(filename: str, folders: Sequence[Path]) -> Path | None:
    for folder in folders:
        root = str(folder).rstrip(os.sep) + os.sep
        if filename.startswith(root):
            return folder
    return None


def _shown_name(filename: str, folders: Sequence[Path]) -> str:
    folder = _folder_of(filename, folders)
    if folder is None:
        return os.path.basename(filename)
    if folder != folders[-1]:
        return filename  # the user's own file, by the path they can open
    return f"the built-in template {os.path.relpath(filename, folder).replace(os.sep, '/')}"
