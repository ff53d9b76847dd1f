"""The law the drafting engine's clauses state, one record per jurisdiction code.

Every Act, instrument, regulator and duty a rendered clause names is a `Law` here: the words
the clause uses, the public source that supports them, and whether the research behind this
table confirmed the fact against a stored public page (`confirmed`). An unconfirmed `Law` says
why in its `note`; a field that is None (or an empty tuple) says why in the record's `absent`
notes. Nothing here is guessed: where the law could not be confirmed it says so.

Statutes are named by short title and year. Australian Acts always carry their jurisdiction
("(Cth)", "(Vic)"); a New Zealand Act carries "(NZ)" where a jurisdiction the tool covers has
an Act of the same name (DRAFTING.md). UK Acts carry no tag.

Family-wide values are written once per family (the UK, New Zealand and Australian builders
below) and each jurisdiction overrides what differs. The sources are collected at the bottom,
ready to move to `domain/sources.py`; the table itself is assembled last, as `LAW`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from collabagree.domain.sources import Source


@dataclass(frozen=True, slots=True)
class Law:
    """One statement of the law: how a clause words it and where that is published."""

    text: str
    """Exactly how a clause names it, e.g. "the Contracts (Rights of Third Parties) Act 1999"."""
    source: Source
    """The public source, primary legislation where one was available."""
    confirmed: bool = True
    """False where the research could not confirm the fact from a stored public page."""
    note: str = ""
    """Why the fact is unconfirmed, or a caution for whoever drafts with it."""


@dataclass(frozen=True, slots=True)
class LawRecord:
    """Everything the clause library states about the law of one jurisdiction code."""

    code: str
    governing_law: Law
    """"the law of England and Wales": completes "This Agreement is governed by ..."."""
    courts: Law
    """The courts the parties submit to: "the courts of England and Wales"."""
    data_protection: tuple[Law, ...]
    """The laws that make up the defined term for data protection legislation."""
    data_protection_note: str
    """Words that follow the list in the definition, e.g. "as amended from time to time"."""
    privacy_regulator: Law | None
    """The regulator a personal data breach is reported to: "the Privacy Commissioner"."""
    breach_duty: Law | None
    """The regulator duty, worded to follow "notify [privacy_regulator]": "of a ... breach ..."."""
    breach_hours: int | None
    """The statutory window in hours (72 in the UK); None where the law says "as soon as practicable"."""
    special_category: Law | None
    """The conditions for special category (sensitive) information."""
    individual_rights: Law | None
    """Where individuals' rights of access and correction are set out."""
    dpo: Law | None
    """The duty to have a data protection officer or privacy officer."""
    electronic_signature: Law | None
    counterparts: Law | None
    third_party_rights: Law | None
    """The statute a third-party exclusion clause names."""
    deed: Law | None
    """The statute on executing a deed."""
    common_seal: Law | None
    """The law on a council's common seal, where researched."""
    safeguarding_children: tuple[Law, ...]
    safeguarding_adults: tuple[Law, ...]
    bribery: Law | None
    subsidy_control: Law | None
    grants_standard: Law | None
    voluntary_sector: Law | None
    """The government's compact, covenant or accord with the voluntary sector."""
    successor_bodies: Law | None
    """What carries an agreement over a machinery-of-government change."""
    interpretation_act: Law | None
    records: Law | None
    """The public records law a public party keeps the agreement under."""
    vat: Law | None
    """The VAT (GST) treatment of grants."""
    intra_government: Law | None
    """Why parts of one government cannot contract with each other."""
    absent: dict[str, str] = field(default_factory=dict, hash=False)
    """For each field that is None or empty: why (no such law, not researched, unconfirmed)."""

    def laws(self) -> list[tuple[str, Law]]:
        """Every `Law` in the record with the name of its field, tuples flattened."""
        found: list[tuple[str, Law]] = []
        for name in LAW_FIELDS:
            value = getattr(self, name)
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, Law):
                    found.append((name, item))
        return found


LAW_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(LawRecord) if f.name not in {"code", "data_protection_note", "breach_hours", "absent"}
)
"""The fields of `LawRecord` that hold a `Law`, a tuple of them, or None."""


def law(code: str | None) -> LawRecord:
    """The record of `code`; the OTHER record for None or an unknown code."""
    return LAW.get(code or "", LAW["OTHER"])


def unconfirmed() -> list[tuple[str, str, Law]]:
    """Every unconfirmed `Law` as (jurisdiction code, field name, law), for reports."""
    return [(record.code, name, item) for record in LAW.values() for name, item in record.laws() if not item.confirmed]


_CONVENTION = "Standard drafting convention; the research located no public source for the exact phrase."


def _convention(text: str, register: Source) -> Law:
    """A phrase that is drafting convention rather than sourced law: unconfirmed, pointing at
    the jurisdiction's register of legislation."""
    return Law(text, register, confirmed=False, note=_CONVENTION)


def _unverified(text: str, title: str, register: Source, note: str = "") -> Law:
    """An Act the research named but could not verify: its title with the address of the
    jurisdiction's register (not of the Act itself)."""
    why = note or "Not verified in the research."
    return Law(text, Source(title, register.url), confirmed=False,
               note=f"{why} The address is the legislation register, not the Act's page.")


# -- United Kingdom ------------------------------------------------------------------------

