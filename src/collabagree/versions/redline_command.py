"""`render NEW --redline OLD` and `variation OLD NEW`: validate both versions, make the
documents, write them as `STEM.redline.EXT` / `STEM.variation.EXT`, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from collabagree.core.atomic import write_atomic_group
from collabagree.core.errors import CollabagreeError
from collabagree.render.document import FORMATS, RenderOptions, RenderOutcome
from collabagree.versions.command import LoadedVersion, load_version
from collabagree.versions.revision import read_version

Maker = Callable[[LoadedVersion, LoadedVersion, RenderOptions, str], dict[str, bytes]]


def suffixed_paths(path: str, suffix: str, formats: tuple[str, ...],
                   output_dir: Path | None) -> dict[str, Path]:
    """`STEM.SUFFIX.EXT` beside `path` (or in `output_dir`), by format."""
    folder = output_dir or Path(path).parent
    stem = Path(path).stem
    return {extension: folder / f"{stem}.{suffix}.{extension}" for extension in FORMATS
            if extension in formats}


def write_versions_document(new_spec: str, old_spec: str, suffix: str, options: RenderOptions,
                            make: Maker, cwd: Path | None = None) -> RenderOutcome:
    """Load OLD and NEW (exit 2 on a usage problem, raised), make the documents, write them."""
    old = load_version(read_version(old_spec, cwd))
    new = load_version(read_version(new_spec, cwd))
    name = new_spec.split(":", 1)[1] if new.version.revision is not None else new_spec
    try:
        documents = make(old, new, options, name)
    except CollabagreeError as error:
        return RenderOutcome(new_spec, "failed", error=f"{new_spec}: {error}")
    destinations = suffixed_paths(name, suffix, tuple(documents), options.output_dir)
    files = {destinations[extension]: data for extension, data in documents.items()}
    inputs = {Path(spec).resolve() for spec in (old_spec, new_spec) if ":" not in spec}
    if any(destination.resolve() in inputs for destination in files):
        return RenderOutcome(new_spec, "failed", error=f"{new_spec}: an output would overwrite an input")
    target = options.output_dir or Path(name).parent
    try:
        target.mkdir(parents=True, exist_ok=True)
        write_atomic_group(files)
    except OSError as error:
        return RenderOutcome(new_spec, "failed", error=f"{new_spec}: cannot write to {target} "
                             f"({error.strerror or error}); no file was changed")
    return RenderOutcome(new_spec, outputs=list(files))


def render_redline(paths: list[str], old_spec: str, author: str | None,
                   options: RenderOptions) -> list[RenderOutcome]:
    """The redline of each NEW path against OLD (one NEW is the usual case)."""
    from collabagree.versions.redline_emit import default_author, redline_documents

    who = author or default_author()

    def make(old: LoadedVersion, new: LoadedVersion, opts: RenderOptions, name: str) -> dict[str, bytes]:
        return redline_documents(old, new, opts, who, name)

    return [write_versions_document(path, old_spec, "redline", options, make) for path in paths]


def render_variation(old_spec: str, new_spec: str, options: RenderOptions,
                     effective: date | None = None, number: int | None = None) -> RenderOutcome:
    """The variation of OLD into NEW, written as `STEM.variation.EXT` beside NEW."""
    from collabagree.versions.variation_emit import variation_documents

    def make(old: LoadedVersion, new: LoadedVersion, opts: RenderOptions, _name: str) -> dict[str, bytes]:
        return variation_documents(old, new, opts, effective, number)

    return write_versions_document(new_spec, old_spec, "variation", options, make)
