"""Where the shipped templates, examples and schemas are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # src/collabagree
_CHECKOUT = _PACKAGE.parent.parent


def data_dir(name: str) -> Path:
    """The folder `templates`, `examples` or `schemas`.

    A wheel carries them inside the package (`collabagree/_data/<name>`); an editable
    install or a source checkout uses the top-level folders of the repository.
    """
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _CHECKOUT / name