def _uk() -> tuple[LawRecord, ...]:
    """The four UK records: England, Wales, Scotland, Northern Ireland."""
    uk_gdpr = Law("the UK GDPR", UK_GDPR, note="Defined in section 3(10) of the Data Protection Act 2018 "
                  "(pinpoint not re-checked in the research).")
    dpa = Law("the Data Protection Act 2018", DPA_2018,
              note="Add the Privacy and Electronic Communications (EC Directive) Regulations 2003 where electronic "
                   "marketing or cookies are in scope (research).")
    children_act_1989 = Law("the Children Act 1989", CHILDREN_ACT_1989.at("ss17 and 47"),
                            note="Local authority duties to children in need and to make enquiries, as summarised "
                                 "in Working Together to Safeguard Children (secondary reproduction).")
    children_act_2004 = Law("the Children Act 2004", CHILDREN_ACT_2004.at("ss10-11"),
                            note="Duty to co-operate and to safeguard and promote welfare, as summarised in Working "
                                 "Together to Safeguard Children (secondary reproduction).")
    eca = Law("the Electronic Communications Act 2000", ECA_2000.at("s7"),
              note="Validity of electronic execution in England and Wales: Law Commission, Electronic execution of "
                   "documents (Law Com No 386, 2019), " + LAW_COM_386.url + ". A deed still needs a witness.")
    subsidy = Law("the Subsidy Control Act 2022", SCA_2022.at("ss36-37"),
                  note="Minimal financial assistance: up to £315,000 to one enterprise over the current and two "
                       "preceding financial years (s36), given with an MFA notification and the recipient's written "
                       "confirmation (s37). No change to the threshold was found; the revised text was not re-checked "
                       "for 2026.")
    england = LawRecord(
        code="UK-ENG",
        governing_law=_convention("the law of England and Wales", LEG_UK),
        courts=_convention("the courts of England and Wales", LEG_UK),
        data_protection=(uk_gdpr, dpa),
        data_protection_note="as amended from time to time, including by the Data (Use and Access) Act 2025",
        privacy_regulator=Law(
            "the Information Commissioner (or any successor body, including the Information Commission)",
            DUAA_2025.at("s117"),
            note="DUAA 2025 s117 creates the Information Commission to replace the Information Commissioner; s117 "
                 "was commenced only in part on 20 August 2025 and whether the Commission has taken over is not "
                 "confirmed, hence the successor wording."),
        breach_duty=Law("of a personal data breach without undue delay and, where feasible, within 72 hours of "
                        "becoming aware of it, as Article 33 of the UK GDPR requires", ICO_BREACH,
                        note="Providers of public electronic communications services: 24 hours under PECR (ICO)."),
        breach_hours=72,
        special_category=Law("Article 9 of the UK GDPR and, where required, a condition in Schedule 1 to the Data "
                             "Protection Act 2018", ICO_SPECIAL_CATEGORY,
                             note="Some Schedule 1 conditions also need an appropriate policy document (ICO)."),
        individual_rights=Law("Chapter III of the UK GDPR", UK_GDPR.at("Chapter III"),
                              note="DUAA 2025 inserts Article 15(1A): a subject access search need only be "
                                   "reasonable and proportionate."),
        dpo=Law("Article 37 of the UK GDPR", UK_GDPR.at("Art 37"),
                note="A public authority or body must designate a DPO; the DUAA 2025 leaves this in place."),
        electronic_signature=eca,
        counterparts=None,
        third_party_rights=Law("the Contracts (Rights of Third Parties) Act 1999", CRTPA_1999,
                               note="Extends to England and Wales and Northern Ireland, not Scotland."),
        deed=Law("the Law of Property (Miscellaneous Provisions) Act 1989", LPMPA_1989.at("s1")),
        common_seal=None,
        safeguarding_children=(children_act_1989, children_act_2004,
                               Law("Working Together to Safeguard Children 2023", WORKING_TOGETHER_2023,
                                   note="Statutory guidance published 15 December 2023, replacing the 2018 "
                                        "edition.")),
        safeguarding_adults=(Law("the Care Act 2014", CARE_ACT_2014.at("ss42-46"),
                                 note="ss42-43 seen in the research; ss44-46 not separately viewed."),),
        bribery=Law("the Bribery Act 2010", BRIBERY_ACT_2010,
                    note="UK-wide extent believed correct; the extent section was not seen in the research."),
        subsidy_control=subsidy,
        grants_standard=Law("Government Functional Standard GovS 015: Grants", GOVS_015,
                            note="Applies to UK Government departments and their arm's-length bodies (comply or "
                                 "explain), not to councils."),
        voluntary_sector=Law("the Civil Society Covenant (July 2025)", CIVIL_SOCIETY_COVENANT,
                             note="Launched 17 July 2025; it builds on the Compact (2010), which applied to England "
                                  "only. Local compacts may persist."),
        successor_bodies=Law("the Ministers of the Crown Act 1975", MINISTERS_OF_THE_CROWN_ACT_1975.at("ss1-2"),
                             note="Transfer of functions orders may substitute the new Minister in any instrument "
                                  "or contract; a successor-body clause is still advisable. UK Ministers only: "
                                  "transfers between devolved ministers or departments were not researched."),
        interpretation_act=Law("the Interpretation Act 1978", INTERPRETATION_ACT_1978),
        records=Law("the Public Records Act 1958", PUBLIC_RECORDS_ACT_1958,
                    note="Central government records. Councils: Local Government Act 1972 s224 (proper "
                         "arrangements for documents), " + LGA_1972_S224.url + "."),
        vat=Law("HMRC's guidance on grants and VAT (VAT Supply and Consideration manual, VATSC51800)", HMRC_VATSC51800,
                note="A grant freely given is normally outside the scope of VAT; it is consideration where the funder "
                     "receives a supply in return. See also HMRC VBNB43000."),
        intra_government=Law("government departments are part of the Crown, one legal person, so an agreement "
                             "between them is not a contract", GOVUK_CROSS_DEPARTMENTAL_MOU,
                             note="Cf. Edenred v HM Treasury [2015] (from a firm's summary; judgment not fetched)."),
        absent={
            "counterparts": "No statute in England and Wales: counterparts work at common law and by agreement "
                            "(unconfirmed).",
            "common_seal": "A council's common seal is affixed and attested as its standing orders provide; the "
                           "research did not confirm a statutory provision.",
        },
    )
    wales = replace(
        england, code="UK-WLS",
        safeguarding_children=(
            Law("the Social Services and Well-being (Wales) Act 2014", SSWBA_2014.at("Part 7"),
                note="Part 7 (in force 6 April 2016) includes the duty to report children at risk (s130)."),
            Law("the Wales Safeguarding Procedures", WALES_SAFEGUARDING_PROCEDURES,
                note="Launched 14 November 2019, with the statutory guidance Working Together to Safeguard People."),
        ),
        safeguarding_adults=(Law("the Social Services and Well-being (Wales) Act 2014", SSWBA_2014.at("ss126-128"),
                                 note="Adult at risk enquiries (s126), adult protection and support orders (s127), "
                                      "duty to report (s128)."),),
        voluntary_sector=Law("the Welsh Government's Third Sector Scheme", THIRD_SECTOR_SCHEME_WALES,
                             note="Made under section 74 of the Government of Wales Act 2006; revised 2014 with the "
                                  "Code of Practice for Funding the Third Sector as an annex. A revision after 2014 "
                                  "was not checked. The Civil Society Covenant covers UK Government departments."),
        interpretation_act=Law("the Interpretation Act 1978", INTERPRETATION_ACT_1978,
                               note="Acts of Senedd Cymru made after Part 2 of the Legislation (Wales) Act 2019 came "
                                    "into force are interpreted under that Act instead: " + LEGISLATION_WALES_2019.url),
    )
    scotland = replace(
        england, code="UK-SCT",
        governing_law=_convention("the law of Scotland", LEG_UK),
        courts=_convention("the Scottish courts", LEG_UK),
        electronic_signature=Law(
            "Part 3 of the Requirements of Writing (Scotland) Act 1995 and the Electronic Documents (Scotland) "
            "Regulations 2014", ELECTRONIC_DOCUMENTS_SCOTLAND_2014,
            note="A document that must be in writing needs an advanced electronic signature; to be self-proving it "
                 "must also be certified by a qualified certificate. Law Com No 386 does not state Scots law."),
        counterparts=Law("the Legal Writings (Counterparts and Delivery) (Scotland) Act 2015", LWCDSA_2015,
                         note="Counterparts are one document once all are delivered, to the parties or a nominated "
                              "person (s2); delivery may be electronic (s4)."),
        third_party_rights=Law("the Contract (Third Party Rights) (Scotland) Act 2017", CTPRSA_2017,
                               note="In force 26 February 2018, replacing jus quaesitum tertio for later contracts; "
                                    "the parties may exclude third-party rights."),
        deed=None,
        safeguarding_children=(
            Law("the National Guidance for Child Protection in Scotland 2021 (updated 2023)",
                NATIONAL_GUIDANCE_SCOTLAND),
            Law("the Protection of Vulnerable Groups (Scotland) Act 2007", PVG_2007,
                note="As amended by the Disclosure (Scotland) Act 2020: PVG membership is mandatory for regulated "
                     "roles from 1 April 2025 (SSI 2025/27)."),
        ),
        safeguarding_adults=(Law("the Adult Support and Protection (Scotland) Act 2007", ASPSA_2007.at("ss4-5"),
                                 note="Council duty to inquire (s4) and duty to co-operate (s5)."),),
        voluntary_sector=None,
        interpretation_act=Law("the Interpretation and Legislative Reform (Scotland) Act 2010", ILRSA_2010,
                               note="For Acts of the Scottish Parliament from 4 June 2010; UK Acts: the "
                                    "Interpretation Act 1978."),
        records=Law("the Public Records (Scotland) Act 2011", PRSA_2011.at("Part 1"),
                    note="Named authorities keep a records management plan agreed with the Keeper, covering records "
                         "held by contractors carrying out their functions. UK Government departments: the Public "
                         "Records Act 1958."),
        absent={
            "deed": "Scots law has no deed in the English sense: a document is made self-proving under the "
                    "Requirements of Writing (Scotland) Act 1995, by the granter's subscription and one witness "
                    "(one-witness rule not seen in a fetched page; unconfirmed).",
            "common_seal": england.absent["common_seal"],
            "voluntary_sector": "No Scottish equivalent of the Compact or Covenant was confirmed; the Civil Society "
                                "Covenant applies in Scotland only to UK Government (reserved matters). The user "
                                "names any local or TSI agreement.",
        },
    )
    northern_ireland = replace(
        england, code="UK-NIR",
        governing_law=_convention("the law of Northern Ireland", LEG_UK),
        courts=_convention("the courts of Northern Ireland", LEG_UK),
        electronic_signature=replace(eca, note=(
            "Law Com No 386 states the law of England and Wales only; the Northern Ireland position on electronic "
            "execution was not researched.")),
        deed=_unverified("the Law Reform (Miscellaneous Provisions) (Northern Ireland) Order 2005",
                         "Law Reform (Miscellaneous Provisions) (Northern Ireland) Order 2005", LEG_UK,
                         "Believed to make provision equivalent to LP(MP)A 1989 s1; not confirmed."),
        safeguarding_children=(
            Law("the Children (Northern Ireland) Order 1995", CHILDREN_NI_ORDER_1995),
            Law("the Safeguarding Board Act (Northern Ireland) 2011", NSPCC_NI),
            Law("the Safeguarding Vulnerable Groups (Northern Ireland) Order 2007", NSPCC_NI),
            Law("Co-operating to Safeguard Children and Young People in Northern Ireland", COOPERATING_TO_SAFEGUARD_NI,
                note="Issued March 2016, refreshed August 2017."),
        ),
        safeguarding_adults=(Law("Adult Safeguarding: Prevention and Protection in Partnership (2015)",
                                 Source("Adult Safeguarding: Prevention and Protection in Partnership (2015)",
                                        "https://www.health-ni.gov.uk/"),
                                 confirmed=False,
                                 note="Policy, not statute: Northern Ireland has no adult safeguarding Act. Not "
                                      "verified; the address is the Department of Health's site, not the policy."),),
        subsidy_control=replace(subsidy, note=subsidy.note + (
            " Under Article 10 of the Windsor Framework EU State aid rules also apply to measures affecting trade in "
            "goods (including agri-food) between Northern Ireland and the EU, and the wholesale electricity market "
            "in Northern Ireland: GOV.UK, Guidance on the scope and application of Article 10 of the Windsor "
            "Framework (9 June 2023), " + WINDSOR_ARTICLE_10.url)),
        voluntary_sector=None,
        interpretation_act=Law("the Interpretation Act (Northern Ireland) 1954", CHILDREN_NI_ORDER_1995.at("art 2(1)"),
                               note="Seen applied by the Children (Northern Ireland) Order 1995 art 2(1); UK Acts: "
                                    "the Interpretation Act 1978."),
        records=_unverified("the Public Records Act (Northern Ireland) 1923", "Public Records Act (Northern Ireland) "
                            "1923", LEG_UK, "With the Disposal of Documents Order 1925; not verified."),
        absent={
            "counterparts": england.absent["counterparts"].replace("England and Wales", "Northern Ireland"),
            "common_seal": england.absent["common_seal"],
            "voluntary_sector": "The Concordat between the Voluntary and Community Sector and the Northern Ireland "
                                "Government (2011) was named in the research but not verified; no source to cite.",
        },
    )
    return england, wales, scotland, northern_ireland


