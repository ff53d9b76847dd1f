"""Who publishes the agreement and under which regime (PUBLICATION.md): `publication.by`,
else the lead agency, else the first public party; `publication.regime`, else that party's
regime. Shared by the PUB rules and the redaction, so both judge a ground the same way."""

from __future__ import annotations

from collabagree.domain.regimes import party_regime
from collabagree.domain.withholding import Ground, find_ground
from collabagree.model import Agreement
from collabagree.model.parties import Party


def publishing_party(agreement: Agreement) -> Party | None:
    """The party that publishes: `publication.by`, else the lead agency, else the first
    public party; None when none of these names a party."""
    by_id = {party.id: party for party in agreement.parties}
    publication = agreement.publication
    for wanted in (publication.by if publication else None, agreement.lead_agency):
        if wanted is not None and wanted in by_id:
            return by_id[wanted]
    return next(iter(agreement.public_parties), None)


def publishing_regime(agreement: Agreement) -> str | None:
    """The regime whose grounds apply: `publication.regime`, else the publishing party's."""
    publication = agreement.publication
    if publication is not None and publication.regime is not None:
        return publication.regime
    party = publishing_party(agreement)
    return party_regime(party) if party is not None else None


def ground_of(agreement: Agreement, text: str | None) -> Ground | None:
    """The ground of the publishing regime that `text` names, or None."""
    regime = publishing_regime(agreement)
    if regime is None or text is None:
        return None
    return find_ground(regime, text)
