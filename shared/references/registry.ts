// Every source the app cites. Only facts the evidence review tagged [seen] (primary text, or a
// faithful copy of it) or [seen-2°] (a secondary page quoting or summarising it) are cited, and a
// secondary source never carries a statement above "some evidence" on its own (see
// shared/content/certainty.ts and the tests). Citation details the review could not see (an author
// list, a title) are left out or marked, never filled in from memory. Authors, years, journals and
// DOIs stay here as published; the short citation, the title (translated for Spanish readers; in
// [square brackets] when it is a description, not the published title) and what each source
// supports live in locales (references:<id>.cite / .title / .supports).
import { text, type TextRef } from '../content/text';

export type SourceTag = 'seen' | 'seen-secondary';

export const SOURCE_TAG_LABELS: Readonly<Record<SourceTag, TextRef>> = {
  seen: text('references:tags.seen'),
  'seen-secondary': text('references:tags.seen-secondary'),
};

export type SourceKind =
  | 'label'
  | 'guideline'
  | 'regulator'
  | 'trial'
  | 'trial-registration'
  | 'review'
  | 'observational'
  | 'case-report'
  | 'clinic-advice'
  | 'summary';

export interface Source {
  readonly id: string;
  /** As printed; null when the review did not see the author list. */
  readonly authors: string | null;
  readonly year: number | null;
  /** Journal and volume, or the label / guideline / register it is part of. */
  readonly publishedIn: string;
  readonly doi?: string;
  readonly url?: string;
  readonly kind: SourceKind;
  /** How the evidence review saw it: [seen] or [seen-2°] (reduced certainty). */
  readonly tag: SourceTag;
  /** Short citation printed on the sheet ("Croop 1997", "NICE NG87"), per language. */
  readonly cite: TextRef;
  /** The title, per language; in [square brackets] when it is a description, not the published title. */
  readonly title: TextRef;
  /** What the app uses it for, in plain words. */
  readonly supports: TextRef;
}

type SourceData = Omit<Source, 'cite' | 'title' | 'supports'>;

function source(s: SourceData): Source {
  return { ...s, cite: text(`references:${s.id}.cite`), title: text(`references:${s.id}.title`), supports: text(`references:${s.id}.supports`) };
}