# -- New Zealand -----------------------------------------------------------------------------

def _nz() -> LawRecord:
    """The New Zealand record (one code for the whole country)."""
    return LawRecord(
        code="NZ",
        governing_law=_convention("the law of New Zealand", LEG_NZ),
        courts=_convention("the courts of New Zealand", LEG_NZ),
        data_protection=(Law("the Privacy Act 2020 (NZ)", PRIVACY_ACT_2020,
                             note="In force 1 December 2020, repealing the Privacy Act 1993 (s216(1)). Sector codes "
                                  "(e.g. the Health Information Privacy Code 2020) were not checked."),),
        data_protection_note="and any code of practice issued under it that applies to a Party, as amended from time "
                             "to time",
        privacy_regulator=Law("the Privacy Commissioner", NZ_BREACH_DEIS),
        breach_duty=Law("of a notifiable privacy breach as soon as practicable after becoming aware of it, as subpart "
                        "1 of Part 6 of the Privacy Act 2020 (NZ) requires", NZ_BREACH_DEIS,
                        note="A breach that has caused or is likely to cause serious harm; affected individuals are "
                             "told too. Failing to notify the Commissioner is an offence. Section numbers not "
                             "verified."),
        breach_hours=None,
        special_category=None,
        individual_rights=Law("information privacy principles 6 and 7 in section 22 of the Privacy Act 2020 (NZ)",
                              NZ_IPP_6_7, note="IPP 6: access; IPP 7: correction (secondary summary citing s22)."),
        dpo=Law("section 201 of the Privacy Act 2020 (NZ)", PRIVACY_OFFICERS_S201,
                note="Every agency must appoint one or more privacy officers."),
        electronic_signature=Law("Part 4 of the Contract and Commercial Law Act 2017 (NZ)", CCLA_2017.at("Part 4"),
                                 note="In force 1 September 2017, replacing the Electronic Transactions Act 2002. "
                                      "Section numbers not verified."),
        counterparts=None,
        third_party_rights=Law("subpart 1 of Part 2 of the Contract and Commercial Law Act 2017 (NZ)",
                               CCLA_2017.at("Part 2 subpart 1, s12"),
                               note="Contractual privity: s12 lets a designated beneficiary enforce a promise; s13 "
                                    "excludes it where the parties did not intend it."),
        deed=Law("the Property Law Act 2007 (NZ)", PLA_2007_NZ.at("s9"),
                 note="Signed by an individual, witnessed by a non-party (who adds residence and occupation when "
                      "signing in New Zealand, s9(7)), and delivered (s9(9))."),
        common_seal=None,
        safeguarding_children=(
            Law("the Children's Act 2014", CHILDRENS_ACT_2014.at("Part 3"),
                note="Safety checking of children's workers in state-funded regulated services (formerly the "
                     "Vulnerable Children Act 2014)."),
            Law("the Children's (Requirements for Safety Checks of Children's Workers) Regulations 2015",
                SAFETY_CHECK_REGS_2015, note="In force 1 July 2015; re-check every 3 years."),
            _unverified("the Oranga Tamariki Act 1989", "Oranga Tamariki Act 1989", LEG_NZ,
                        "Care and protection statute (formerly the Children, Young Persons, and Their Families Act "
                        "1989); not verified."),
        ),
        safeguarding_adults=(),
        bribery=Law("the Crimes Act 1961 (NZ) and the Secret Commissions Act 1910", GLI_NZ_BRIBERY,
                    note="Crimes Act Part 6 ss99-106 (officials, incl. foreign public officials s105C); Secret "
                         "Commissions Act for the private sector."),
        subsidy_control=None,
        grants_standard=Law("the Office of the Auditor-General's good practice guide Public sector purchases, grants, "
                            "and gifts (June 2008)", OAG_2008),
        voluntary_sector=Law("the Kia Tūtahi Standing Together Relationship Accord", KIA_TUTAHI,
                             note="Endorsed by Cabinet 13 June 2011, signed 1 August 2011, reviewed 2015."),
        successor_bodies=Law("the Public Service Act 2020 (NZ)", PUBLIC_SERVICE_ACT_2020.at("s23"), confirmed=False,
                             note="s23 provides for establishing and reorganising departments by Order in Council; "
                                  "which provision carries contracts and rights over was not confirmed."),
        interpretation_act=Law("the Legislation Act 2019 (NZ)", LEGISLATION_ACT_2019.at("Part 2"),
                               note="Replaces the Interpretation Act 1999; commencement of Part 2 not verified."),
        records=Law("the Public Records Act 2005 (NZ)", PUBLIC_RECORDS_ACT_2005.at("s17"),
                    note="Every public office and local authority keeps full and accurate records, including of "
                         "matters contracted out."),
        vat=Law("section 5(6D) of the Goods and Services Tax Act 1985", IRD_IS_23_05,
                note="A grant or subsidy from the Crown or a public authority to a registered person for their taxable "
                     "activity is deemed consideration for a supply (IS 23/05). Not s5(6B)."),
        intra_government=Law("Public Service agencies are part of the legal Crown, one legal person, while Crown "
                             "entities are separate bodies corporate", PSC_ORGANISATIONAL_FORM,
                             note="That agencies therefore cannot sue each other was not separately sourced."),
        absent={
            "special_category": "The Privacy Act 2020 has no special category regime like UK GDPR Article 9; "
                                "sensitivity bears on the IPPs and on serious harm (unconfirmed).",
            "counterparts": "No statute: counterparts take effect by agreement at common law (unconfirmed).",
            "common_seal": "Execution by local authorities under the Local Government Act 2002 was not verified.",
            "safeguarding_adults": "No general adult safeguarding Act in New Zealand (researcher's understanding; "
                                   "unconfirmed). The user names any sector obligations.",
            "subsidy_control": "No general subsidy control regime in New Zealand (unconfirmed).",
        },
    )


# -- Australia -------------------------------------------------------------------------------

_STATE_ABSENT = {
    "special_category": "Sensitive information rules under this jurisdiction's privacy law were not researched.",
    "individual_rights": "Access and correction rights under this jurisdiction's privacy law were not researched.",
    "dpo": "A privacy officer duty under this jurisdiction's law was not researched.",
    "counterparts": "No statute found: counterparts take effect by agreement at common law (unconfirmed).",
    "deed": "Execution of deeds under this jurisdiction's law was not researched.",
    "common_seal": "Execution under a council's common seal was not researched.",
    "safeguarding_adults": "No general adult safeguarding Act in Australian jurisdictions (researcher's "
                           "understanding; unconfirmed). The user names any sector obligations.",
    "subsidy_control": "No subsidy control regime in Australia (unconfirmed).",
    "grants_standard": "This jurisdiction's grants framework was not researched.",
    "voluntary_sector": "No compact with the voluntary sector was researched for this jurisdiction.",
    "successor_bodies": "This jurisdiction's machinery-of-government provisions were not researched.",
    "intra_government": "That departments are part of the Crown in right of the State or Territory (one legal "
                        "person) was not sourced in the research.",
    "breach_duty": "No statutory data breach notification scheme was found for this jurisdiction.",
    "third_party_rights": "No statutory third-party rights: common-law privity applies, so an exclusion clause "
                          "names no Act.",
}


def _state_bribery(text: str, pinpoint: str) -> Law:
    """A State or Territory offence from the Lexology summary of Australian bribery law."""
    return Law(text, LEXOLOGY_AU_BRIBERY.at(pinpoint),
               note="Secret commissions / corrupt benefit offences (secondary source); bribery of Commonwealth "
                    "officials is under the Criminal Code (Cth).")


