"""Instruments that have been replaced, for rule GEN004 (superseded-instrument).

Each entry finds the old name in a text with a regular expression and says what replaced it,
since when, and where that is published. The table follows the research's list of superseded
instruments; the two it could not confirm are kept with `confirmed=False` so that GEN004 can
leave them out (or say they are unconfirmed) until someone checks them.

Patterns are compiled case-insensitively; a few proper names use an inline `(?-i:...)` group
so that "the Compact" (the national document) is told from "a compact". No pattern nests a
quantifier, so each scan is linear in the text. A mention is not reported when:

- an entry's `exclude` pattern matches text that overlaps it ("Kestrel Vale Local Compact",
  "AFDA Express", "UK GDPR"), or
- it is introduced as history in the same sentence ("which replaced the Compact (2010)",
  "formerly the State Services Commission").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from collabagree.domain.sources import Source


@dataclass(frozen=True, slots=True)
class Superseded:
    """One replaced instrument: how to find its old name, and what replaced it."""

    pattern: str
    """A regular expression (compiled case-insensitively, no nested quantifiers) for the old name."""
    old: str
    """How the old instrument is named in a message."""
    new: str
    """What replaced it."""
    since: str
    """When, in words ("17 July 2025")."""
    source: Source
    confirmed: bool = True
    exclude: str = ""
    """A regular expression: where a match of it overlaps a mention, the mention is fine."""
    jurisdictions: tuple[str, ...] = ()
    """The jurisdiction codes the entry concerns (empty: any), as researched."""
    note: str = ""
    """A caution for the message or for whoever maintains the entry."""
    _compiled: tuple[re.Pattern[str], re.Pattern[str] | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = (re.compile(self.pattern, re.IGNORECASE),
                    re.compile(self.exclude, re.IGNORECASE) if self.exclude else None)
        object.__setattr__(self, "_compiled", compiled)

    def applies_to(self, jurisdiction: str | None) -> bool:
        """Whether the entry concerns `jurisdiction` (every entry concerns None)."""
        return jurisdiction is None or not self.jurisdictions or jurisdiction in self.jurisdictions


UK = ("UK-ENG", "UK-WLS", "UK-SCT", "UK-NIR")
AU = ("AU-CTH", "AU-NSW", "AU-VIC", "AU-QLD", "AU-WA", "AU-SA", "AU-TAS", "AU-ACT", "AU-NT")

_HISTORY = re.compile(
    r"\b(?:replac(?:ed|es|ing)|repeal(?:ed|s|ing)|supersed(?:ed|es|ing)|succeed(?:ed|s|ing)|formerly|"
    r"previously|instead\s+of|in\s+place\s+of|builds?\s+on|built\s+on|no\s+longer)\b", re.IGNORECASE)
"""Words that introduce an old instrument as history rather than as a current one."""
_SENTENCE_END = re.compile(r"[.;!?\n]")
_LOOKBACK = 80
"""How far before a mention (at most) to look for a history word in the same sentence."""
_EXCLUDE_REACH = 80
"""How far either side of a mention an overlapping `exclude` match may start or end."""


def find_superseded(text: str, jurisdiction: str | None = None) -> list[tuple[Superseded, int]]:
    """Every mention of a superseded instrument in `text`, as (entry, start offset), in order
    of offset. With `jurisdiction`, entries researched for other jurisdictions are skipped.
    Linear in the length of `text`: each pattern scans it once and every further check looks
    at a window of bounded size."""
    found: list[tuple[Superseded, int]] = []
    for entry in SUPERSEDED:
        if not entry.applies_to(jurisdiction):
            continue
        pattern, exclude = entry._compiled
        for match in pattern.finditer(text):
            start, end = match.span()
            if exclude is not None and _overlaps(exclude, text, start, end):
                continue
            if _is_history(text, start):
                continue
            found.append((entry, start))
    found.sort(key=lambda hit: hit[1])
    return found


def _overlaps(exclude: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether a match of `exclude` near the mention [start, end) overlaps it."""
    low = max(0, start - _EXCLUDE_REACH)
    window = text[low:end + _EXCLUDE_REACH]
    return any(m.start() + low < end and m.end() + low > start for m in exclude.finditer(window))