export const SOURCES = [
  // Drug labels and regulators
  source({
    id: 'label-us-naltrexone',
    authors: null,
    year: 2025,
    publishedIn: 'US label on DailyMed, setid f3305f0b-fb9e-4009-b28f-47fe9b1b618b, updated 1 February 2025',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=f3305f0b-fb9e-4009-b28f-47fe9b1b618b',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'label-us-vivitrol-2013',
    authors: null,
    year: 2013,
    publishedIn: 'US label via openFDA',
    url: 'https://api.fda.gov/drug/label.json?search=%22Vivitrol%22',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'label-us-pharmacokinetics',
    authors: null,
    year: null,
    publishedIn: 'US label, openFDA set id 00c04ff4-b6f2-466c-9ab9-813a60577db0 (verbatim quote)',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'smpc-uk-adepend',
    authors: null,
    year: null,
    publishedIn: 'electronic medicines compendium (UK)',
    url: 'https://www.medicines.org.uk/emc/product/3559/smpc',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    // Seen as reproduced on oladoctor.com; the page's address was not recorded.
    id: 'adepend-leaflet-pl',
    authors: null,
    year: null,
    publishedIn: 'Adepend package leaflet (Poland), as reproduced on oladoctor.com',
    kind: 'label',
    tag: 'seen-secondary',
  }),
  source({
    id: 'pil-uk-adepend',
    authors: null,
    year: null,
    publishedIn: 'electronic medicines compendium (UK)',
    url: 'https://www.medicines.org.uk/emc/product/3559/pil',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'fachinfo-ch-naltrexone',
    authors: null,
    year: null,
    publishedIn: 'Swiss product information, copy at generika.cc',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'revia-patient-info',
    authors: null,
    year: null,
    publishedIn: 'PDR Health (pdrhealth.com)',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'pdr-naltrexone',
    authors: null,
    year: null,
    publishedIn: 'PDR (pdr.net)',
    kind: 'label',
    tag: 'seen',
  }),
  // Cited by the opioid question's help (issue 17 §11e): what dextromethorphan and loperamide are.
  source({
    id: 'awouters-1993',
    authors: 'Awouters F, et al.',
    year: 1993,
    publishedIn: 'Dig Dis Sci 1993;38:977-95',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'mcclure-2023',
    authors: 'McClure, Daniels',
    year: 2023,
    publishedIn: 'ACS Chem Neurosci 2023',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'fda-compounding',
    authors: 'US Food and Drug Administration',
    year: 2018,
    publishedIn: 'FDA web page, last updated 22 June 2018',
    url: 'https://www.fda.gov/Drugs/GuidanceComplianceRegulatoryInformation/PharmacyCompounding/ucm607252.htm',
    kind: 'regulator',
    tag: 'seen',
  }),
  // Guidelines
  source({
    id: 'asam-2015',
    authors: 'American Society of Addiction Medicine',
    year: 2015,
    publishedIn: 'Guideline Central',
    url: 'https://eguideline.guidelinecentral.com/i/1019954/9',
    kind: 'guideline',
    tag: 'seen',
  }),
  source({
    id: 'goel-2024',
    authors: 'Goel A, Kapoor B, Wu M, Iyayi M, Englesakis M, Kohan L, Ladha KS, Clarke HA',
    year: 2024,
    publishedIn: 'Anesthesiology 2024;140(2):388-99',
    doi: '10.1097/ALN.0000000000005040',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'aap-2019',
    authors:
      'Wolraich ML, Hagan JF Jr, Allan C, Chan E, Davison D, Earls M, Evans SW, Flinn SK, Froehlich T, Frost J, Holbrook JR, Lehmann CU, Lessin HR, Okechukwu K, Pierce KL, Winner JD, Zurhellen W',
    year: 2019,
    publishedIn: 'Pediatrics 2019;144(4):e20192528',
    kind: 'guideline',
    tag: 'seen',
  }),
  source({
    id: 'nice-ng87',
    authors: 'National Institute for Health and Care Excellence',
    year: 2018,
    publishedIn: 'NICE guideline NG87',
    url: 'https://www.nice.org.uk/guidance/NG87',
    kind: 'guideline',
    tag: 'seen-secondary',
  }),
  // Opioids and kratom
  source({
    id: 'jarka-2023',
    authors: 'Jarka C, Gregoire K',
    year: 2023,
    publishedIn: 'Ment Health Clin 2023;13(3):155-8',
    doi: '10.9740/mhc.2023.06.155',
    kind: 'case-report',
    tag: 'seen',
  }),
  source({
    id: 'shm-kratom',
    authors: null,
    year: null,
    publishedIn: 'Society of Hospital Medicine meeting abstract',
    kind: 'case-report',
    tag: 'seen',
  }),
  source({
    id: 'chiang-jucm',
    authors: 'Chiang TH, Schmitt K, Nelson A',
    year: null,
    publishedIn: 'J Urgent Care Med (jucm.com)',
    kind: 'review',
    tag: 'seen',
  }),
  // What LDN is and how it might work
  source({
    id: 'toljan-2018',
    authors: 'Toljan K, Vrooman B',
    year: 2018,
    publishedIn: 'Med Sci (Basel) 2018',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6313374',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'wang-2016',
    authors: 'Wang X, et al.',
    year: 2016,
    publishedIn: 'Br J Pharmacol 2016;173(5):856-69',
    doi: '10.1111/bph.13394',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'cant-2017',
    authors: 'Cant R, Dalgleish AG, Allen RL',
    year: 2017,
    publishedIn: 'Front Immunol 2017;8:809',
    doi: '10.3389/fimmu.2017.00809',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'raknes-2017',
    authors: 'Raknes G, Småbrekke L',
    year: 2017,
    publishedIn: 'Pharmacoepidemiol Drug Saf 2017',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5298009',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'lavendersky-titration',
    authors: null,
    year: null,
    publishedIn: 'Clinic web page (lavenderskyhealth.com)',
    kind: 'clinic-advice',
    tag: 'seen',
  }),
  // Naltrexone and ADHD
  source({
    id: 'nct01721330',
    authors: 'Massachusetts General Hospital',
    year: 2016,
    publishedIn: 'ClinicalTrials.gov NCT01721330 (terminated; 3 participants)',
    url: 'https://clinicaltrials.gov/ct2/show/NCT01721330',
    kind: 'trial-registration',
    tag: 'seen',
  }),
  source({
    id: 'nct01873729',
    authors: 'Massachusetts General Hospital',
    year: 2016,
    publishedIn: 'ClinicalTrials.gov NCT01873729 (completed; 3 participants)',
    url: 'https://clinicaltrials.gov/ct2/show/NCT01873729',
    kind: 'trial-registration',
    tag: 'seen',
  }),
  source({
    id: 'jcp-2018-naltrexone-stimulant',
    authors: null,
    year: 2018,
    publishedIn: 'J Clin Psychiatry 2018;79(1):16m11012',
    doi: '10.4088/JCP.16m11012',
    kind: 'trial',
    tag: 'seen',
  }),
  // Naltrexone in autistic children (higher doses)
  source({
    id: 'campbell-1993',
    authors: 'Campbell M, Anderson LT, Small AM, Adams P, Gonzalez NM, Ernst M',
    year: 1993,
    publishedIn: 'J Am Acad Child Adolesc Psychiatry 1993;32(6):1283-91',
    doi: '10.1097/00004583-199311000-00024',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'kolmen-1997',
    authors: 'Kolmen BK, et al.',
    year: 1997,
    publishedIn: 'J Am Acad Child Adolesc Psychiatry 1997;36(11):1570-8',
    doi: '10.1016/S0890-8567(09)66567-9',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'willemsen-swinkels-1996',
    authors: 'Willemsen-Swinkels SH, Buitelaar JK, van Engeland H',
    year: 1996,
    publishedIn: 'Biol Psychiatry 1996;39(12):1023-31',
    doi: '10.1016/0006-3223(95)00297-9',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'elchaar-2006',
    authors: 'Elchaar GM, Maisch NM, Augusto LM, Wehring HJ',
    year: 2006,
    publishedIn: 'Ann Pharmacother 2006;40(6):1086-95',
    doi: '10.1345/aph.1G499',
    kind: 'review',
    tag: 'seen',
  }),
  // LDN in other conditions
  source({
    id: 'younger-2013',
    authors: 'Younger J, Noor N, McCue R, Mackey S',
    year: 2013,
    publishedIn: 'Arthritis Rheum 2013;65(2):529-38',
    doi: '10.1002/art.37734',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'bruun-2024',
    authors: 'Bruun KD, Christensen R, Amris K, Vaegter HB, Blichfeldt-Eckhardt MR, Bye-Møller L, Holsgaard-Larsen A, Toft P',
    year: 2024,
    publishedIn: 'Lancet Rheumatol 2024;6(1):e31-e39',
    doi: '10.1016/S2665-9913(23)00278-3',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'bested-2023',
    authors: 'Bested K, Jensen LM, Andresen T, Tarp G, Skovbjerg L, Johansen TSD, Schmedes AV, Storgaard IK, Madsen JS, Werner MU, Bendiksen A',
    year: 2023,
    publishedIn: 'Pain Rep 2023;8(4):e1080',
    doi: '10.1097/PR9.0000000000001080',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'vatvani-2024',
    authors: 'Vatvani AD, Patel P, Hariyanto TI, Yanto TA',
    year: 2024,
    publishedIn: 'Korean J Pain 2024;37(4):367-378',
    doi: '10.3344/kjp.24202',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'ldn-meta-2025',
    authors: null,
    year: 2025,
    publishedIn: 'Ann Med Surg (Lond) 2025;87(5):2928-2935',
    doi: '10.1097/MS9.0000000000003203',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    // The evidence review saw it only through an aggregator page; journal and authors not identified.
    id: 'naltrexone-fibromyalgia-women-meta',
    authors: null,
    year: null,
    publishedIn: 'Meta-analysis of 4 trials (journal not identified), via bibliomed.org',
    url: 'https://bibliomed.org/?mno=303821',
    kind: 'review',
    tag: 'seen-secondary',
  }),
  source({
    id: 'rassi-mariani-2024',
    authors: 'Rassi-Mariani V, Barreto ESR, Antunes CR, et al.',
    year: 2024,
    publishedIn: 'Pain Manag 2024;14(8):453-63',
    doi: '10.1080/17581869.2024.2401769',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'smith-2011',
    authors: 'Smith JP, Bingaman SI, Ruggiero F, Mauger DT, Mukherjee A, McGovern CO, Zagon IS',
    year: 2011,
    publishedIn: 'Dig Dis Sci 2011;56(7):2088-97',
    doi: '10.1007/s10620-011-1653-7',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'smith-2013',
    authors: 'Smith JP, Field D, Bingaman SI, Evans R, Mauger DT',
    year: 2013,
    publishedIn: 'J Clin Gastroenterol 2013;47(4):339-45',
    doi: '10.1097/MCG.0b013e3182702f2b',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'cree-2010',
    authors: 'Cree BAC, Kornyeyeva E, Goodin DS',
    year: 2010,
    publishedIn: 'Ann Neurol 2010;68(2):145-50',
    doi: '10.1002/ana.22006',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'bolton-2019',
    authors: 'Bolton M, Hodkinson A, Boda S, Mould A, Panagioti M, Rhodes S, Riste L, van Marwijk H',
    year: 2019,
    publishedIn: 'BMC Med 2019;17:10',
    doi: '10.1186/s12916-018-1242-0',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'croop-1997',
    authors: 'Croop RS, Faulkner EB, Labriola DF, for the Naltrexone Usage Study Group',
    year: 1997,
    publishedIn: 'Arch Gen Psychiatry 1997;54(12):1130-1135',
    doi: '10.1001/archpsyc.1997.01830240090013',
    kind: 'observational',
    tag: 'seen',
  }),
  // Thyroid
  source({
    id: 'mcdermott-2019',
    authors: 'McDermott MT',
    year: 2019,
    publishedIn: 'In: Management of Patients with Pseudo-Endocrine Disorders. Springer 2019',
    doi: '10.1007/978-3-030-22720-3_24',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'raknes-2020',
    authors: 'Raknes G, Småbrekke L',
    year: 2020,
    publishedIn: 'BMC Endocr Disord 2020',
    doi: '10.1186/s12902-020-00630-4',
    kind: 'observational',
    tag: 'seen',
  }),
  // Pregnancy and breastfeeding
  source({
    id: 'wachman-2019',
    authors: 'Wachman EM, et al.',
    year: 2019,
    publishedIn: 'Clin Ther 2019;41(9):1681-9',
    doi: '10.1016/j.clinthera.2019.07.003',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'lactmed-naltrexone',
    authors: 'LactMed (US National Library of Medicine)',
    year: 2024,
    publishedIn: 'Drugs and Lactation Database, copy at drugs.com',
    url: 'https://www.drugs.com/breastfeeding/naltrexone.html',
    kind: 'summary',
    tag: 'seen',
  }),
  source({
    id: 'chan-2004',
    authors: 'Chan CF, et al.',
    year: 2004,
    publishedIn: 'J Hum Lact 2004;20(3):322-6',
    doi: '10.1177/0890334404266881',
    kind: 'observational',
    tag: 'seen',
  }),
  // Standard ADHD treatments
  source({
    id: 'cortese-2018',
    authors:
      'Cortese S, Adamo N, Del Giovane C, Mohr-Jensen C, Hayes AJ, Carucci S, Atkinson LZ, Tessari L, Banaschewski T, Coghill D, Hollis C, Simonoff E, Zuddas A, Barbui C, Purgato M, Steinhausen HC, Shokraneh F, Xia J, Cipriani A',
    year: 2018,
    publishedIn: 'Lancet Psychiatry 2018;5(9):727-38',
    doi: '10.1016/S2215-0366(18)30269-4',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'cortese-2018-summary',
    authors: null,
    year: 2018,
    publishedIn: 'Psychiatry Advisor',
    url: 'https://www.psychiatryadvisor.com/home/topics/adhd/differences-in-efficacy-and-tolerability-of-adhd-medications-across-age-groups/',
    kind: 'summary',
    tag: 'seen-secondary',
  }),
  source({
    id: 'efron-1997',
    authors: null,
    year: 1997,
    publishedIn: 'Pediatrics 1997;100(6):e6 (PMID 9382907)',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'arnold-2000',
    authors: 'Arnold LE',
    year: 2000,
    publishedIn: 'J Atten Disord 2000;3(4):200-211',
    doi: '10.1177/108705470000300403',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'viloxazine-news',
    authors: null,
    year: 2021,
    publishedIn: 'News summaries (AP and others)',
    kind: 'summary',
    tag: 'seen-secondary',
  }),
  source({
    id: 'safren-2010',
    authors: 'Safren SA, Sprich S, Mimiaga MJ, Surman C, Knouse L, Groves M, Otto MW',
    year: 2010,
    publishedIn: 'JAMA 2010;304(8):875-80',
    doi: '10.1001/jama.2010.1192',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'aap-2019-summary',
    authors: null,
    year: 2019,
    publishedIn: 'Secondary summaries of Wolraich et al. 2019',
    kind: 'summary',
    tag: 'seen-secondary',
  }),
  // Added in content 1.1.0: opioids at low doses, stimulant benefit and harms beside placebo,
  // daily life with each option, and ADHD itself.
  source({
    id: 'trostheim-2022',
    authors: 'Trøstheim M, et al.',
    year: 2022,
    publishedIn: 'Neuropsychopharmacology 2022 (Table 1: brain PET data from Rabiner 2011)',
    doi: '10.1038/s41386-022-01416-z',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'naumann-2023',
    authors: 'Naumann J, Naumann T',
    year: 2023,
    publishedIn: 'Pain Med Case Rep 2023;7:352-6',
    url: 'https://painmedicine-casereports.com/current/abstracts?article=Njk4&journal=49',
    kind: 'case-report',
    tag: 'seen',
  }),
  source({
    id: 'fda-revia-2013',
    authors: 'US Food and Drug Administration',
    year: 2013,
    publishedIn: 'FDA MedWatch safety labeling changes, October 2013 (ucm374896)',
    kind: 'regulator',
    tag: 'seen',
  }),
  source({
    id: 'adhd-testing-page',
    authors: null,
    year: null,
    publishedIn: 'Website (adhd-testing.com)',
    url: 'https://adhd-testing.com/low-dose-naltrexone-a-promising-treatment-for-adhd/',
    kind: 'summary',
    tag: 'seen',
  }),
  source({
    id: 'bolton-2019-summary',
    authors: null,
    year: 2019,
    publishedIn: 'Univadis (summary of Bolton et al. 2019)',
    kind: 'summary',
    tag: 'seen-secondary',
  }),
  source({
    id: 'ldnrt-timing',
    authors: 'LDN Research Trust',
    year: null,
    publishedIn: 'LDN Research Trust web page',
    url: 'https://ldnresearchtrust.org/will-ldn-work-instantly',
    kind: 'clinic-advice',
    tag: 'seen',
  }),
  source({
    id: 'aafp-2024-card',
    authors: null,
    year: 2024,
    publishedIn: 'Fam Pract Manag 2024',
    kind: 'summary',
    tag: 'seen',
  }),
  source({
    id: 'ajp-2008-mph-atx',
    authors: null,
    year: 2008,
    publishedIn: 'Am J Psychiatry 2008;165:721-30',
    url: 'https://www.ncbi.nlm.nih.gov/pubmed/18281409',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'medori-2008',
    authors: 'Medori R, et al.',
    year: 2008,
    publishedIn: 'Biol Psychiatry 2008;63:981-9',
    url: 'https://researchinformation.amsterdamumc.org/en/publications/a-randomized-placebo-controlled-trial-of-three-fixed-dosages-of-p',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'castells-2022',
    authors: 'Castells X, et al.',
    year: 2022,
    publishedIn: 'Int J Neuropsychopharmacol 2022',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'vyvanse-label',
    authors: null,
    year: null,
    publishedIn: 'Vyvanse (lisdexamfetamine) US label text, copied in a public code repository, undated',
    kind: 'label',
    tag: 'seen-secondary',
  }),
  source({
    id: 'mta-growth',
    authors: null,
    // The record seen gives no year.
    year: null,
    publishedIn: 'MTA follow-up study (Mayo Clinic repository record)',
    url: 'https://mayoclinic.elsevierpure.com/en/publications/effects-of-stimulant-medication-on-growth-rates-across-3-years-in',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'adult-cardio-2013',
    authors: null,
    year: 2013,
    publishedIn: 'Eur Neuropsychopharmacol 2013;23:534-41',
    url: 'https://escholarship.umassmed.edu/qhs_pp/1045/',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'cohen-2015',
    authors: 'Cohen SC, et al.',
    year: 2015,
    publishedIn: 'J Am Acad Child Adolesc Psychiatry 2015',
    url: 'https://search.library.yale.edu/catalog/13030761',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'hennissen-2017',
    authors: 'Hennissen L, et al.',
    year: 2017,
    publishedIn: 'CNS Drugs 2017',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'nhs-methylphenidate',
    authors: 'NHS',
    year: null,
    publishedIn: 'NHS website (nhs.uk)',
    url: 'https://nhs.uk/medicines/methylphenidate-adults/about-methylphenidate-for-adults',
    kind: 'guideline',
    tag: 'seen',
  }),
  source({
    id: 'wfadhd-2019',
    authors: 'World Federation of ADHD',
    year: 2019,
    publishedIn: 'WFADHD Guide 2019',
    kind: 'guideline',
    tag: 'seen',
  }),
  source({
    id: 'cfr-1306-12',
    authors: 'US Code of Federal Regulations',
    year: null,
    publishedIn: '21 CFR 1306.12',
    kind: 'regulator',
    tag: 'seen',
  }),
  source({
    id: 'mmwr-2024-adults',
    authors: 'Centers for Disease Control and Prevention',
    year: 2024,
    publishedIn: 'MMWR 2024;73:890',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'elft-atomoxetine',
    authors: 'East London NHS Foundation Trust',
    year: null,
    publishedIn: 'NHS patient leaflet (elft.nhs.uk)',
    kind: 'guideline',
    tag: 'seen',
  }),
  source({
    id: 'guanfacine-label',
    authors: null,
    year: null,
    publishedIn: 'US label copies (fda.report)',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'parent-training-trials',
    authors: null,
    year: 2014,
    publishedIn: 'Trials of parent training for ADHD (PMC4020350)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4020350',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'cdc-parent-training',
    authors: null,
    year: null,
    publishedIn: 'CDC checklist for parent training, copy at london-spring.org',
    kind: 'summary',
    tag: 'seen-secondary',
  }),
  source({
    id: 'mmwr-2016-young-children',
    authors: 'Centers for Disease Control and Prevention',
    year: 2016,
    publishedIn: 'MMWR 2016;65(17)',
    url: 'https://www.cdc.gov/mmwr/volumes/65/wr/mm6517e1.htm',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'healthday-2024',
    authors: null,
    year: 2024,
    publishedIn: 'HealthDay news (summary of MMWR 2024;73:890)',
    kind: 'summary',
    tag: 'seen-secondary',
  }),
  source({
    id: 'nice-ng87-context',
    authors: 'National Institute for Health and Care Excellence',
    year: 2018,
    publishedIn: 'NICE guideline NG87: context',
    url: 'https://www.nice.org.uk/guidance/ng87/chapter/Context',
    kind: 'guideline',
    tag: 'seen',
  }),
  source({
    id: 'nice-qs39',
    authors: 'National Institute for Health and Care Excellence',
    year: null,
    publishedIn: 'NICE quality standard QS39, statement 1',
    url: 'https://www.nice.org.uk/guidance/qs39/chapter/Quality-statement-1-Confirmation-of-diagnosis',
    kind: 'guideline',
    tag: 'seen',
  }),
  source({
    id: 'cdc-adhd-2022',
    authors: 'Centers for Disease Control and Prevention',
    year: 2022,
    publishedIn: 'CDC ADHD data and statistics (copy)',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'polanczyk-2007',
    authors: 'Polanczyk et al.',
    year: 2007,
    publishedIn: 'Am J Psychiatry 2007 (PMID 17541055)',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'song-2021',
    authors: 'Song et al.',
    year: 2021,
    publishedIn: 'J Glob Health 2021',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7916320',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'fayyad-2017',
    authors: 'Fayyad et al.',
    year: 2017,
    publishedIn: 'Springer, 2017 (doi 10.1007/s12402-016-0208-3)',
    url: 'https://link.springer.com/article/10.1007%2Fs12402-016-0208-3',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'faraone-2006',
    authors: 'Faraone et al.',
    year: 2006,
    publishedIn: 'Psychol Med 2006',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'sibley-2021',
    authors: 'Sibley et al.',
    year: 2021,
    publishedIn: 'Am J Psychiatry 2021',
    url: 'https://psychiatryonline.org/doi/10.1176/appi.ajp.2021.21010032',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'outcomes-review-2019',
    authors: null,
    year: 2019,
    publishedIn: 'Biol Psychiatry 2019',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'denmark-mortality-2015',
    authors: null,
    year: 2015,
    publishedIn: 'Lancet 2015 (PMID 25726514)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25726514/',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'sweden-2024-mortality',
    authors: null,
    year: 2024,
    publishedIn: 'JAMA 2024',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'us-crash-2017',
    authors: null,
    year: 2017,
    publishedIn: 'JAMA Psychiatry 2017 (PMID 28492937)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/28492937/',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'sweden-crime-2012',
    authors: null,
    year: 2012,
    publishedIn: 'N Engl J Med 2012',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3664186',
    kind: 'observational',
    tag: 'seen',
  }),
] as const satisfies readonly Source[];