def _au() -> tuple[LawRecord, ...]:
    """The Commonwealth record and the eight State and Territory records."""
    gst = Law("the A New Tax System (Goods and Services Tax) Act 1999 (Cth) and GSTR 2012/2 (financial assistance "
              "payments)", ATO_GSTR_2012_2,
              note="A financial assistance payment is consideration only where there is a sufficient nexus with a "
                   "supply; payments between government related entities within s9-17(3) are not (GSTR 2012/2A1).")
    cth = LawRecord(
        code="AU-CTH",
        governing_law=Law("the law of the Australian Capital Territory", LEG_AU, confirmed=False,
                          note="Commonwealth agreements conventionally choose ACT law (DRAFTING.md, FORMAT-1.1); the "
                               "research located no public source for the convention."),
        courts=_convention("the courts of the Australian Capital Territory and the courts competent to hear "
                           "appeals from them", LEG_AU),
        data_protection=(Law("the Privacy Act 1988 (Cth), including the Australian Privacy Principles",
                             PRIVACY_ACT_1988,
                             note="Amendments 2022-2024 (penalties; statutory tort) noted in secondary sources "
                                  "only."),),
        data_protection_note="and any registered APP code that binds a Party, as amended from time to time",
        privacy_regulator=Law("the Australian Information Commissioner", OAIC_NDB_ROLE),
        breach_duty=Law("of an eligible data breach as soon as practicable after becoming aware of it (having "
                        "assessed a suspected breach within 30 days), as Part IIIC of the Privacy Act 1988 (Cth) "
                        "requires", OAIC_WHEN_TO_REPORT,
                        note="Notifiable Data Breaches scheme from 22 February 2018: assessment s26WH; statement "
                             "s26WK."),
        breach_hours=None,
        special_category=Law("APP 3.3 and the exceptions in APP 3.4 (including the permitted general situations in "
                             "section 16A) of the Privacy Act 1988 (Cth)", OAIC_PERMITTED_GENERAL_SITUATIONS,
                             note="APP 3.3 states the rule for sensitive information (consent and necessity); the "
                                  "exceptions are in APP 3.4, which refers to the s16A situations (OAIC). "
                                  "RULES-1.1 INF018's 'APP 3.3 exception' means APP 3.4."),
        individual_rights=Law("Australian Privacy Principles 12 and 13", APP_12_13,
                              note="APP 12: access; APP 13: correction."),
        dpo=Law("the Privacy (Australian Government Agencies — Governance) APP Code 2017", MONDAQ_APP_CODE,
                confirmed=False,
                note="Agencies must appoint a privacy officer and a privacy champion (from 1 July 2018); the Code's "
                     "formal title is from the researcher's memory (the source calls it the Agency APP Code)."),
        electronic_signature=Law("the Electronic Transactions Act 1999 (Cth)", ETA_1999_CTH.at("s10"),
                                 note="Applies to requirements under Commonwealth law; the execution of a contract "
                                      "follows the governing law's own Act."),
        counterparts=None,
        third_party_rights=None,
        deed=None,
        common_seal=None,
        safeguarding_children=(
            Law("the Commonwealth Child Safe Framework", CHILD_SAFE_FRAMEWORK,
                note="Mandatory for non-corporate Commonwealth entities (second edition, December 2020); funded "
                     "third parties may be asked for statements of compliance."),
            Law("the National Principles for Child Safe Organisations", NATIONAL_PRINCIPLES,
                note="Framework Requirement 3; endorsed by COAG on 1 February 2019."),
        ),
        safeguarding_adults=(),
        bribery=Law("the Criminal Code Act 1995 (Cth)", CRIMINAL_CODE_CTH.at("Sch, Divs 141-142"),
                    note="Division 141: bribery of a Commonwealth public official; Division 142: corrupting "
                         "benefits; s70.2: foreign bribery."),
        subsidy_control=None,
        grants_standard=Law("the Commonwealth Grants Rules and Principles 2024", CGRPS_2024,
                            note="Legislative instrument under PGPA Act s105D; replaced the CGRGs 2017 on 1 October "
                                 "2024."),
        voluntary_sector=Law("the APS Charter of Partnerships and Engagement", APS_CHARTER, confirmed=False,
                             note="December 2023; cited by the aps_charter rules, not re-fetched in the research."),
        successor_bodies=Law("section 19C of the Acts Interpretation Act 1901 (Cth)", AIA_1901_S19C,
                             note="A reference in a Commonwealth agreement to an abolished, renamed or affected "
                                  "Minister, Department or authority is read as a reference to the one now dealing "
                                  "with the matter. Not s19B/19BA: ss19-20 were re-made in 2015."),
        interpretation_act=Law("the Acts Interpretation Act 1901 (Cth)", AIA_1901_S19C),
        records=Law("the Archives Act 1983 (Cth)", NAA_AFDA,
                    note="Disposal of common administrative records under AFDA Express Version 2."),
        vat=gst,
        intra_government=Law("non-corporate Commonwealth entities are part of the Commonwealth, one legal person, "
                             "and cannot contract with each other", ANAO_MOU,
                             note="Corporate Commonwealth entities are separate bodies corporate. The Legal Services "
                                  "Directions 2025 (F2025L01591, from 2 March 2026, repealing the 2017 Directions) "
                                  "govern Commonwealth legal work: " + LSD_2025.url + ". The paragraph, if any, that "
                                  "bars entities from litigating against each other was not found: cite none."),
        absent={
            "counterparts": "No Commonwealth statute on counterparts: by agreement (unconfirmed).",
            "third_party_rights": "No Commonwealth statute: common-law privity, unless the governing State or "
                                  "Territory law provides otherwise.",
            "deed": "No Commonwealth deeds statute: execution follows the governing law and the entity's "
                    "delegations (unconfirmed).",
            "common_seal": "Not applicable to Commonwealth entities (not researched).",
            "safeguarding_adults": _STATE_ABSENT["safeguarding_adults"],
            "subsidy_control": _STATE_ABSENT["subsidy_control"],
        },
    )

    def state(code: str, register: Source, place: str, absent: dict[str, str] | None = None,
              **overrides: Any) -> LawRecord:
        """A State or Territory record: `overrides` replace the defaults, and every field left
        empty gets its `_STATE_ABSENT` reason unless `absent` gives a more specific one."""
        base = LawRecord(
            code=code,
            governing_law=_convention(f"the law of {place}", register),
            courts=_convention(f"the courts of {place} and the courts competent to hear appeals from them", register),
            data_protection=(), data_protection_note="as amended from time to time",
            privacy_regulator=None, breach_duty=None, breach_hours=None, special_category=None,
            individual_rights=None, dpo=None, electronic_signature=None, counterparts=None,
            third_party_rights=None, deed=None, common_seal=None, safeguarding_children=(),
            safeguarding_adults=(), bribery=None, subsidy_control=None, grants_standard=None,
            voluntary_sector=None, successor_bodies=None, interpretation_act=None, records=None,
            vat=gst, intra_government=None,
        )
        record = replace(base, **overrides)
        gaps = {name: why for name, why in _STATE_ABSENT.items() if not getattr(record, name)}
        return replace(record, absent={**gaps, **(absent or {})})

    nsw = state(
        "AU-NSW", LEG_NSW, "New South Wales",
        data_protection=(Law("the Privacy and Personal Information Protection Act 1998 (NSW)", OAIC_STATE_PRIVACY),
                         Law("the Health Records and Information Privacy Act 2002 (NSW)", OAIC_STATE_PRIVACY)),
        privacy_regulator=Law("the NSW Privacy Commissioner", NSW_MNDB,
                              note="The Information and Privacy Commission NSW."),
        breach_duty=Law("of an eligible data breach (having assessed a suspected breach within 30 days), as Part 6A "
                        "of the Privacy and Personal Information Protection Act 1998 (NSW) requires", NSW_MNDB,
                        note="Mandatory Notification of Data Breach scheme from 28 November 2023; affected "
                             "individuals are told too."),
        electronic_signature=_unverified("the Electronic Transactions Act 2000 (NSW)",
                                         "Electronic Transactions Act 2000 (NSW)", LEG_NSW,
                                         "Title and year not seen in a fetched page."),
        safeguarding_children=(
            Law("the Children's Guardian Act 2019 (NSW)", CHILDRENS_GUARDIAN_ACT_2019,
                note="Commenced 1 March 2020; the Child Safe Scheme (10 Child Safe Standards) was added by the "
                     "Children's Guardian Amendment (Child Safe Scheme) Act 2021 (commencement not verified)."),
            _unverified("the Child Protection (Working with Children) Act 2012 (NSW)",
                        "Child Protection (Working with Children) Act 2012 (NSW)", LEG_NSW,
                        "Working with Children Check statute; not verified."),
        ),
        bribery=_state_bribery("the Crimes Act 1900 (NSW)", "s249B"),
        interpretation_act=Law("the Interpretation Act 1987 (NSW)", CHILDRENS_GUARDIAN_ACT_2019,
                               note="Seen cited in the NSW legislation register."),
        records=Law("the State Records Act 1998 (NSW)", STATE_RECORDS_ACT_1998_NSW),
    )
    vic = state(
        "AU-VIC", LEG_VIC, "Victoria",
        data_protection=(Law("the Privacy and Data Protection Act 2014 (Vic)", VIC_LAW_HANDBOOK_PRIVACY,
                             note="Information Privacy Principles; commenced 17 September 2014, repealing the "
                                  "Information Privacy Act 2000 (Vic)."),
                         Law("the Health Records Act 2001 (Vic)", VIC_LAW_HANDBOOK_PRIVACY,
                             note="Health Privacy Principles.")),
        privacy_regulator=Law("the Information Commissioner (Victoria)", VIC_LAW_HANDBOOK_PRIVACY,
                              note="The Office of the Victorian Information Commissioner, with the Privacy and Data "
                                   "Protection Deputy Commissioner (from 1 September 2017); health privacy: the Health "
                                   "Complaints Commissioner."),
        individual_rights=Law("Information Privacy Principle 6 of the Privacy and Data Protection Act 2014 (Vic)",
                              OVIC_IPP_6, note="Access and correction where the FOI Act does not apply (OVIC)."),
        electronic_signature=Law("the Electronic Transactions (Victoria) Act 2000", ETA_VIC_2000,
                                 note="In force 1 September 2000."),
        safeguarding_children=(
            Law("the Child Wellbeing and Safety Act 2005 (Vic)", CCYP_CHILD_SAFE_STANDARDS,
                note="The Child Safe Standards (11 standards from 1 July 2022) and the Reportable Conduct Scheme "
                     "(Part 5A)."),
            Law("the Worker Screening Act 2020 (Vic)", VIC_WWCC,
                note="Working with Children Check; commenced 1 February 2021, repealing the Working with Children "
                     "Act 2005 (Vic)."),
        ),
        bribery=_state_bribery("the Crimes Act 1958 (Vic)", "s176"),
        interpretation_act=_unverified("the Interpretation of Legislation Act 1984 (Vic)",
                                       "Interpretation of Legislation Act 1984 (Vic)", LEG_VIC),
        records=Law("the Public Records Act 1973 (Vic)", PROV_LEGISLATION, note="With PROV standards."),
        absent={
            "breach_duty": "No general mandatory data breach notification scheme under the Privacy and Data "
                           "Protection Act 2014 (Vic); information security incidents go to OVIC under the "
                           "Victorian Protective Data Security Standards (researcher's understanding; unconfirmed).",
            "voluntary_sector": "No current Victorian compact was found (the VRGF was dissolved on 30 June 2024).",
        },
    )
    qld = state(
        "AU-QLD", LEG_QLD, "Queensland",
        data_protection=(Law("the Information Privacy Act 2009 (Qld)", QLD_PRIVACY_REFORMS,
                             note="As amended by the Information Privacy and Other Legislation Amendment Act 2023: "
                                  "the Queensland Privacy Principles apply from 1 July 2025."),),
        privacy_regulator=Law("the Information Commissioner (Queensland)", QLD_PRIVACY_REFORMS,
                              note="The Office of the Information Commissioner Queensland."),
        breach_duty=Law("of an eligible data breach (having assessed a suspected breach within 30 days), as Chapter "
                        "3A of the Information Privacy Act 2009 (Qld) requires", QLD_PRIVACY_REFORMS,
                        note="From 1 July 2025 for agencies and 1 July 2026 for local governments (Corrs)."),
        electronic_signature=_unverified("the Electronic Transactions (Queensland) Act 2001",
                                         "Electronic Transactions (Queensland) Act 2001", LEG_QLD,
                                         "Only the 2001 Bill title was seen."),
        third_party_rights=Law("the Property Law Act 2023 (Qld)", QLD_PLA_2023_S68.at("s68"),
                               note="A promise for the benefit of a third party is enforceable by it; replaced "
                                    "Property Law Act 1974 (Qld) s55. Exact commencement (by 3 November 2025) not "
                                    "verified. Exclusion is 'subject to the terms of the contract'."),
        safeguarding_children=(_unverified("the Working with Children (Risk Management and Screening) Act 2000 (Qld)",
                                           "Working with Children (Risk Management and Screening) Act 2000 (Qld)",
                                           LEG_QLD, "Blue card screening; child safe standards legislation (2024-25) "
                                           "also not verified."),),
        bribery=_state_bribery("the Criminal Code (Qld)", "ss442B-442BA"),
        interpretation_act=Law("the Acts Interpretation Act 1954 (Qld)", QLD_PLA_COMMENCEMENT),
        records=Law("the Public Records Act 2023 (Qld)", QLD_PRA_2023,
                    note="Commenced 5 December 2024, replacing the Public Records Act 2002 (Qld)."),
    )
    wa = state(
        "AU-WA", LEG_WA, "Western Australia",
        data_protection=(Law("the Privacy and Responsible Information Sharing Act 2024 (WA)", WA_OIC_PRIVACY,
                             note="Royal Assent 6 December 2024; most obligations from 1 July 2026 as announced "
                                  "(HWL Ebsworth); verify the proclamation."),),
        privacy_regulator=Law("the Information Commissioner (Western Australia)", WA_OIC_PRIVACY,
                              note="With the Privacy Deputy Commissioner (Information Commissioner Act 2024)."),
        electronic_signature=_unverified("the Electronic Transactions Act 2011 (WA)",
                                         "Electronic Transactions Act 2011 (WA)", LEG_WA),
        third_party_rights=Law("the Property Law Act 1969 (WA)", LAW_COM_242_APPENDIX_B.at("PLA 1969 (WA) s11"),
                               note="s11(2): a contract that expressly purports to confer a benefit directly on a "
                                    "person not named as a party is enforceable by that person. Text from the 1996 "
                                    "Law Commission appendix; check the current WA reprint."),
        safeguarding_children=(_unverified("the Working with Children (Screening) Act 2004 (WA)",
                                           "Working with Children (Screening) Act 2004 (WA)", LEG_WA),),
        bribery=_state_bribery("the Criminal Code (WA)", "ss529-530"),
        interpretation_act=_unverified("the Interpretation Act 1984 (WA)", "Interpretation Act 1984 (WA)", LEG_WA),
        records=Law("the State Records Act 2000 (WA)", WA_STATE_RECORDS_ACT),
        absent={"breach_duty": "The PRIS Act notifiable information breach scheme is announced to start on 1 January "
                               "2027 (HWL Ebsworth), so no statutory duty is stated before then."},
    )
    sa = state(
        "AU-SA", LEG_SA, "South Australia",
        data_protection=(Law("the Information Privacy Principles Instruction (Premier and Cabinet Circular PC012)",
                             SA_PRIVACY_LAW,
                             note="South Australia has no information privacy statute; the Instruction binds SA "
                                  "Government agencies, not councils or SA universities."),),
        data_protection_note="as amended or replaced from time to time",
        privacy_regulator=Law("the Privacy Committee of South Australia", SA_PRIVACY_LAW),
        electronic_signature=Law("the Electronic Communications Act 2000 (SA)", ECA_2000_SA.at("s9"),
                                 note="South Australia's Act is not called an Electronic Transactions Act."),
        bribery=_state_bribery("the Criminal Law Consolidation Act 1935 (SA)", "s150"),
        interpretation_act=_unverified("the Legislation Interpretation Act 2021 (SA)",
                                       "Legislation Interpretation Act 2021 (SA)", LEG_SA,
                                       "The Bill to replace the Acts Interpretation Act 1915 (SA) is confirmed; its "
                                       "passage and commencement are not."),
        records=_unverified("the State Records Act 1997 (SA)", "State Records Act 1997 (SA)", LEG_SA),
        absent={"safeguarding_children": "South Australian child safety law was not researched."},
    )
    tas = state(
        "AU-TAS", LEG_TAS, "Tasmania",
        data_protection=(Law("the Personal Information Protection Act 2004 (Tas)", MOFO_AU_PRIVACY,
                             note="Applies to the public and local government sectors and the University of "
                                  "Tasmania."),),
        privacy_regulator=Law("the Ombudsman (Tasmania)", MOFO_AU_PRIVACY,
                              note="Handles complaints; the Act is administered by the Department of Justice."),
        electronic_signature=_unverified("the Electronic Transactions Act 2000 (Tas)",
                                         "Electronic Transactions Act 2000 (Tas)", LEG_TAS),
        safeguarding_children=(
            Law("the Child and Youth Safe Organisations Act 2023 (Tas)", TAS_CYSOA_2023,
                note="Commenced 1 July 2023: Child and Youth Safe Standards and the Reportable Conduct Scheme, "
                     "applying to listed classes of entity from 1 January 2024 onward."),
            Law("the Registration to Work with Vulnerable People Act 2013 (Tas)", TAS_RWVP_2013),
        ),
        bribery=_state_bribery("the Criminal Code (Tas)", "s266"),
        interpretation_act=_unverified("the Acts Interpretation Act 1931 (Tas)", "Acts Interpretation Act 1931 (Tas)",
                                       LEG_TAS),
        records=_unverified("the Archives Act 1983 (Tas)", "Archives Act 1983 (Tas)", LEG_TAS),
        absent={"breach_duty": "A Tasmanian data breach notification duty was not researched."},
    )
    act = state(
        "AU-ACT", LEG_ACT, "the Australian Capital Territory",
        data_protection=(Law("the Information Privacy Act 2014 (ACT)", OAIC_STATE_PRIVACY,
                             note="Territory Privacy Principles; commenced 1 September 2014."),
                         Law("the Health Records (Privacy and Access) Act 1997 (ACT)", OAIC_STATE_PRIVACY)),
        privacy_regulator=Law("the ACT Information Privacy Commissioner", OAIC_STATE_PRIVACY,
                              note="Functions exercised by the OAIC under an arrangement described in a 2015 archived "
                                   "page (check it still applies); health records: the ACT Human Rights "
                                   "Commission."),
        electronic_signature=_unverified("the Electronic Transactions Act 2001 (ACT)",
                                         "Electronic Transactions Act 2001 (ACT)", LEG_ACT),
        safeguarding_children=(_unverified("the Working with Vulnerable People (Background Checking) Act 2011 (ACT)",
                                           "Working with Vulnerable People (Background Checking) Act 2011 (ACT)",
                                           LEG_ACT),),
        bribery=_state_bribery("the Criminal Code 2002 (ACT)", "ss356-357"),
        interpretation_act=Law("the Legislation Act 2001 (ACT)", ACT_TERRITORY_RECORDS),
        records=Law("the Territory Records Act 2002 (ACT)", ACT_TERRITORY_RECORDS),
        absent={"breach_duty": "An ACT data breach notification duty was not researched."},
    )
    nt = state(
        "AU-NT", LEG_NT, "the Northern Territory",
        data_protection=(Law("the Information Act 2002 (NT)", NT_INFORMATION_ACT,
                             note="Information Privacy Principles; in effect 1 July 2003."),),
        privacy_regulator=Law("the Information Commissioner (Northern Territory)", NT_INFORMATION_ACT),
        electronic_signature=_unverified("the Electronic Transactions (Northern Territory) Act 2000",
                                         "Electronic Transactions (Northern Territory) Act 2000", LEG_NT),
        third_party_rights=Law("the Law of Property Act 2000 (NT)", AU_PRIVITY_SUBMISSION, confirmed=False,
                               note="A statutory third-party right like Queensland's exists (submission to the "
                                    "Review of Australian Contract Law); the section (s56 believed) is not "
                                    "confirmed."),
        bribery=_state_bribery("the Criminal Code (NT)", "s236"),
        interpretation_act=_unverified("the Interpretation Act 1978 (NT)", "Interpretation Act 1978 (NT)", LEG_NT),
        records=Law("the Information Act 2002 (NT)", NT_INFORMATION_ACT, note="Its records and archives part."),
        absent={"safeguarding_children": "Northern Territory child safety law was not researched.",
                "breach_duty": "A Northern Territory data breach notification duty was not researched."},
    )
    return cth, nsw, vic, qld, wa, sa, tas, act, nt


