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


# -- rules added with format 1.1 ---------------------------------------------------------

ANAO_MOU = Source("ANAO Better Practice Guide *Developing and Managing Contracts* (2012)",
                  "https://ppponline.affinitext.com/public/book?id=1560&toc_id=827604",
                  "section on memoranda of understanding between Commonwealth entities")
FINANCE_CONTRACT_GUIDE = Source("Department of Finance (Cth), *Contract Management Guide* (applies to MoUs)",
                                "https://www.finance.gov.au/government/procurement/contract-management-guide")
MGFA = Source("Cabinet Office, *Model Grant Funding Agreement*",
              "https://www.gov.uk/government/publications/model-grant-funding-agreement-mgfa/"
              "model-grant-funding-agreement-mgfa-html")
GOVS_015_AGREEMENTS = Source("Government Functional Standard GovS 015 Grants, 6 Grant agreements",
                             "https://www.gov.uk/government/publications/grants-standards/6-grant-agreements-html")
CTH_GRANTS_TOOLKIT = Source("Department of Finance (Cth), *Commonwealth grants toolkit* (grant agreement templates)",
                            "https://finance.gov.au/government/commonwealth-grants/grants-toolkit")
UK_GDPR_ART9 = Source("UK GDPR Article 9 (processing of special categories of personal data)",
                      "https://www.legislation.gov.uk/eur/2016/679/article/9")
UK_GDPR_ART26 = Source("UK GDPR Article 26 (joint controllers)",
                       "https://www.legislation.gov.uk/eur/2016/679/article/26")
UK_GDPR_ART28 = Source("UK GDPR Article 28 (processor)", "https://www.legislation.gov.uk/eur/2016/679/article/28")
UK_GDPR_ART33 = Source("UK GDPR Article 33 (notification of a personal data breach to the Commissioner)",
                       "https://www.legislation.gov.uk/eur/2016/679/article/33")
UK_GDPR_ART38 = Source("UK GDPR Article 38 (position of the data protection officer)",
                       "https://www.legislation.gov.uk/eur/2016/679/article/38")
DPA_2018_SCH1 = Source("Data Protection Act 2018 Schedule 1 (special categories: conditions)",
                       "https://www.legislation.gov.uk/ukpga/2018/12/schedule/1")
OAIC_APP3 = Source("OAIC, *Australian Privacy Principles guidelines*, chapter 3 (APP 3.3 and 3.4: "
                   "sensitive information; permitted general and health situations, Privacy Act 1988 "
                   "ss 16A and 16B)",
                   "https://www.oaic.gov.au/privacy/australian-privacy-principles/"
                   "australian-privacy-principles-guidelines/chapter-3-app-3-collection-of-solicited-"
                   "personal-information")
ICO_CONSENT = Source("ICO, *When is consent appropriate?* (public authorities and consent)",
                     "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/"
                     "consent/when-is-consent-appropriate/")
ICO_DATA_SHARING_AGREEMENTS = Source("ICO, *Data sharing: a code of practice*, Data sharing agreements",
                                     "http://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/"
                                     "data-sharing/data-sharing-a-code-of-practice/data-sharing-agreements/")
OPC_DRAFTING = Source("Office of the Parliamentary Counsel (UK), *Drafting guidance*",
                      "https://www.gov.uk/government/publications/drafting-bills-for-parliament")
NIAO_PARTNERSHIPS = Source("Northern Ireland Audit Office, *Making Partnerships Work*",
                           "https://niauditoffice.gov.uk/publications/html-document/making-partnerships-work")
OAG_WORKING_TOGETHER = Source("NZ Office of the Auditor-General, *Local authorities working together* (2004)",
                              "https://oag.parliament.nz/2004/working-together/part4.htm", "Part 4")
PGPA_DELEGATIONS = Source("Department of Finance (Cth), PGPA Act 2013 s 23 and delegations "
                          "(arrangements made by authorised officials)",
                          "http://finance.gov.au/resource-management/pgpa-legislation/delegations/")
DATA_SCHEME_REGISTRATION = Source("Office of the National Data Commissioner, *Registering data sharing "
                                  "agreements* (Data Availability and Transparency Act 2022 (Cth): "
                                  "sharing must not begin before the agreement is registered)",
                                  "https://datacommissioner.gov.au/registering-data-sharing-agreements")
LPMPA_1989_S1 = Source("Law of Property (Miscellaneous Provisions) Act 1989 s 1 (deeds: signed in the "
                       "presence of a witness who attests the signature)",
                       "https://www.legislation.gov.uk/ukpga/1989/34/section/1")
ROW_SCOTLAND_1995_S3 = Source("Requirements of Writing (Scotland) Act 1995 s 3 (a witnessed "
                              "document is presumed to be subscribed by the granter)",
                              "https://www.legislation.gov.uk/ukpga/1995/7/section/3")
NDG_CALDICOTT = Source("National Data Guardian, *Guidance about the appointment of Caldicott Guardians, "
                       "their role and responsibilities* (2021)",
                       "https://www.gov.uk/government/publications/national-data-guardian-guidance-on-"
                       "the-appointment-of-caldicott-guardians-their-role-and-responsibilities")
FOIA_2000_S80 = Source("Freedom of Information Act 2000 s 80 (no Scottish public authority is "
                       "brought under the Act) and Schedule 1 Part I (government departments)",
                       "https://www.legislation.gov.uk/ukpga/2000/36/section/80")
FOISA_2002_S3 = Source("Freedom of Information (Scotland) Act 2002 s 3 and Schedule 1 "
                       "(the Scottish public authorities the Act covers)",
                       "https://www.legislation.gov.uk/asp/2002/13/section/3")

# -- versions and variations (check --against) ---------------------------------------------

RECORDS_CODE_S46 = Source("The National Archives, *Code of Practice on the management of records "
                          "issued under section 46 of the Freedom of Information Act 2000*",
                          "https://www.gov.uk/government/publications/code-of-practice-on-the-"
                          "management-of-records-issued-under-section-46-of-the-freedom-of-"
                          "information-act-2000")
