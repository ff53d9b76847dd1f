"""Public sources the tool cites: Acts, guidance and codes, each written once.

Rule documentation, the clause library and the jurisdiction records name a `Source` from
here rather than retyping its title and address, so one correction reaches every citation.
`str(source)` is the form rule docs print: the title in Markdown italics, then the address.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Source:
    """A public document: its title as cited, an optional pinpoint, and where to read it."""

    title: str
    url: str = ""
    pinpoint: str = ""

    def at(self, pinpoint: str) -> Source:
        """The same source at a pinpoint (a section, a part, a page)."""
        return Source(self.title, self.url, pinpoint)

    def __str__(self) -> str:
        where = f", {self.pinpoint}" if self.pinpoint else ""
        return f"{self.title}{where}" + (f", {self.url}" if self.url else "")


def cite(*sources: Source | str) -> str:
    """Several sources as one citation, separated by semicolons."""
    return "; ".join(str(source) for source in sources)


# -- Legislation -------------------------------------------------------------------------

ARBITRATION_ACT_1996 = Source("Arbitration Act 1996", "https://www.legislation.gov.uk/ukpga/1996/23")
ARBITRATION_SCOTLAND_2010 = Source("Arbitration (Scotland) Act 2010", "https://www.legislation.gov.uk/asp/2010/1")
ARBITRATION_ACT_1996_NZ = Source("Arbitration Act 1996 (NZ)",
                                 "https://www.legislation.govt.nz/act/public/1996/0099/latest/")
CAA_NSW = Source("Commercial Arbitration Act 2010 (NSW)",
                 "https://legislation.nsw.gov.au/view/html/inforce/current/act-2010-061")
CAA_VIC = Source("Commercial Arbitration Act 2011 (Vic)",
                 "https://www.legislation.vic.gov.au/in-force/acts/commercial-arbitration-act-2011")
CAA_QLD = Source("Commercial Arbitration Act 2013 (Qld)",
                 "https://www.legislation.qld.gov.au/view/html/inforce/current/act-2013-007")
CAA_WA = Source("Commercial Arbitration Act 2012 (WA)", "https://www.legislation.wa.gov.au/")
CAA_SA = Source("Commercial Arbitration Act 2011 (SA)", "https://www.legislation.sa.gov.au/")
CAA_TAS = Source("Commercial Arbitration Act 2011 (Tas)", "https://www.legislation.tas.gov.au/")
CAA_ACT = Source("Commercial Arbitration Act 2017 (ACT)", "https://www.legislation.act.gov.au/")
CAA_NT = Source("Commercial Arbitration (National Uniform Legislation) Act 2011 (NT)",
                "https://legislation.nt.gov.au/")