# -- OTHER -----------------------------------------------------------------------------------

def _other() -> LawRecord:
    """Generic wording for a jurisdiction the tool does not know: the user states the law."""
    def user(text: str) -> Law:
        return Law(text, USER_STATES_THE_LAW, confirmed=False,
                   note="Jurisdiction OTHER: the user must supply the law; the renderer does not infer it.")

    left_to_user = "Jurisdiction OTHER: the clause is left to the user."
    return LawRecord(
        code="OTHER",
        governing_law=user("the law of [jurisdiction to be supplied]"),
        courts=user("the courts of [jurisdiction to be supplied]"),
        data_protection=(user("all laws relating to the processing of personal information that apply to a Party"),),
        data_protection_note="as amended from time to time",
        privacy_regulator=user("the relevant supervisory authority"),
        breach_duty=user("of a personal data breach as the applicable law requires"),
        breach_hours=None,
        special_category=None, individual_rights=None, dpo=None, electronic_signature=None, counterparts=None,
        third_party_rights=None, deed=None, common_seal=None, safeguarding_children=(), safeguarding_adults=(),
        bribery=None, subsidy_control=None, grants_standard=None, voluntary_sector=None, successor_bodies=None,
        interpretation_act=None, records=None, vat=None, intra_government=None,
        absent={name: left_to_user for name in (
            "special_category", "individual_rights", "dpo", "electronic_signature", "counterparts", "deed",
            "common_seal", "safeguarding_children", "safeguarding_adults", "bribery", "subsidy_control",
            "grants_standard", "voluntary_sector", "successor_bodies", "interpretation_act", "records", "vat",
            "intra_government")} | {
            "third_party_rights": "Jurisdiction OTHER: state that no person other than the Parties may enforce the "
                                  "Agreement, to the extent permitted by the governing law (design default)."},
    )