def _is_history(text: str, start: int) -> bool:
    """Whether the sentence before the mention introduces it as history ("which replaced ...")."""
    before = text[max(0, start - _LOOKBACK):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    return _HISTORY.search(before, cut) is not None


# -- Sources ---------------------------------------------------------------------------------

NCVO_COVENANT = Source("NCVO, Civil Society Covenant launched to reset partnership with government (17 July 2025)",
                       "https://www.ncvo.org.uk/news-and-insights/news-index/civil-society-covenant-launched-to-"
                       "reset-partnership-with-government")
NAA_AFDA = Source("National Archives of Australia, AFDA Express Version 2",
                  "http://www.naa.gov.au/information-management/records-authorities/types-of-records-authorities/AFDA/"
                  "index.aspx")
DPA_2018 = Source("Data Protection Act 2018", "https://www.legislation.gov.uk/ukpga/2018/12/contents")
LAW_REVIEWS_UK = Source("The Law Reviews, Privacy, Data Protection and Cybersecurity Law Review: United Kingdom",
                        "https://thelawreviews.co.uk/title/the-privacy-data-protection-and-cybersecurity-law-review/"
                        "united-kingdom")
NZ_PRIVACY_1993_S23 = Source("NZ Legislation, Privacy Act 1993 s23 (repealed 1 December 2020 by s216(1) Privacy Act "
                             "2020)", "https://www.legislation.govt.nz/act/public/1993/0028/latest/DLM297074.html")
NZ_STATE_SECTOR_ACT = Source("NZ Legislation, State Sector Act 1988 (repealed 7 August 2020 by s132(1) Public Service "
                             "Act 2020)", "https://www.legislation.govt.nz/act/public/1988/0020/latest/DLM5485243.html")
NZ_PSA_SCH_1 = Source("Public Service Act 2020 Sch 1 (State Services Commission renamed Public Service Commission)",
                      "https://plainlanguagelaw.ackama.com/acts/LMS106157/LMS106223.html")
NZ_LEGISLATION_BILL = Source("NZ Legislation, Legislation Bill 2017 explanatory note (re-enacts the Interpretation "
                             "Act 1999)", "http://www.legislation.govt.nz/bill/government/2017/0275/latest/whole.html")
NZ_ET_REGS_2003 = Source("NZ Legislation, Electronic Transactions Regulations 2003 (revoked 1 September 2017 by s346 "
                         "CCLA 2017)", "http://www.legislation.govt.nz/regulation/public/2003/0288/latest/whole.html")
NZ_CHILDRENS_ACT = Source("NZ Legislation, Children's Act 2014 (Act name amended on 21 December 2018 by s5 of the "
                          "Children's Amendment Act 2018)",
                          "https://www.legislation.govt.nz/act/public/2014/0040/latest/whole.html")
WORKING_TOGETHER_2023 = Source("GOV.UK change record, Working together to safeguard children (15 December 2023)",
                               "https://govdiff.njk.onl/update/2023-12-15T11:09:00+00:00/www.gov.uk/government/"
                               "publications/working-together-to-safeguard-children--2")
SCOTLAND_CHILD_PROTECTION = Source(
    "Scottish Government, National Guidance for Child Protection in Scotland 2021 - updated 2023",
    "https://www.gov.scot/publications/national-guidance-child-protection-scotland-2021-updated-2023/")
DISCLOSURE_SCOTLAND_2025 = Source("legislation.gov.uk, Disclosure (Scotland) Act 2020 (Commencement No. 5, Saving and "
                                  "Transitional Provision) Regulations 2025 (SSI 2025/27) Explanatory Note",
                                  "https://www.legislation.gov.uk/ssi/2025/27/note/data.xht")
COOPERATING_NI = Source("Department of Health (NI), Co-operating to Safeguard Children and Young People in Northern "
                        "Ireland", "https://www.health-ni.gov.uk/publications/co-operating-safeguard-children-and-"
                        "young-people-northern-ireland")
WALES_PROCEDURES = Source("Ann Craft Trust, Introducing the Wales Safeguarding Procedures (launched 14 November 2019)",
                          "https://www.anncrafttrust.org/introducing-the-wales-safeguarding-procedures/")
THIRD_SECTOR_SCHEME = Source("Welsh Government, Written statement: revised Third Sector Scheme (31 January 2014)",
                             "https://gov.wales/written-statement-welsh-governments-revised-third-sector-scheme-2014")
NI_ECONOMY_STATE_AID = Source("NI Department for the Economy, State aid and Subsidy Control after EU exit",
                              "http://www.economy-ni.gov.uk/articles/state-aid-and-subsidy-control-after-eu-exit")
SCOTLAND_THIRD_PARTY = Source("Contract (Third Party Rights) (Scotland) Act 2017 (2017 asp 5)",
                              "https://www.legislation.gov.uk/asp/2017/5/contents")
ARBITRATION_2025 = Source("Macfarlanes, Arbitration Act 2025 in force from 1 August",
                          "https://www.macfarlanes.com/what-we-think/102eli5/arbitration-act-2025-in-force-from-1-"
                          "august-102kyo6")
CGRPS = Source("Department of Finance, Australian Government grants framework (CGRPs replaced CGRGs on 1 October 2024)",
               "https://finance.gov.au/government/commonwealth-grants/australian-government-grants-framework")
LSD_2025 = Source("Federal Register of Legislation, Legal Services Directions 2025 (F2025L01591)",
                  "https://www.legislation.gov.au/F2025L01591/asmade/text")
PSPF = Source("Protective Security Policy Framework, Applying the PSPF (Home Affairs since the AAO of 3 August 2023)",
              "https://www.protectivesecurity.gov.au/about/applying-protective-security-policy-framework")
GSTR_2012_2 = Source("ATO, GSTR 2012/2 Goods and services tax: financial assistance payments",
                     "https://www.ato.gov.au/law/view/document?LocID=%22GST%2FGSTR20122%2FNAT%2FATO%22"
                     "&PiT=20130904000001")
CHILD_SAFE_FRAMEWORK_2020 = Source("Commonwealth Child Safe Framework, Second Edition (December 2020)",
                                   "https://fdocuments.net/document/commonwealth-child-safe-framework-second-edition-"
                                   "2020-12-14-a-face-to-face.html")
VIC_PRIVACY = Source("Law Handbook (Vic), Victorian privacy legislation: Privacy and Data Protection Act 2014",
                     "https://www.lawhandbook.org.au/2020_12_04_08_victorian_privacy_legislation_privacy_and_data_"
                     "protection_act_2014/")
VIC_WWCC = Source("Victorian Government, Legislation re Working with Children Checks (Worker Screening Act 2020 "
                  "commenced 1 February 2021)", "https://app.production.vic-gov-au.sdp3.sdp.vic.gov.au/legislation-wwcc")
VIC_CHILD_SAFE = Source("Commission for Children and Young People (Vic), New Child Safe Standards now apply "
                        "(1 July 2022)", "https://ccyp.vic.gov.au/child-safe-standards/new-child-safe-standards-now-apply/")
QLD_PRA_2023 = Source("Queensland Legislation, Public Records Act 2023 (in force 5 December 2024)",
                      "https://legislation.qld.gov.au/view/whole/html/inforce/2024-12-05/act-2023-033")
QLD_PLA_2023 = Source("Thomson Reuters, Property Law Act 2023 (Qld): summary of notable changes (repeals PLA 1974)",
                      "https://support.thomsonreuters.com.au/product/westlaw-australia/updates-alerts/property-law-"
                      "act-2023-qld-summary-notable-changes")
QLD_PRIVACY = Source("Law Compliance, Queensland privacy and information reforms commence 1 July 2025",
                     "https://lawcompliance.com.au/queensland-privacy-and-information-reforms-commence-key-obligations-"
                     "for-agencies/")
OAIC_APP_FACT_SHEET = Source("OAIC, Privacy fact sheet 17: Australian Privacy Principles (January 2014; APPs replace "
                             "the NPPs and IPPs from 12 March 2014)",
                             "https://pdfslide.net/documents/australian-privacy-principles-oaic-privacy-principles-"
                             "january-201-4-privacy.html")
ACT_FOI_1989 = Source("Freedom of Information Act 1989 (ACT) (repealed by A2016-55 s111(1))",
                      "https://casechat.au/cases/au/freedom-of-information-act-1989-repealed-act")
SA_HANSARD_LIA = Source("SA Hansard, Legislation Interpretation Bill 2021 second reading (26 August 2021)",
                        "https://hansardsearch.parliament.sa.gov.au/daily/lh/2021-08-26/43")
AIA_FRAMEWORK_REFORM = Source("Acts and Instruments (Framework Reform) Act 2015 Sch 2 item 3 (repeal and substitution "
                              "of ss19-20)",
                              "https://ato.gov.au/law/view/document?DocID=PAC%2F20150010%2FSch2-Cl3&PiT=99991231235958")


# -- The table -------------------------------------------------------------------------------

_OTHER_IPPS = r"(?:Information\s+Privacy\s+Principles?|IPPs?)"

SUPERSEDED: tuple[Superseded, ...] = (
    # United Kingdom
    Superseded(
        r"\b(?:the\s+(?:national\s+)?(?-i:C)ompact\b|national\s+Compact\b|Compact\s*\(?2010\b)",
        "the Compact (2010)", "the Civil Society Covenant (2025)", "17 July 2025", NCVO_COVENANT,
        exclude=r"\blocal\s+compact|(?-i:(?!National\b|The\b)[A-Z][\w'-]*)\s+Compact\b|\bCompact\s+Voice\b",
        jurisdictions=UK,
        note="The Covenant builds on the Compact; no formal revocation of the Compact was found. A named local "
             "compact is not superseded."),
    Superseded(r"\bData\s+Protection\s+Act\s+1998\b", "the Data Protection Act 1998",
               "the Data Protection Act 2018 and the UK GDPR", "23 May 2018 (the UK GDPR from 1 January 2021)",
               DPA_2018, jurisdictions=UK),
    Superseded(r"\bGDPR\b|\bGeneral\s+Data\s+Protection\s+Regulation\b", "the GDPR (the EU Regulation)",
               "the UK GDPR and the Data Protection Act 2018", "1 January 2021", LAW_REVIEWS_UK,
               exclude=r"\b(?:UK|EU)\s+(?:GDPR|General\s+Data\s+Protection\s+Regulation)\b", jurisdictions=UK,
               note="The EU GDPR may still apply to a UK party's processing within its Article 3(2): a warning, "
                    "not an error."),
    Superseded(r"\bWorking\s+Together\s+(?:to\s+Safeguard\s+Children\s+)?\(?2018\b",
               "Working Together to Safeguard Children 2018", "Working Together to Safeguard Children 2023",
               "15 December 2023", WORKING_TOGETHER_2023, jurisdictions=("UK-ENG",)),
    Superseded(r"\bNational\s+Guidance\s+for\s+Child\s+Protection\s+in\s+Scotland\s+\(?2014\b",
               "the National Guidance for Child Protection in Scotland 2014",
               "the National Guidance for Child Protection in Scotland 2021 - updated 2023",
               "September 2021 (updated August 2023)", SCOTLAND_CHILD_PROTECTION, jurisdictions=("UK-SCT",)),
    Superseded(r"\bNational\s+Guidance\s+for\s+Child\s+Protection\s+in\s+Scotland\s+\(?2021\b"
               r"(?!\)?\s*[-,–—]?\s*\(?\s*updated)",
               "the National Guidance for Child Protection in Scotland 2021 (before its 2023 update)",
               "the National Guidance for Child Protection in Scotland 2021 - updated 2023", "August 2023",
               SCOTLAND_CHILD_PROTECTION, jurisdictions=("UK-SCT",)),
    Superseded(r"\bregulated\s+work\b|\b(?:basic|standard|enhanced)\s+disclosures?\b",
               "PVG 'regulated work' and basic, standard or enhanced disclosures",
               "'regulated roles' and Level 1 and Level 2 disclosures under the Disclosure (Scotland) Act 2020",
               "1 April 2025", DISCLOSURE_SCOTLAND_2025, jurisdictions=("UK-SCT",),
               note="Terminology of the Protection of Vulnerable Groups (Scotland) Act 2007 as amended."),
    Superseded(r"\bCo-?operating\s+to\s+Safeguard\s+Children\b(?!\s+and\s+Young\s+People)",
               "Co-operating to Safeguard Children (Northern Ireland, 2003)",
               "Co-operating to Safeguard Children and Young People in Northern Ireland (2016, refreshed 2017)",
               "March 2016", COOPERATING_NI, jurisdictions=("UK-NIR",)),
    Superseded(r"\bWales\s+Interim\s+Policy\b|\bPOVA\b|\bProtection\s+of\s+Vulnerable\s+Adults\b",
               "the Wales Interim Policy and Procedures for the Protection of Vulnerable Adults from Abuse "
               "(POVA, 2013)",
               "the Wales Safeguarding Procedures (2019) under the Social Services and Well-being (Wales) Act 2014",
               "14 November 2019", WALES_PROCEDURES, jurisdictions=("UK-WLS",),
               note="The Act's term is 'adult at risk'; the bare phrase 'vulnerable adult' is not flagged."),
    Superseded(r"\bVoluntary\s+Sector\s+Scheme\b", "the Voluntary Sector Scheme (Wales, 2004)",
               "the Third Sector Scheme (2014), with the Code of Practice for Funding the Third Sector as an annex",
               "31 January 2014", THIRD_SECTOR_SCHEME, jurisdictions=("UK-WLS",)),
    Superseded(r"\b(?:Northern\s+Ireland|NI)\s+Protocol\b", "the Northern Ireland Protocol", "the Windsor Framework",
               "24 March 2023", NI_ECONOMY_STATE_AID, jurisdictions=UK),
    Superseded(r"\bjus\s+quaesitum\s+tertio\b", "jus quaesitum tertio",
               "the Contract (Third Party Rights) (Scotland) Act 2017", "26 February 2018", SCOTLAND_THIRD_PARTY,
               jurisdictions=("UK-SCT",),
               note="For contracts made on or after 26 February 2018; earlier contracts keep the common-law rule."),
    Superseded(r"\bEnka\s+v\.?\s+Chubb\b", "Enka v Chubb on the law of an arbitration agreement",
               "section 6A of the Arbitration Act 1996, inserted by the Arbitration Act 2025", "1 August 2025",
               ARBITRATION_2025, jurisdictions=("UK-ENG", "UK-WLS", "UK-NIR"),
               note="An amendment, not a replacement: the law of the seat governs the arbitration agreement unless the "
                    "parties expressly choose another."),
    # New Zealand
    Superseded(r"\bPrivacy\s+Act\s+1993\b", "the Privacy Act 1993 (NZ)", "the Privacy Act 2020 (NZ)",
               "1 December 2020", NZ_PRIVACY_1993_S23, jurisdictions=("NZ",),
               note="The privacy officer provision moved from s23 to s201."),
    Superseded(r"\bState\s+(?:Sector|Services)\s+Act\s+1988\b", "the State Sector Act 1988 (NZ)",
               "the Public Service Act 2020 (NZ)", "7 August 2020", NZ_STATE_SECTOR_ACT, jurisdictions=("NZ",),
               note="'State Services Act 1988' is a misnomer for the State Sector Act 1988."),
    Superseded(r"\bState\s+Services\s+Commission(?:er)?\b", "the State Services Commission (NZ)",
               "the Public Service Commission, Te Kawa Mataaho (and the Public Service Commissioner)",
               "7 August 2020 (believed)", NZ_PSA_SCH_1, jurisdictions=("NZ",),
               note="Date inferred from the commencement of the Public Service Act 2020."),
    Superseded(r"\bInterpretation\s+Act\s+1999\b", "the Interpretation Act 1999 (NZ)",
               "Part 2 of the Legislation Act 2019 (NZ)", "28 October 2021 (believed)", NZ_LEGISLATION_BILL,
               confirmed=False, jurisdictions=("NZ",),
               note="Re-enactment confirmed; the commencement date was not verified."),
    Superseded(r"\bElectronic\s+Transactions\s+(?:Act\s+2002|Regulations\s+2003)\b",
               "the Electronic Transactions Act 2002 (NZ)",
               "Part 4 of the Contract and Commercial Law Act 2017 (NZ) and its 2017 Regulations", "1 September 2017",
               NZ_ET_REGS_2003, jurisdictions=("NZ",)),
    Superseded(r"\bVulnerable\s+Children\s+(?:Act\s+2014|\(Requirements)", "the Vulnerable Children Act 2014 (NZ)",
               "the Children's Act 2014 (the same Act, renamed)", "21 December 2018", NZ_CHILDRENS_ACT,
               jurisdictions=("NZ",), note="Renamed by section 5 of the Children's Amendment Act 2018, as are its "
                                         "safety-check Regulations 2015."),
    # Australia
    Superseded(r"\bAdministrative\s+Functions\s+Disposal\s+Authority\b|\bAFDA\b",
               "the Administrative Functions Disposal Authority (AFDA)", "AFDA Express Version 2", "1 July 2019",
               NAA_AFDA, exclude=r"\b(?:AFDA|Administrative\s+Functions\s+Disposal\s+Authority)\s+Express\b",
               jurisdictions=AU,
               note="AFDA Express (2010) was superseded too, but a mention of 'AFDA Express' is taken to mean "
                    "Version 2."),
    Superseded(r"\bCommonwealth\s+Grants\s+Rules\s+and\s+Guidelines\b|\bCGRGs?\b",
               "the Commonwealth Grants Rules and Guidelines 2017", "the Commonwealth Grants Rules and Principles 2024",
               "1 October 2024", CGRPS, jurisdictions=AU),
    Superseded(r"\bLegal\s+Services\s+Directions\s+2017\b", "the Legal Services Directions 2017",
               "the Legal Services Directions 2025", "2 March 2026", LSD_2025, jurisdictions=AU,
               note="The model litigant obligations moved from Appendix B to Part 5 Division 2."),
    Superseded(r"\bPSPF\s+(?:core\s+)?Policy\s+\d{1,2}\b|\bProtective\s+Security\s+Policy\s+Framework\s+Policy\s+\d{1,2}\b",
               "a numbered PSPF policy (the 2018 structure of 16 policies)",
               "the PSPF 2024 release (six security domains), administered by the Department of Home Affairs",
               "2024 (release date not verified)", PSPF, jurisdictions=AU),
    Superseded(r"\bGSTR\s+2000/11\b", "GSTR 2000/11 (GST: grants of financial assistance)",
               "GSTR 2012/2 (GST: financial assistance payments)", "30 May 2012", GSTR_2012_2, jurisdictions=AU),
    Superseded(r"\bCommonwealth\s+Child\s+Safe\s+Framework\s*[(,]?\s*(?:first\s+edition|1st\s+edition|2019)\b",
               "the Commonwealth Child Safe Framework (first edition, 2019)",
               "the Commonwealth Child Safe Framework, second edition (December 2020)", "December 2020",
               CHILD_SAFE_FRAMEWORK_2020, jurisdictions=("AU-CTH",)),
    Superseded(r"\bInformation\s+Privacy\s+Act\s+2000\b|\bCommissioner\s+for\s+Privacy\s+and\s+Data\s+Protection\b"
               r"|\bVictorian\s+Privacy\s+Commissioner\b",
               "the Information Privacy Act 2000 (Vic) or its Privacy Commissioner",
               "the Privacy and Data Protection Act 2014 (Vic) and the Office of the Victorian Information "
               "Commissioner",
               "17 September 2014 (OVIC from 1 September 2017)", VIC_PRIVACY, jurisdictions=("AU-VIC",)),
    Superseded(r"\bWorking\s+with\s+Children\s+Act\s+2005\b", "the Working with Children Act 2005 (Vic)",
               "the Worker Screening Act 2020 (Vic)", "1 February 2021", VIC_WWCC, jurisdictions=("AU-VIC",)),
    Superseded(r"\b(?:seven|7)\s+Child\s+Safe\s+Standards\b", "the seven Victorian Child Safe Standards (2016)",
               "the eleven Child Safe Standards", "1 July 2022", VIC_CHILD_SAFE, jurisdictions=("AU-VIC",)),
    Superseded(r"\bPublic\s+Records\s+Act\s+2002\b", "the Public Records Act 2002 (Qld)",
               "the Public Records Act 2023 (Qld)", "5 December 2024", QLD_PRA_2023, jurisdictions=("AU-QLD",)),
    Superseded(r"\bProperty\s+Law\s+Act\s+1974\b", "the Property Law Act 1974 (Qld) (third-party rights: s55)",
               "the Property Law Act 2023 (Qld) (third-party rights: s68)", "by 3 November 2025", QLD_PLA_2023,
               jurisdictions=("AU-QLD",), note="The exact commencement (believed 1 August 2025) was not verified."),
    Superseded(r"\bNational\s+Privacy\s+Principles?\b|\bNPPs?\b", "the National Privacy Principles (NPPs)",
               "the Australian Privacy Principles (Cth) or, for Queensland agencies, the Queensland Privacy Principles",
               "12 March 2014 (Cth); 1 July 2025 (Qld)", OAIC_APP_FACT_SHEET, jurisdictions=AU),
    Superseded(rf"\b{_OTHER_IPPS}\b", "the Information Privacy Principles of the Information Privacy Act 2009 (Qld)",
               "the Queensland Privacy Principles", "1 July 2025", QLD_PRIVACY, jurisdictions=("AU-QLD",),
               exclude=rf"\b(?:Victorian|NSW|NT|New\s+Zealand|Tasmanian)\s+{_OTHER_IPPS}|{_OTHER_IPPS}\s*\("
                       r"(?:Vic|NSW|NT|NZ|Tas)\)",
               note="Only for Queensland: other jurisdictions' IPPs are current."),
    Superseded(r"\bFreedom\s+of\s+Information\s+Act\s+1989\b", "the Freedom of Information Act 1989 (ACT)",
               "the Freedom of Information Act 2016 (ACT)", "1 January 2018", ACT_FOI_1989, jurisdictions=("AU-ACT",)),
    Superseded(r"\bActs\s+Interpretation\s+Act\s+1915\b", "the Acts Interpretation Act 1915 (SA)",
               "the Legislation Interpretation Act 2021 (SA)", "not verified", SA_HANSARD_LIA, confirmed=False,
               jurisdictions=("AU-SA",),
               note="The Bill to repeal and replace the 1915 Act is confirmed; its passage and commencement are not. "
                    "Do not warn until checked."),
    Superseded(r"\b(?:s|section)\.?\s*19BA\b", "section 19BA of the Acts Interpretation Act 1901 (Cth)",
               "sections 19 to 19C of the Acts Interpretation Act 1901 (Cth) as substituted in 2015 (s19C for "
               "Commonwealth agreements)", "2015", AIA_FRAMEWORK_REFORM, jurisdictions=("AU-CTH",),
               note="Commencement date of the 2015 substitution not verified."),
)
"""Every superseded instrument GEN004 knows, with its source."""
