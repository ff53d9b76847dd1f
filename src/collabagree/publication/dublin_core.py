"""The Dublin Core record of an agreement (PUBLICATION.md): `metadata.json` in the bag, the
same terms as a `dc.xml` (simple Dublin Core, as OAI-PMH's `oai_dc` writes it) for records
systems that read XML, and the BagIt `bag-info.txt` fields.

Every value comes from the agreement, and the date from `SOURCE_DATE_EPOCH` or the document
date, so the same file always gives the same record, byte for byte.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from typing import Any
from xml.sax.saxutils import escape

from collabagree import __version__
from collabagree.domain.agreement_types import TYPE_TITLES
from collabagree.model import Agreement

DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"
DCTERMS_NAMESPACE = "http://purl.org/dc/terms/"


def record_date(agreement: Agreement) -> date:
    """The date of the record: `SOURCE_DATE_EPOCH` when set, else `document_control.date`,
    else `term.start` (as the rendered documents' timestamps)."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if raw.isdigit():
        return datetime.fromtimestamp(int(raw), tz=UTC).date()
    control = agreement.document_control
    return control.date if control and control.date else agreement.term.start


def document_date(agreement: Agreement) -> date:
    """The agreement's own date: `document_control.date`, else `term.start`."""
    control = agreement.document_control
    return control.date if control and control.date else agreement.term.start


def owner_name(agreement: Agreement) -> str:
    """The document owner's name (`document_control.owner`), else the lead agency's, else the
    first party's."""
    by_id = {party.id: party for party in agreement.parties}
    control = agreement.document_control
    for wanted in (control.owner if control else None, agreement.lead_agency):
        if wanted in by_id:
            return by_id[str(wanted)].name
    return agreement.parties[0].name


def dublin_core(agreement: Agreement, identifier: str) -> dict[str, Any]:
    """The Dublin Core terms, keyed by term name (lists where a term repeats)."""
    meta = agreement.agreement
    publication = agreement.publication
    published = publication is not None and publication.intended is True
    return {
        "title": meta.title,
        "identifier": identifier,
        "creator": [party.name for party in agreement.parties],
        "date": document_date(agreement).isoformat(),
        "type": TYPE_TITLES[meta.type],
        "language": meta.locale or "en-GB",
        "coverage": meta.jurisdiction,
        "accessRights": ("Public: published with redactions listed in the redaction log"
                         if published else "Not for publication"),
        "relation": [item.title for item in agreement.related_instruments or [] if item.title],
    }


def metadata_json(terms: dict[str, Any]) -> bytes:
    """`metadata.json`: the terms under their DCMI namespace, keys sorted."""
    document = {"@context": {"dcterms": DCTERMS_NAMESPACE},
                **{f"dcterms:{key}": value for key, value in terms.items()}}
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def dc_xml(terms: dict[str, Any]) -> bytes:
    """`dc.xml`: simple Dublin Core elements, one per value, in a fixed order (accessRights,
    a qualified term, as `dcterms:accessRights`)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<metadata xmlns:dc="{DC_NAMESPACE}" xmlns:dcterms="{DCTERMS_NAMESPACE}">']
    for key, value in terms.items():
        element = "dcterms:accessRights" if key == "accessRights" else f"dc:{key}"
        for item in value if isinstance(value, list) else [value]:
            lines.append(f"  <{element}>{escape(str(item))}</{element}>")
    lines.append("</metadata>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def bag_info(agreement: Agreement, identifier: str) -> dict[str, str]:
    """The `bag-info.txt` fields: the agreement's id, the document owner, the bagging date."""
    # One line per field: a newline in a title would start a field of its own.
    return {key: " ".join(value.split()) for key, value in {
        "External-Identifier": identifier,
        "Source-Organization": owner_name(agreement),
        "Bagging-Date": record_date(agreement).isoformat(),
        "External-Description": agreement.agreement.title,
        # Our name, not the library's version, so upgrading bagit does not change the bytes.
        "Bag-Software-Agent": f"collabagree {__version__}",
    }.items()}