# -- Sources (to move to domain/sources.py) ----------------------------------------------------
# Primary legislation where the research or a well-known official address had it; otherwise the
# regulator's or a secondary page the research read, named as such in the title.

USER_STATES_THE_LAW = Source("collabagree: the user states the law for OTHER")

LEG_UK = Source("legislation.gov.uk, the official register of UK legislation", "https://www.legislation.gov.uk/")
LEG_NZ = Source("New Zealand Legislation, the official register", "https://www.legislation.govt.nz/")
LEG_AU = Source("Federal Register of Legislation (Cth)", "https://www.legislation.gov.au/")
LEG_NSW = Source("NSW Legislation", "https://legislation.nsw.gov.au/")
LEG_VIC = Source("Victorian Legislation", "https://www.legislation.vic.gov.au/")
LEG_QLD = Source("Queensland Legislation", "https://www.legislation.qld.gov.au/")
LEG_WA = Source("Western Australian Legislation", "https://www.legislation.wa.gov.au/")
LEG_SA = Source("South Australian Legislation", "https://www.legislation.sa.gov.au/")
LEG_TAS = Source("Tasmanian Legislation", "https://www.legislation.tas.gov.au/")
LEG_ACT = Source("ACT Legislation Register", "https://www.legislation.act.gov.au/")
LEG_NT = Source("Northern Territory Legislation", "https://legislation.nt.gov.au/")

# United Kingdom
UK_GDPR = Source("UK GDPR (Regulation (EU) 2016/679 as retained), legislation.gov.uk",
                 "https://www.legislation.gov.uk/eur/2016/679/contents")
DPA_2018 = Source("Data Protection Act 2018", "https://www.legislation.gov.uk/ukpga/2018/12/contents")
DUAA_2025 = Source("Data (Use and Access) Act 2025", "https://www.legislation.gov.uk/ukpga/2025/18/contents")
ICO_BREACH = Source("ICO, Report a breach privacy notice (72 hours; PECR 24 hours)",
                    "https://ico.org.uk/global/privacy-notice/report-a-breach-all-controllers/")
ICO_SPECIAL_CATEGORY = Source(
    "ICO, What are the rules on special category data?",
    "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/special-category-data/"
    "what-are-the-rules-on-special-category-data/")
ECA_2000 = Source("Electronic Communications Act 2000", "https://www.legislation.gov.uk/ukpga/2000/7/contents")
LAW_COM_386 = Source("Law Commission, Electronic execution of documents (Law Com No 386, HC 2624, September 2019)",
                     "https://beta.bailii.org/ew/other/EWLC/2019/LC386.html")
CRTPA_1999 = Source("Contracts (Rights of Third Parties) Act 1999", "https://www.legislation.gov.uk/ukpga/1999/31/contents")
LPMPA_1989 = Source("Law of Property (Miscellaneous Provisions) Act 1989",
                    "https://legislation.gov.uk/ukpga/1989/34/section/1/enacted")
CHILDREN_ACT_1989 = Source("Children Act 1989", "https://www.legislation.gov.uk/ukpga/1989/41/contents")
CHILDREN_ACT_2004 = Source("Children Act 2004", "https://www.legislation.gov.uk/ukpga/2004/31/contents")
WORKING_TOGETHER_2023 = Source("HM Government, Working Together to Safeguard Children 2023 (GOV.UK)",
                               "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2")
CARE_ACT_2014 = Source("Care Act 2014", "https://www.legislation.gov.uk/ukpga/2014/23/contents")
BRIBERY_ACT_2010 = Source("Bribery Act 2010", "https://www.legislation.gov.uk/ukpga/2010/23/contents")
SCA_2022 = Source("Subsidy Control Act 2022", "https://www.legislation.gov.uk/ukpga/2022/23/section/36")
WINDSOR_ARTICLE_10 = Source(
    "GOV.UK, Guidance on the scope and application of Article 10 of the Windsor Framework (9 June 2023)",
    "https://www.gov.uk/government/publications/complying-with-the-uks-international-obligations-on-subsidy-control-"
    "guidance-for-public-authorities/guidance-on-the-scope-and-application-of-article-10-of-the-windsor-framework")
