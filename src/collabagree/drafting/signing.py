"""Signature blocks (mixin of `ClauseFacts`): signature, deed with a witness, common seal,
and advisory approvals, each with room to sign, the printed name, position and date."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from collabagree.drafting import tokens as tk

if TYPE_CHECKING:
    from collabagree.drafting.structure import Structure
    from collabagree.model import Agreement


class Signing:
    """Mixin of `ClauseFacts`."""

    if TYPE_CHECKING:  # provided by the other parts of ClauseFacts
        def name(self, party_id: str | None) -> str:
            ...
        def date(self, value: Any) -> str:
            ...

    _s: Structure
    a: Agreement



    def signature_blocks(self) -> list[tk.Wording]:
        """One block per signatory, in file order."""
        execution = self.a.agreement.execution
        signed = self.a.agreement.status == "signed"
        blocks = []
        for person in self.a.signatories or []:
            party = self.name(person.party)
            advisory = person.capacity == "advisory"
            if advisory:
                heading = self._s.gettext("Approved for %(party)s (an approval, not a signature that binds the Party)",
                                          party=party)
            elif execution == "deed":
                heading = self._s.gettext("Executed as a deed by %(party)s", party=party)
            elif execution == "seal":
                heading = self._s.gettext("The common seal of %(party)s was affixed in the presence of",
                                          party=party)
            else:
                heading = self._s.gettext("Signed for and on behalf of %(party)s", party=party)
            lines: list[tuple[str, Any]] = [
                (self._s.gettext("Signature"), ""),
                (self._s.gettext("Name"), person.name or ""),
                (self._s.gettext("Position"), person.position or ""),
            ]
            if person.authority_ref:
                lines.append((self._s.gettext("Authority"), person.authority_ref))
            lines.append((self._s.gettext("Date"), self.date(person.date) if signed and person.date else ""))
            if execution == "deed" and not advisory:
                witness = person.witness
                lines += [
                    (self._s.gettext("In the presence of (witness signature)"), ""),
                    (self._s.gettext("Witness name"), witness.name if witness and witness.name else ""),
                    (self._s.gettext("Witness occupation"), witness.occupation if witness and witness.occupation else ""),
                    (self._s.gettext("Witness address"),
                     self._s.inline(witness.address) if witness and witness.address else ""),
                ]
            sign_rows = [0] + ([len(lines) - 4] if execution == "deed" and not advisory else [])
            blocks.append(self._s.signature(heading, lines, advisory=advisory, sign_rows=sign_rows))
        return blocks
