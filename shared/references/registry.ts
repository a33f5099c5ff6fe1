// Every source the app cites. Only facts the evidence review tagged [seen] (primary text, or a
// faithful copy of it) or [seen-2°] (a secondary page quoting or summarising it) are cited, and a
// secondary source never carries a statement above "some evidence" on its own (see
// shared/content/certainty.ts and the tests). Citation details the review could not see (an author
// list, a title) are left out or marked, never filled in from memory. Titles in [square brackets]
// are descriptions, not the published title. Bibliographic data stay in English; what each source
// supports is explained to the reader in locales (references:<id>.supports).
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
  /** Short citation printed on the sheet ("Croop 1997", "NICE NG87"). */
  readonly cite: string;
  /** As printed; null when the review did not see the author list. */
  readonly authors: string | null;
  readonly year: number | null;
  readonly title: string;
  /** Journal and volume, or the label / guideline / register it is part of. */
  readonly publishedIn: string;
  readonly doi?: string;
  readonly url?: string;
  readonly kind: SourceKind;
  /** How the evidence review saw it: [seen] or [seen-2°] (reduced certainty). */
  readonly tag: SourceTag;
  /** What the app uses it for, in plain words. */
  readonly supports: TextRef;
}

function source(s: Omit<Source, 'supports'>): Source {
  return { ...s, supports: text(`references:${s.id}.supports`) };
}