GOVS_015 = Source("GOV.UK, Government Functional Standard GovS 015: Grants",
                  "https://www.gov.uk/government/publications/grants-standards/grant-standards")
CIVIL_SOCIETY_COVENANT = Source(
    "NCVO, Civil Society Covenant launched to reset partnership with government (17 July 2025)",
    "https://www.ncvo.org.uk/news-and-insights/news-index/civil-society-covenant-launched-to-reset-partnership-with-"
    "government")
MINISTERS_OF_THE_CROWN_ACT_1975 = Source("Ministers of the Crown Act 1975",
                                         "https://www.legislation.gov.uk/ukpga/1975/26/contents")
INTERPRETATION_ACT_1978 = Source("Interpretation Act 1978", "https://www.legislation.gov.uk/ukpga/1978/30/contents")
PUBLIC_RECORDS_ACT_1958 = Source("Public Records Act 1958", "https://www.legislation.gov.uk/ukpga/Eliz2/6-7/51/contents")
LGA_1972_S224 = Source("Local Government Act 1972 s224",
                       "https://legislation.gov.uk/ukpga/1972/70/section/224/2017-11-30/data.html")
HMRC_VATSC51800 = Source("HMRC VAT Supply and Consideration manual VATSC51800 (grants)",
                         "https://www.gov.uk/hmrc-internal-manuals/vat-supply-and-consideration/vatsc51800")
GOVUK_CROSS_DEPARTMENTAL_MOU = Source("GOV.UK, Cross-departmental Memorandums of Understanding",
                                      "https://www.gov.uk/guidance/cross-departmental-memorandums-of-understanding")
SSWBA_2014 = Source("Social Services and Well-being (Wales) Act 2014", "http://www.legislation.gov.uk/anaw/2014/4/part/7")
WALES_SAFEGUARDING_PROCEDURES = Source("Wales Safeguarding Procedures (safeguarding.wales)",
                                       "https://www.safeguarding.wales/en/int-i/int-i-i1/i1-p1/")
THIRD_SECTOR_SCHEME_WALES = Source("Welsh Government, Written statement: revised Third Sector Scheme (31 January 2014)",
                                   "https://gov.wales/written-statement-welsh-governments-revised-third-sector-"
                                   "scheme-2014")
LEGISLATION_WALES_2019 = Source("Legislation (Wales) Act 2019 Explanatory Notes, Part 2",
                                "http://www.legislation.gov.uk/anaw/2019/4/notes/division/3/2")
ELECTRONIC_DOCUMENTS_SCOTLAND_2014 = Source("Electronic Documents (Scotland) Regulations 2014 (SSI 2014/83)",
                                            "https://www.legislation.gov.uk/ssi/2014/83")
LWCDSA_2015 = Source("Legal Writings (Counterparts and Delivery) (Scotland) Act 2015",
                     "https://www.legislation.gov.uk/asp/2015/4/contents")
CTPRSA_2017 = Source("Contract (Third Party Rights) (Scotland) Act 2017 (2017 asp 5)",
                     "https://www.legislation.gov.uk/asp/2017/5/contents")
NATIONAL_GUIDANCE_SCOTLAND = Source(
    "Scottish Government, National Guidance for Child Protection in Scotland 2021 - updated 2023",
    "https://www.gov.scot/publications/national-guidance-child-protection-scotland-2021-updated-2023/")
PVG_2007 = Source("Protection of Vulnerable Groups (Scotland) Act 2007", "https://www.legislation.gov.uk/asp/2007/14/contents")
ASPSA_2007 = Source("Adult Support and Protection (Scotland) Act 2007",
                    "https://www.legislation.gov.uk/asp/2007/10/part/1/crossheading/inquiries")
ILRSA_2010 = Source("Interpretation and Legislative Reform (Scotland) Act 2010",
                    "https://www.legislation.gov.uk/asp/2010/10/contents")
PRSA_2011 = Source("Public Records (Scotland) Act 2011", "http://legislation.data.gov.uk/asp/2011/12/part/1/data.htm")
CHILDREN_NI_ORDER_1995 = Source("Children (Northern Ireland) Order 1995 (SI 1995/755 (NI 2))",
                                "https://www.legislation.gov.uk/nisi/1995/755/contents")
NSPCC_NI = Source("NSPCC, Child protection in Northern Ireland: legislation, policy and guidance",
                  "https://www.nspcc.org.uk/preventing-abuse/child-protection-system/northern-ireland/"
                  "legislation-policy-guidance/")
COOPERATING_TO_SAFEGUARD_NI = Source(
    "Department of Health (NI), Co-operating to Safeguard Children and Young People in Northern Ireland (2017)",
    "https://www.health-ni.gov.uk/publications/co-operating-safeguard-children-and-young-people-northern-ireland")

# New Zealand
PRIVACY_ACT_2020 = Source("Privacy Act 2020 (NZ), 2020 No 31", "https://www.legislation.govt.nz/act/public/2020/0031/latest/")
NZ_BREACH_DEIS = Source("DEIS, Privacy breach notification under the Privacy Act 2020 (Part 6)",
                        "https://www.deis.nz/news/privacy-breach-notification-requirements")
NZ_IPP_6_7 = Source("Simplified Law NZ, How long do businesses have to respond to a privacy request? (IPPs 6, 7; s22)",
                    "https://www.simplifiedlaw.co.nz/how-long-do-businesses-have-to-respond-to-a-privacy-request-nz")
PRIVACY_OFFICERS_S201 = Source("digital.govt.nz, Agency responsibility: privacy officers",
                               "https://www.digital.govt.nz/standards-and-guidance/privacy-security-and-risk/privacy/"
                               "public-sector-responsibility/agency-responsibility/")
CCLA_2017 = Source("Contract and Commercial Law Act 2017 (NZ), 2017 No 5",
                   "https://www.legislation.govt.nz/act/public/2017/0005/latest/DLM6844033.html")
PLA_2007_NZ = Source("Property Law Act 2007 (NZ)",
                     "https://www.legislation.govt.nz/act/public/2007/0091/26.0/DLM968962.html")
CHILDRENS_ACT_2014 = Source("Children's Act 2014 (NZ), 2014 No 40",
                            "https://www.legislation.govt.nz/act/public/2014/0040/latest/whole.html")
SAFETY_CHECK_REGS_2015 = Source("Children's (Requirements for Safety Checks of Children's Workers) Regulations 2015",
                                "http://www.legislation.govt.nz/regulation/public/2015/0106/latest/DLM6482230.html")
GLI_NZ_BRIBERY = Source("Global Legal Insights, Bribery and corruption: New Zealand",
                        "https://www.globallegalinsights.com/practice-areas/bribery-and-corruption-laws-and-"
                        "regulations/new-zealand")
OAG_2008 = Source("Office of the Auditor-General, Public sector purchases, grants, and gifts: Managing funding "
                  "arrangements with external parties (June 2008)", "https://oag.govt.nz/2008/funding-arrangements/part1.htm")
KIA_TUTAHI = Source("Department of Internal Affairs, Kia Tutahi Relationship Accord", "https://dia.govt.nz/KiaTutahi")
PUBLIC_SERVICE_ACT_2020 = Source("Public Service Act 2020 (NZ)",
                                 "http://www.legislation.govt.nz/act/public/2020/0040/latest/whole.html")
LEGISLATION_ACT_2019 = Source("Legislation Act 2019 (NZ)",
                              "http://www.legislation.govt.nz/act/public/2019/0058/latest/DLM7298125.html")
PUBLIC_RECORDS_ACT_2005 = Source("Public Records Act 2005 (NZ), 2005 No 40",
                                 "https://www.legislation.govt.nz/act/public/2005/0040/latest/DLM345729.html")
IRD_IS_23_05 = Source("Inland Revenue, IS 23/05 GST - Section 5(6D): payments in the nature of a grant or subsidy",
                      "https://taxtechnical.ird.govt.nz/interpretation-statements/2023/is-23-05")
PSC_ORGANISATIONAL_FORM = Source(
    "Te Kawa Mataaho Public Service Commission, Advising on organisational form",
    "https://www.publicservice.govt.nz/guidance/advising-on-organisational-form/what-do-the-question-1-answers-mean-"
    "for-organisational-form/")

# Australia
PRIVACY_ACT_1988 = Source("Privacy Act 1988 (Cth) (AustLII)", "http://www.austlii.edu.au/au/legis/cth/consol_act/pa1988108/")
OAIC_NDB_ROLE = Source("OAIC, Australian Information Commissioner's role in the NDB scheme",
                       "https://www.oaic.gov.au/privacy-law/privacy-act/notifiable-data-breaches-scheme/australian-"
                       "information-commissioner-s-role-in-the-ndb-scheme")
OAIC_WHEN_TO_REPORT = Source("OAIC, When to report a data breach",
                             "https://www.oaic.gov.au/privacy/notifiable-data-breaches/when-to-report-a-data-breach")
