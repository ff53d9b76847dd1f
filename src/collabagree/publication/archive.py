"""`collabagree archive`: one BagIt bag (RFC 8493) per agreement, `DIR/STEM/`, written and
validated with the `bagit` library (PUBLICATION.md).

`data/` holds the source YAML as it is, the PDF/A and the DOCX, the public PDF and the
redaction log when publication is intended, and the Dublin Core record (`metadata.json`,
`dc.xml`); manifests are SHA-256. The same input gives byte-identical bags: every date comes
from the agreement or `SOURCE_DATE_EPOCH`, the payload is written in sorted order, and the
tag manifest (which `bagit` lists in directory order) is rewritten sorted. A bag is built in
a temporary folder beside its destination and moved into place only when complete.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from collabagree.check.pipeline import check_and_model
from collabagree.check.settings import Settings
from collabagree.core.errors import CollabagreeError
from collabagree.core.findings import Finding, Severity
from collabagree.lint.engine import Selection
from collabagree.load.reader import FileReadError, read_limited
from collabagree.model import Agreement
from collabagree.publication.dublin_core import bag_info, dc_xml, dublin_core, metadata_json
from collabagree.publication.log import log_csv, log_json
from collabagree.render.document import RenderOptions, blocking_findings


@dataclass
class ArchiveOutcome:
    """What happened to one agreement: "archived" (with its bag), "refused" or "failed"."""

    path: str
    status: str = "archived"
    bag: Path | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


def payload(source: str, raw: bytes, agreement: Agreement) -> dict[str, bytes]:
    """The files of `data/` by name: source, PDF/A, DOCX, the public PDF and log when
    publication is intended, and the Dublin Core record."""
    from collabagree.publication.public import public_documents
    from collabagree.render.document import render_documents

    stem = Path(source).stem
    identifier = agreement.agreement.id or stem
    files = {f"{stem}{Path(source).suffix or '.yaml'}": raw}
    documents = render_documents(agreement, RenderOptions(formats=("docx", "pdf")))
    files[f"{stem}.pdf"] = documents["pdf"]
    files[f"{stem}.docx"] = documents["docx"]
    publication = agreement.publication
    if publication is not None and publication.intended is True:
        version, public = public_documents(agreement, RenderOptions(formats=("pdf",)))
        files[f"{stem}.public.pdf"] = public["pdf"]
        files[f"{stem}.redactions.csv"] = log_csv(version.log)
        files[f"{stem}.redactions.json"] = log_json(version, agreement.agreement.id)
    terms = dublin_core(agreement, identifier)
    files["metadata.json"] = metadata_json(terms)
    files["dc.xml"] = dc_xml(terms)
    return files


def build_bag(destination: Path, files: dict[str, bytes], info: dict[str, str]) -> None:
    """Write a complete bag at `destination` (replacing one that is there), or nothing."""
    import bagit

    destination.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=destination.parent))
    try:
        os.chmod(work, 0o755)  # mkdtemp makes it private; a bag is read by the records team
        for name in sorted(files):
            (work / name).write_bytes(files[name])
        bagit.make_bag(str(work), dict(info), processes=1, checksums=["sha256"])
        _sort_tag_manifest(work)
        if destination.exists():
            shutil.rmtree(destination)
        os.replace(work, destination)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)


def _sort_tag_manifest(bag: Path) -> None:
    """Rewrite `tagmanifest-sha256.txt` in sorted order (bagit lists tag files as the
    directory lists them, which differs between file systems)."""
    lines = []
    for path in sorted(bag.iterdir()):
        if path.is_file() and not path.name.startswith("tagmanifest-"):
            lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()} {path.name}\n")
    (bag / "tagmanifest-sha256.txt").write_text("".join(lines), encoding="utf-8")


def archive_file(path: str, output_dir: Path) -> ArchiveOutcome:
    """Validate one agreement and write its bag to `output_dir/STEM/`; refused when it has
    schema or reference errors, or PUB errors."""
    try:
        raw = read_limited(path)
    except FileReadError as error:
        return ArchiveOutcome(path, "failed", error=f"{path}: cannot read ({error.reason})")
    result, agreement = check_and_model(path, raw, Selection(Settings()))
    blocking = blocking_findings(result.findings, strict=False) + [
        f for f in result.findings if f.code.startswith("PUB") and f.severity is Severity.ERROR]
    if agreement is None or blocking:
        return ArchiveOutcome(path, "refused", findings=blocking or result.findings)
    destination = output_dir / Path(path).stem
    try:
        files = payload(path, raw, agreement)
        build_bag(destination, files, bag_info(agreement, agreement.agreement.id or Path(path).stem))
    except CollabagreeError as error:
        return ArchiveOutcome(path, "failed", error=f"{path}: {error}")
    except OSError as error:
        return ArchiveOutcome(path, "failed", error=f"{path}: cannot write {destination} "
                                                    f"({error.strerror or error})")
    return ArchiveOutcome(path, bag=destination)