export type SourceId = (typeof SOURCES)[number]['id'];

const BY_ID: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.id, s]));

export function isSourceId(id: string): id is SourceId {
  return BY_ID.has(id);
}

export function getSource(id: SourceId): Source {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown source id: ${id}`);
  return found;
}

/** Source ids in registry order (the order the app lists them in), without duplicates. */
export function inRegistryOrder(ids: Iterable<SourceId>): SourceId[] {
  const wanted = new Set<string>(ids);
  return SOURCES.filter((s) => wanted.has(s.id)).map((s) => s.id);
}

/** The short citation printed on the sheet ("Croop 1997", "NICE NG87"), as a text to translate. */
export function shortCitation(id: SourceId): TextRef {
  return getSource(id).cite;
}

/** A full reference line for a sources list; `say` turns the translated parts into text. */
export function fullCitation(id: SourceId, say: (ref: TextRef) => string): string {
  const s = getSource(id);
  const parts = [s.authors, say(s.title), s.publishedIn, s.doi ? `doi:${s.doi}` : s.url].filter((p): p is string => Boolean(p));
  // A part that already ends a sentence ("et al.", a title ending in "?") takes no second stop.
  return parts.map((part, i) => (i === parts.length - 1 ? part : /[.?!]$/.test(part) ? `${part} ` : `${part}. `)).join('');
}

/**
 * Emergency pain relief on naltrexone (the Learn safety page and every sheet): the label, the UK rules,
 * the EU leaflet that gives the higher-dose advice, and the urgent-care review (Chiang). The same sources as the sheet's emergency question.
 */
export const EMERGENCY_PAIN_SOURCES: readonly SourceId[] = ['label-us-naltrexone', 'smpc-uk-adepend', 'adepend-leaflet-pl', 'chiang-jucm'];