export const SOURCES = [
  // Drug labels and regulators
  source({
    id: 'label-us-naltrexone',
    cite: 'US naltrexone label 2025',
    authors: null,
    year: 2025,
    title: 'Naltrexone hydrochloride tablets, film coated: prescribing information (contraindications, warnings, adverse reactions)',
    publishedIn: 'US label on DailyMed, setid f3305f0b-fb9e-4009-b28f-47fe9b1b618b, updated 1 February 2025',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=f3305f0b-fb9e-4009-b28f-47fe9b1b618b',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'label-us-vivitrol-2013',
    cite: 'US Vivitrol label 2013',
    authors: null,
    year: 2013,
    title: 'Vivitrol (naltrexone extended-release injectable suspension): prescribing information, effective 1 July 2013',
    publishedIn: 'US label via openFDA',
    url: 'https://api.fda.gov/drug/label.json?search=%22Vivitrol%22',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'label-us-pharmacokinetics',
    cite: 'US naltrexone label (pharmacokinetics)',
    authors: null,
    year: null,
    title: 'Naltrexone hydrochloride: clinical pharmacology (elimination)',
    publishedIn: 'US label, openFDA set id 00c04ff4-b6f2-466c-9ab9-813a60577db0 (verbatim quote)',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'smpc-uk-adepend',
    cite: 'UK Adepend SmPC',
    authors: null,
    year: null,
    title: 'Adepend 50 mg film-coated tablets: Summary of Product Characteristics',
    publishedIn: 'electronic medicines compendium (UK)',
    url: 'https://www.medicines.org.uk/emc/product/3559/smpc',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'pil-uk-adepend',
    cite: 'UK Adepend leaflet',
    authors: null,
    year: null,
    title: 'Adepend 50 mg film-coated tablets: Patient Information Leaflet',
    publishedIn: 'electronic medicines compendium (UK)',
    url: 'https://www.medicines.org.uk/emc/product/3559/pil',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'fachinfo-ch-naltrexone',
    cite: 'Swiss naltrexone product information',
    authors: null,
    year: null,
    title: 'Naltrexone: Swiss product information (Fachinformation), pharmacokinetics',
    publishedIn: 'Swiss product information, copy at generika.cc',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'revia-patient-info',
    cite: 'ReVia patient information',
    authors: null,
    year: null,
    title: 'ReVia (naltrexone): patient information',
    publishedIn: 'PDR Health (pdrhealth.com)',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'pdr-naltrexone',
    cite: 'PDR naltrexone',
    authors: null,
    year: null,
    title: 'Naltrexone: prescribing information, hepatotoxicity',
    publishedIn: 'PDR (pdr.net)',
    kind: 'label',
    tag: 'seen',
  }),
  source({
    id: 'fda-compounding',
    cite: 'FDA 2018',
    authors: 'US Food and Drug Administration',
    year: 2018,
    title: 'Human drug compounding: compounded drugs are not FDA-approved',
    publishedIn: 'FDA web page, last updated 22 June 2018',
    url: 'https://www.fda.gov/Drugs/GuidanceComplianceRegulatoryInformation/PharmacyCompounding/ucm607252.htm',
    kind: 'regulator',
    tag: 'seen',
  }),
  // Guidelines
  source({
    id: 'asam-2015',
    cite: 'ASAM 2015',
    authors: 'American Society of Addiction Medicine',
    year: 2015,
    title: 'National Practice Guideline for the Use of Medications in the Treatment of Addiction Involving Opioid Use: pocket guide',
    publishedIn: 'Guideline Central',
    url: 'https://eguideline.guidelinecentral.com/i/1019954/9',
    kind: 'guideline',
    tag: 'seen',
  }),
  source({
    id: 'goel-2024',
    cite: 'Goel 2024',
    authors: 'Goel A, Kapoor B, Wu M, Iyayi M, Englesakis M, Kohan L, Ladha KS, Clarke HA',
    year: 2024,
    title: 'Perioperative naltrexone management: a scoping review',
    publishedIn: 'Anesthesiology 2024;140(2):388-99',
    doi: '10.1097/ALN.0000000000005040',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'aap-2019',
    cite: 'Wolraich 2019 (AAP)',
    authors:
      'Wolraich ML, Hagan JF Jr, Allan C, Chan E, Davison D, Earls M, Evans SW, Flinn SK, Froehlich T, Frost J, Holbrook JR, Lehmann CU, Lessin HR, Okechukwu K, Pierce KL, Winner JD, Zurhellen W',
    year: 2019,
    title: 'Clinical Practice Guideline for the Diagnosis, Evaluation, and Treatment of Attention-Deficit/Hyperactivity Disorder in Children and Adolescents',
    publishedIn: 'Pediatrics 2019;144(4):e20192528',
    kind: 'guideline',
    tag: 'seen',
  }),
  source({
    id: 'nice-ng87',
    cite: 'NICE NG87',
    authors: 'National Institute for Health and Care Excellence',
    year: 2018,
    title: 'Attention deficit hyperactivity disorder: diagnosis and management (NG87), updated 2019',
    publishedIn: 'NICE guideline NG87',
    url: 'https://www.nice.org.uk/guidance/NG87',
    kind: 'guideline',
    tag: 'seen-secondary',
  }),
  // Opioids and kratom
  source({
    id: 'jarka-2023',
    cite: 'Jarka 2023',
    authors: 'Jarka C, Gregoire K',
    year: 2023,
    title: '[Case report: precipitated withdrawal after naltrexone in a person with undisclosed daily kratom use]',
    publishedIn: 'Ment Health Clin 2023;13(3):155-8',
    doi: '10.9740/mhc.2023.06.155',
    kind: 'case-report',
    tag: 'seen',
  }),
  source({
    id: 'shm-kratom',
    cite: 'SHM kratom abstract',
    authors: null,
    year: null,
    title: 'Naltrexone-induced kratom withdrawal: a call for awareness',
    publishedIn: 'Society of Hospital Medicine meeting abstract',
    kind: 'case-report',
    tag: 'seen',
  }),
  source({
    id: 'chiang-jucm',
    cite: 'Chiang (J Urgent Care Med)',
    authors: 'Chiang TH, Schmitt K, Nelson A',
    year: null,
    title: '[Review: low-dose naltrexone and acute pain management in urgent care]',
    publishedIn: 'J Urgent Care Med (jucm.com)',
    kind: 'review',
    tag: 'seen',
  }),
  // What LDN is and how it might work
  source({
    id: 'toljan-2018',
    cite: 'Toljan 2018',
    authors: 'Toljan K, Vrooman B',
    year: 2018,
    title: 'Low-Dose Naltrexone (LDN): Review of Therapeutic Utilization',
    publishedIn: 'Med Sci (Basel) 2018',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6313374',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'wang-2016',
    cite: 'Wang 2016',
    authors: 'Wang X, et al.',
    year: 2016,
    title: '[(+)-Naltrexone as a Toll-like receptor 4 antagonist in rodent microglia and macrophages]',
    publishedIn: 'Br J Pharmacol 2016;173(5):856-69',
    doi: '10.1111/bph.13394',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'cant-2017',
    cite: 'Cant 2017',
    authors: 'Cant R, Dalgleish AG, Allen RL',
    year: 2017,
    title: '[Naltrexone and cytokine production by human blood cells after Toll-like receptor stimulation]',
    publishedIn: 'Front Immunol 2017;8:809',
    doi: '10.3389/fimmu.2017.00809',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'raknes-2017',
    cite: 'Raknes 2017',
    authors: 'Raknes G, Småbrekke L',
    year: 2017,
    title: '[Low-dose naltrexone users in the Norwegian prescription database]',
    publishedIn: 'Pharmacoepidemiol Drug Saf 2017',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5298009',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'lavendersky-titration',
    cite: 'Clinic dosing page',
    authors: null,
    year: null,
    title: '[Clinic dosing schedule for low-dose naltrexone]',
    publishedIn: 'Clinic web page (lavenderskyhealth.com)',
    kind: 'clinic-advice',
    tag: 'seen',
  }),
  // Naltrexone and ADHD
  source({
    id: 'nct01721330',
    cite: 'NCT01721330',
    authors: 'Massachusetts General Hospital',
    year: 2016,
    title: 'A Double-Blind Comparison of Naltrexone and Placebo in Adults With ADHD',
    publishedIn: 'ClinicalTrials.gov NCT01721330 (terminated; 3 participants)',
    url: 'https://clinicaltrials.gov/ct2/show/NCT01721330',
    kind: 'trial-registration',
    tag: 'seen',
  }),
  source({
    id: 'nct01873729',
    cite: 'NCT01873729',
    authors: 'Massachusetts General Hospital',
    year: 2016,
    title: 'An Open-Label Study of Naltrexone in Adults With ADHD',
    publishedIn: 'ClinicalTrials.gov NCT01873729 (completed; 3 participants)',
    url: 'https://clinicaltrials.gov/ct2/show/NCT01873729',
    kind: 'trial-registration',
    tag: 'seen',
  }),
  source({
    id: 'jcp-2018-naltrexone-stimulant',
    cite: 'J Clin Psychiatry 2018',
    authors: null,
    year: 2018,
    title:
      'Opiate Antagonists Do Not Interfere With the Clinical Benefits of Stimulants in ADHD: A Double-Blind, Placebo-Controlled Trial of the Mixed Opioid Receptor Antagonist Naltrexone',
    publishedIn: 'J Clin Psychiatry 2018;79(1):16m11012',
    doi: '10.4088/JCP.16m11012',
    kind: 'trial',
    tag: 'seen',
  }),
  // Naltrexone in autistic children (higher doses)
  source({
    id: 'campbell-1993',
    cite: 'Campbell 1993',
    authors: 'Campbell M, Anderson LT, Small AM, Adams P, Gonzalez NM, Ernst M',
    year: 1993,
    title: 'Naltrexone in autistic children: behavioral symptoms and attentional learning',
    publishedIn: 'J Am Acad Child Adolesc Psychiatry 1993;32(6):1283-91',
    doi: '10.1097/00004583-199311000-00024',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'kolmen-1997',
    cite: 'Kolmen 1997',
    authors: 'Kolmen BK, et al.',
    year: 1997,
    title: 'Naltrexone in young autistic children: replication study and learning measures',
    publishedIn: 'J Am Acad Child Adolesc Psychiatry 1997;36(11):1570-8',
    doi: '10.1016/S0890-8567(09)66567-9',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'willemsen-swinkels-1996',
    cite: 'Willemsen-Swinkels 1996',
    authors: 'Willemsen-Swinkels SH, Buitelaar JK, van Engeland H',
    year: 1996,
    title: 'The effects of chronic naltrexone treatment in young autistic children: a double-blind placebo-controlled crossover study',
    publishedIn: 'Biol Psychiatry 1996;39(12):1023-31',
    doi: '10.1016/0006-3223(95)00297-9',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'elchaar-2006',
    cite: 'Elchaar 2006',
    authors: 'Elchaar GM, Maisch NM, Augusto LM, Wehring HJ',
    year: 2006,
    title: 'Efficacy and safety of naltrexone use in pediatric patients with autistic disorder',
    publishedIn: 'Ann Pharmacother 2006;40(6):1086-95',
    doi: '10.1345/aph.1G499',
    kind: 'review',
    tag: 'seen',
  }),
  // LDN in other conditions
  source({
    id: 'younger-2013',
    cite: 'Younger 2013',
    authors: 'Younger J, Noor N, McCue R, Mackey S',
    year: 2013,
    title: '[Randomised, double-blind, placebo-controlled crossover trial of low-dose naltrexone in fibromyalgia]',
    publishedIn: 'Arthritis Rheum 2013;65(2):529-38',
    doi: '10.1002/art.37734',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'bruun-2024',
    cite: 'Bruun 2024',
    authors: 'Bruun KD, Christensen R, Amris K, Vaegter HB, Blichfeldt-Eckhardt MR, Bye-Møller L, Holsgaard-Larsen A, Toft P',
    year: 2024,
    title: 'Naltrexone 6 mg once daily versus placebo in women with fibromyalgia: a randomised, double-blind, placebo-controlled trial',
    publishedIn: 'Lancet Rheumatol 2024;6(1):e31-e39',
    doi: '10.1016/S2665-9913(23)00278-3',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'bested-2023',
    cite: 'Bested 2023',
    authors: 'Bested K, Jensen LM, Andresen T, Tarp G, Skovbjerg L, Johansen TSD, Schmedes AV, Storgaard IK, Madsen JS, Werner MU, Bendiksen A',
    year: 2023,
    title: 'Low-dose naltrexone for treatment of pain in patients with fibromyalgia: a randomized, double-blind, placebo-controlled, crossover study',
    publishedIn: 'Pain Rep 2023;8(4):e1080',
    doi: '10.1097/PR9.0000000000001080',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'vatvani-2024',
    cite: 'Vatvani 2024',
    authors: 'Vatvani AD, Patel P, Hariyanto TI, Yanto TA',
    year: 2024,
    title: '[Systematic review and meta-analysis of low-dose naltrexone in fibromyalgia]',
    publishedIn: 'Korean J Pain 2024;37(4):367-378',
    doi: '10.3344/kjp.24202',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'ldn-meta-2025',
    cite: 'Ann Med Surg 2025',
    authors: null,
    year: 2025,
    title: '[Meta-analysis of 5 randomised trials of low-dose naltrexone versus placebo]',
    publishedIn: 'Ann Med Surg (Lond) 2025;87(5):2928-2935',
    doi: '10.1097/MS9.0000000000003203',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'rassi-mariani-2024',
    cite: 'Rassi-Mariani 2024',
    authors: 'Rassi-Mariani V, Barreto ESR, Antunes CR, et al.',
    year: 2024,
    title: 'The use of naltrexone in the treatment of chronic pain: a systematic review',
    publishedIn: 'Pain Manag 2024;14(8):453-63',
    doi: '10.1080/17581869.2024.2401769',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'smith-2011',
    cite: 'Smith 2011',
    authors: 'Smith JP, Bingaman SI, Ruggiero F, Mauger DT, Mukherjee A, McGovern CO, Zagon IS',
    year: 2011,
    title: '[Randomised placebo-controlled trial of low-dose naltrexone in adults with Crohn\u2019s disease]',
    publishedIn: 'Dig Dis Sci 2011;56(7):2088-97',
    doi: '10.1007/s10620-011-1653-7',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'smith-2013',
    cite: 'Smith 2013',
    authors: 'Smith JP, Field D, Bingaman SI, Evans R, Mauger DT',
    year: 2013,
    title: 'Safety and tolerability of low-dose naltrexone therapy in children with moderate to severe Crohn\u2019s disease: a pilot study',
    publishedIn: 'J Clin Gastroenterol 2013;47(4):339-45',
    doi: '10.1097/MCG.0b013e3182702f2b',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'cree-2010',
    cite: 'Cree 2010',
    authors: 'Cree BAC, Kornyeyeva E, Goodin DS',
    year: 2010,
    title: 'Pilot trial of low-dose naltrexone and quality of life in multiple sclerosis',
    publishedIn: 'Ann Neurol 2010;68(2):145-50',
    doi: '10.1002/ana.22006',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'bolton-2019',
    cite: 'Bolton 2019',
    authors: 'Bolton M, Hodkinson A, Boda S, Mould A, Panagioti M, Rhodes S, Riste L, van Marwijk H',
    year: 2019,
    title: 'Serious adverse events reported in placebo randomised controlled trials of oral naltrexone: a systematic review and meta-analysis',
    publishedIn: 'BMC Med 2019;17:10',
    doi: '10.1186/s12916-018-1242-0',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'croop-1997',
    cite: 'Croop 1997',
    authors: 'Croop RS, Faulkner EB, Labriola DF, for the Naltrexone Usage Study Group',
    year: 1997,
    title: 'The safety profile of naltrexone in the treatment of alcoholism: results from a multicenter usage study',
    publishedIn: 'Arch Gen Psychiatry 1997;54(12):1130-1135',
    doi: '10.1001/archpsyc.1997.01830240090013',
    kind: 'observational',
    tag: 'seen',
  }),
  // Thyroid
  source({
    id: 'mcdermott-2019',
    cite: 'McDermott 2019',
    authors: 'McDermott MT',
    year: 2019,
    title: 'Low-Dose Naltrexone Treatment of Hashimoto\u2019s Thyroiditis',
    publishedIn: 'In: Management of Patients with Pseudo-Endocrine Disorders. Springer 2019',
    doi: '10.1007/978-3-030-22720-3_24',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'raknes-2020',
    cite: 'Raknes 2020',
    authors: 'Raknes G, Småbrekke L',
    year: 2020,
    title: '[Low-dose naltrexone and thyroid hormone use in people with hypothyroidism: Norwegian prescription data]',
    publishedIn: 'BMC Endocr Disord 2020',
    doi: '10.1186/s12902-020-00630-4',
    kind: 'observational',
    tag: 'seen',
  }),
  // Pregnancy and breastfeeding
  source({
    id: 'wachman-2019',
    cite: 'Wachman 2019',
    authors: 'Wachman EM, et al.',
    year: 2019,
    title: '[Pilot comparison of naltrexone and buprenorphine in pregnancy]',
    publishedIn: 'Clin Ther 2019;41(9):1681-9',
    doi: '10.1016/j.clinthera.2019.07.003',
    kind: 'observational',
    tag: 'seen',
  }),
  source({
    id: 'lactmed-naltrexone',
    cite: 'LactMed 2024',
    authors: 'LactMed (US National Library of Medicine)',
    year: 2024,
    title: 'Naltrexone: use while breastfeeding (updated April 2024)',
    publishedIn: 'Drugs and Lactation Database, copy at drugs.com',
    url: 'https://www.drugs.com/breastfeeding/naltrexone.html',
    kind: 'summary',
    tag: 'seen',
  }),
  source({
    id: 'chan-2004',
    cite: 'Chan 2004',
    authors: 'Chan CF, et al.',
    year: 2004,
    title: 'Transfer of naltrexone and its metabolite 6,beta-naltrexol into human milk',
    publishedIn: 'J Hum Lact 2004;20(3):322-6',
    doi: '10.1177/0890334404266881',
    kind: 'observational',
    tag: 'seen',
  }),
  // Standard ADHD treatments
  source({
    id: 'cortese-2018',
    cite: 'Cortese 2018',
    authors:
      'Cortese S, Adamo N, Del Giovane C, Mohr-Jensen C, Hayes AJ, Carucci S, Atkinson LZ, Tessari L, Banaschewski T, Coghill D, Hollis C, Simonoff E, Zuddas A, Barbui C, Purgato M, Steinhausen HC, Shokraneh F, Xia J, Cipriani A',
    year: 2018,
    title: 'Comparative efficacy and tolerability of medications for attention-deficit hyperactivity disorder in children, adolescents, and adults: a systematic review and network meta-analysis',
    publishedIn: 'Lancet Psychiatry 2018;5(9):727-38',
    doi: '10.1016/S2215-0366(18)30269-4',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'cortese-2018-summary',
    cite: 'Psychiatry Advisor 2018',
    authors: null,
    year: 2018,
    title: 'Differences in efficacy and tolerability of ADHD medications across age groups (summary of Cortese et al. 2018)',
    publishedIn: 'Psychiatry Advisor',
    url: 'https://www.psychiatryadvisor.com/home/topics/adhd/differences-in-efficacy-and-tolerability-of-adhd-medications-across-age-groups/',
    kind: 'summary',
    tag: 'seen-secondary',
  }),
  source({
    id: 'efron-1997',
    cite: 'Pediatrics 1997 (PMID 9382907)',
    authors: null,
    year: 1997,
    title: '[Double-blind crossover trial of methylphenidate and dexamphetamine in 125 children with ADHD]',
    publishedIn: 'Pediatrics 1997;100(6):e6 (PMID 9382907)',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'greenhill-2001',
    cite: 'Greenhill 2001',
    authors: 'Greenhill LL, Swanson JM, Vitiello B, et al.',
    year: 2001,
    title: 'Impairment and deportment responses to different methylphenidate doses in children with ADHD: the MTA titration trial',
    publishedIn: 'J Am Acad Child Adolesc Psychiatry 2001;40(2):180-187',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'arnold-2000',
    cite: 'Arnold 2000',
    authors: 'Arnold LE',
    year: 2000,
    title: 'Methylphenidate vs. amphetamine: comparative review',
    publishedIn: 'J Atten Disord 2000;3(4):200-211',
    doi: '10.1177/108705470000300403',
    kind: 'review',
    tag: 'seen',
  }),
  source({
    id: 'stimulant-insomnia-summary',
    cite: 'Encyclopedia summary',
    authors: null,
    year: null,
    title: '[Encyclopedia summary of stimulant side effects; the original studies were not identified]',
    publishedIn: 'Text derived from the Wikipedia article on ADHD, as copied on other websites',
    kind: 'summary',
    tag: 'seen-secondary',
  }),
  source({
    id: 'viloxazine-news',
    cite: 'Viloxazine news 2021',
    authors: null,
    year: 2021,
    title: 'FDA approval of viloxazine extended-release (Qelbree) for ADHD: news reports',
    publishedIn: 'News summaries (AP and others)',
    kind: 'summary',
    tag: 'seen-secondary',
  }),
  source({
    id: 'safren-2010',
    cite: 'Safren 2010',
    authors: 'Safren SA, Sprich S, Mimiaga MJ, Surman C, Knouse L, Groves M, Otto MW',
    year: 2010,
    title: '[Randomised trial of cognitive behavioral therapy versus relaxation with educational support for medication-treated adults with ADHD]',
    publishedIn: 'JAMA 2010;304(8):875-80',
    doi: '10.1001/jama.2010.1192',
    kind: 'trial',
    tag: 'seen',
  }),
  source({
    id: 'aap-2019-summary',
    cite: 'AAP 2019 summaries',
    authors: null,
    year: 2019,
    title: 'Summary of the AAP 2019 ADHD guideline: quality of evidence for medicines and behavior therapy',
    publishedIn: 'Secondary summaries of Wolraich et al. 2019',
    kind: 'summary',
    tag: 'seen-secondary',
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

/** The short citation printed on the sheet ("Croop 1997", "NICE NG87"). */
export function shortCitation(id: SourceId): string {
  return getSource(id).cite;
}

/** A full reference line for a sources list. */
export function fullCitation(id: SourceId): string {
  const s = getSource(id);
  const parts = [s.authors, s.title, s.publishedIn, s.doi ? `doi:${s.doi}` : s.url].filter((p): p is string => Boolean(p));
  return parts.join('. ');
}