OAIC_PERMITTED_GENERAL_SITUATIONS = Source(
    "OAIC, APP guidelines Chapter C: Permitted general situations (s16A; APP 3.4)",
    "https://oaic.gov.au/privacy/australian-privacy-principles/australian-privacy-principles-guidelines/chapter-c-"
    "permitted-general-situations")
APP_12_13 = Source("Privacy Act 1988 (Cth) Schedule 1, APP 12 (ATO legal database)",
                   "https://www.ato.gov.au/law/view/document?docid=PAC/19880119/Sch1-12")
MONDAQ_APP_CODE = Source("Mondaq, New APP Code mandatory for Australian Government agencies",
                         "http://www.mondaq.com/australia/x/649790/data+protection/New+APP+Code+mandatory+for+"
                         "Australian+Government+agencies")
ETA_1999_CTH = Source("Electronic Transactions Act 1999 (Cth) (AustLII)",
                      "http://www.austlii.edu.au/au/legis/cth/consol_act/eta1999256/s10.html")
CHILD_SAFE_FRAMEWORK = Source("PM&C, Commonwealth Child Safe Framework",
                              "https://pmc.gov.au/domestic-policy/national-office-child-safety/commonwealth-child-safe-"
                              "framework")
NATIONAL_PRINCIPLES = Source(
    "National Office for Child Safety, Framework Requirement 3: National Principles for Child Safe Organisations",
    "https://www.childsafety.gov.au/our-work/about-commonwealth-child-safe-framework/framework-requirement-3-national-"
    "principles-child-safe-organisations")
CRIMINAL_CODE_CTH = Source("Criminal Code Act 1995 (Cth) s141.1 (ATO legal database)",
                           "https://ato.gov.au/law/view/print?DocID=PAC%2F19950012%2FSch-141.1&PiT=99991231235958")
CGRPS_2024 = Source("Department of Finance, Australian Government grants framework",
                    "https://finance.gov.au/government/commonwealth-grants/australian-government-grants-framework")
APS_CHARTER = Source("APS Reform, Charter of Partnerships and Engagement",
                     "https://www.apsreform.gov.au/news/charter-partnerships-and-engagement")
AIA_1901_S19C = Source("Acts Interpretation Act 1901 (Cth) s19C (zoelaw reproduction)",
                       "https://zoelaw.ai/legislation/acts-interpretation-act-1901/sections/19C")
NAA_AFDA = Source("National Archives of Australia, AFDA Express Version 2",
                  "http://www.naa.gov.au/information-management/records-authorities/types-of-records-authorities/AFDA/"
                  "index.aspx")
ATO_GSTR_2012_2 = Source("ATO, GSTR 2012/2 Goods and services tax: financial assistance payments",
                         "https://www.ato.gov.au/law/view/document?LocID=%22GST%2FGSTR20122%2FNAT%2FATO%22"
                         "&PiT=20130904000001")
ANAO_MOU = Source("ANAO Better Practice Guide, Developing and Managing Contracts: Memoranda of Understanding",
                  "https://ppponline.affinitext.com/public/book?id=1560&toc_id=827604")
LSD_2025 = Source("Federal Register of Legislation, Legal Services Directions 2025 (F2025L01591)",
                  "https://www.legislation.gov.au/F2025L01591/asmade/text")
LEXOLOGY_AU_BRIBERY = Source("Lexology (Navigator), Australia anti-corruption: State and Territory bribery provisions",
                             "https://www.lexology.com/library/detail.aspx?g=7a9d2630-cdfe-4ca1-bfbd-2ada3e96daa6")
OAIC_STATE_PRIVACY = Source("OAIC (archived 2015), State and territory privacy law",
                            "http://web.archive.org/web/20150312082116/http://www.oaic.gov.au/privacy/other-privacy-"
                            "jurisdictions/state-and-territory-privacy-law")
NSW_MNDB = Source("NSW Department of Communities and Justice, Mandatory Notification of Data Breach Scheme",
                  "https://www.dcj.nsw.gov.au/about-us/gipa/mandatory-notification-of-data-breach-scheme.html")
CHILDRENS_GUARDIAN_ACT_2019 = Source("NSW Legislation, Children's Guardian Act 2019",
                                     "https://legislation.nsw.gov.au/view/whole/html/inforce/2023-02-01/act-2019-025")
STATE_RECORDS_ACT_1998_NSW = Source("NSW Legislation, State Records Act 1998",
                                    "https://legislation.nsw.gov.au/view/whole/html/inforce/2005-07-15/act-1998-017")
VIC_LAW_HANDBOOK_PRIVACY = Source(
    "Law Handbook (Vic), Victorian privacy legislation: Privacy and Data Protection Act 2014",
    "https://www.lawhandbook.org.au/2020_12_04_08_victorian_privacy_legislation_privacy_and_data_protection_act_2014/")
OVIC_IPP_6 = Source("OVIC, IPP 6 - Access and Correction", "https://ovic.vic.gov.au/book/ipp-6/")
ETA_VIC_2000 = Source("Public Record Office Victoria, What laws affect government recordkeeping in Victoria?",
                      "https://prov.vic.gov.au/recordkeeping-government/a-z-topics/legislation")
PROV_LEGISLATION = ETA_VIC_2000
CCYP_CHILD_SAFE_STANDARDS = Source("Commission for Children and Young People (Vic), New Child Safe Standards now apply",
                                   "https://ccyp.vic.gov.au/child-safe-standards/new-child-safe-standards-now-apply/")
VIC_WWCC = Source("Victorian Government, Legislation re Working with Children Checks",
                  "https://app.production.vic-gov-au.sdp3.sdp.vic.gov.au/legislation-wwcc")
QLD_PRIVACY_REFORMS = Source("Law Compliance, Queensland privacy and information reforms commence 1 July 2025",
                             "https://lawcompliance.com.au/queensland-privacy-and-information-reforms-commence-key-"
                             "obligations-for-agencies/")
QLD_PLA_2023_S68 = Source("Property Law Act 2023 (Qld) s68 (zoelaw reproduction)",
                          "https://zoelaw.ai/legislation/property-law-act-2023/sections/sec.68")
QLD_PLA_COMMENCEMENT = Source("Legal Synthesis, Commencement of Property Law Act 2023 (Qld) delayed",
                              "https://legalsynthesis.com.au/insights/commencementofpropertylawactdelayed?format=amp")
QLD_PRA_2023 = Source("Queensland Legislation, Public Records Act 2023",
                      "https://legislation.qld.gov.au/view/whole/html/inforce/2024-12-05/act-2023-033")
WA_OIC_PRIVACY = Source("WA Office of the Information Commissioner, Privacy legislation in Western Australia",
                        "https://www.wa.gov.au/organisation/office-of-the-information-commissioner/privacy-legislation-"
                        "western-australia")
LAW_COM_242_APPENDIX_B = Source("Law Commission (E&W) Report 242 (1996) Appendix B",
                                "https://247215.ittrading-hk.tech/ew/other/EWLC/1996/242(APPENDIX_B).html")
WA_STATE_RECORDS_ACT = Source("AustLII, State Records Act 2000 (WA) s3",
                              "http://www.austlii.edu.au/au/legis/wa/consol%5fact/sra2000156/s3.html")
SA_PRIVACY_LAW = Source("State Records of South Australia, Privacy law in South Australia",
                        "https://government.archives.sa.gov.au/content/privacy-law-sa")
ECA_2000_SA = Source("AustLII, Electronic Communications Act 2000 (SA)",
                     "https://classic.austlii.edu.au/au/legis/sa/consol_act/eca2000270/s9.html")
MOFO_AU_PRIVACY = Source("Morrison Foerster Privacy Library: Australia", "https://www.mofo.com/privacy-library/australia")
TAS_CYSOA_2023 = Source("Tasmanian Legislation, Child and Youth Safe Organisations Act 2023",
                        "https://www.legislation.tas.gov.au/view/whole/html/asmade/act-2023-006")
TAS_RWVP_2013 = Source("Registration to Work with Vulnerable People Act 2013 (Tas) (reproduction)",
                       "https://dcpartners.solutions/learning-centre/legislation/tasmania-registration-to-work-with-"
                       "vulnerable-people-act-2013-tas")
ACT_TERRITORY_RECORDS = Source("Territory Records Act 2002 (ACT) republication",
                               "https://casechat.au/cases/au/territory-records-act-2002-act")
NT_INFORMATION_ACT = Source("Office of the Information Commissioner NT, The Information Act",
                            "https://infocomm.nt.gov.au/about-us/the-information-act")
AU_PRIVITY_SUBMISSION = Source("Submission to Review of Australian Contract Law: Privity and third party rights",
                               "https://studylib.net/doc/7906902/submission-039---contract-law-review")


# -- The table ---------------------------------------------------------------------------------

LAW: dict[str, LawRecord] = {record.code: record for record in (*_uk(), _nz(), *_au(), _other())}
"""Every jurisdiction code of the format, with its record."""
