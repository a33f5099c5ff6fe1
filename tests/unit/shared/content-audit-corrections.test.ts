// Content 3.5.0: corrections after an audit of 3.4.0 against the evidence files: one block per correction.
// Each checks the words as shown or printed (both languages), or the source or certainty a statement
// carries, so the correction cannot quietly come undone.
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { LEARN_PAGES } from '../../../shared/learn/content';
import { getQuestion, isChoiceQuestion } from '../../../shared/questionnaire/model';
import { EMERGENCY_PAIN_SOURCES, fullCitation, getSource, SOURCES } from '../../../shared/references/registry';
import { buildSheetModel } from '../../../shared/sheet/model';
import { loadPersona, render, rule, say, statement } from './helpers';

const lastSentence = (text: string) => text.split(/(?<=\.)\s+/).at(-1) ?? '';

describe('the printed pain note keeps the limit the Learn page gives it', () => {
  // The "higher doses" advice is the label's, for fully blocking doses; an emergency team reading the
  // sheet must not take it as known for low doses.
  it.each(SUPPORTED_LANGUAGES)('the sheet says, as Learn does, that low doses were not studied (%s)', (language) => {
    const limit = lastSentence(say(statement('safety.emergencyPain'), language));
    expect(limit).toMatch(language === 'en' ? /no study .* low doses/ : /no encontramos estudios .* dosis bajas/i);
    const sheet = buildSheetModel(loadPersona('typical-one-page'));
    expect(render(sheet.emergencyPain.text, language)).toContain(limit);
  });

  it.each(SUPPORTED_LANGUAGES)('higher doses "may" be needed, and opioids "may not work well", in print and on screen (%s)', (language) => {
    const sheet = buildSheetModel(loadPersona('typical-one-page'));
    for (const text of [render(sheet.emergencyPain.text, language), say(statement('safety.emergencyPain'), language)]) {
      expect(text).toMatch(language === 'en' ? /may not work well.*higher doses may be needed/ : /pueden no funcionar bien.*pueden necesitarse dosis más altas/);
    }
  });
});

describe('the short version of side effects claims no more than its detail', () => {
  // The trials give no rates: vivid dreams are the most consistent side effect, not the most common.
  it.each(SUPPORTED_LANGUAGES)('vivid dreams: the short point is the detail\'s own first sentence (%s)', (language) => {
    const page = LEARN_PAGES.find((p) => p.id === 'side-effects');
    const point = page?.short.find((p) => p.id === 'side-effects.dreams');
    if (!point) throw new Error('no short point on vivid dreams');
    const detail = say(statement('side-effects.vividDreams'), language);
    expect(render(point.text, language)).toBe(detail.split(/(?<=\.)\s+/)[0]);
  });
});

describe('a comparison between drug classes is not labelled strong evidence', () => {
  // Cortese 2018: confidence "low or very low (for most indirect comparisons)"; the per-drug sizes are [seen-2°].
  it('non-stimulants "worked less well than stimulants": some evidence at most', () => {
    const s = statement('options.non-stimulants.benefits.2');
    expect(say(s)).toMatch(/less well than stimulants/);
    expect(['no-studies-in-adhd', 'very-uncertain', 'some-evidence']).toContain(s.certainty);
  });
});

describe('the diagnosis flag cites the source that says it', () => {
  // "Full assessment by an ADHD specialist" is NICE QS39 statement 1 [seen]; the AAP guideline's
  // diagnosis text was not seen.
  it('NICE QS39, not the AAP guideline', () => {
    expect(rule('diagnosis').sourceIds).toContain('nice-qs39');
    expect(rule('diagnosis').sourceIds).not.toContain('aap-2019');
  });
});

describe('"others did not" find more nausea: the review that did not is cited', () => {
  it('the statement cites the women-only fibromyalgia meta-analysis, a secondary source', () => {
    const s = statement('side-effects.nauseaHeadache');
    expect(say(s)).toMatch(/others did not/);
    expect(s.sourceIds).toContain('naltrexone-fibromyalgia-women-meta');
    expect(getSource('naltrexone-fibromyalgia-women-meta').tag).toBe('seen-secondary');
    expect(s.certainty).toBe('very-uncertain');
  });
});

describe('the diarrhea option is loperamide only: other diarrhea medicines with an opioid are not let off the opioid warnings', () => {
  // No withdrawal or opioid-free gap for loperamide rests on its staying in the gut [seen]; that does not
  // carry over to every diarrhea medicine with an opioid (the label names "antidiarrheal preparations").
  const optionLabel = (question: 'opioidsNow' | 'opioidsRecentKind', option: string, language: Language) => {
    const q = getQuestion(question);
    if (!isChoiceQuestion(q)) throw new Error(`${question} is not a choice`);
    const found = q.options.find((o) => o.id === option);
    if (!found) throw new Error(`${question} has no option ${option}`);
    return render(found.label, language);
  };
  it.each(SUPPORTED_LANGUAGES)('the options and the last-2-weeks question name loperamide, not "a diarrhea medicine such as" (%s)', (language) => {
    for (const label of [optionLabel('opioidsNow', 'diarrhoea', language), optionLabel('opioidsRecentKind', 'diarrhoea', language), render(getQuestion('opioidsRecent').label, language)]) {
      expect(label).toMatch(language === 'en' ? /loperamide/i : /loperamida/i);
      expect(label).not.toMatch(/such as|como la/);
    }
  });
  it.each(SUPPORTED_LANGUAGES)('the details say where other diarrhea medicines with an opioid go: the option "Another opioid" as it is worded (%s)', (language) => {
    const more = getQuestion('opioidsNow').more;
    if (!more) throw new Error('opioidsNow has no details');
    expect(render(more.text, language)).toContain(optionLabel('opioidsNow', 'other', language));
    expect(getQuestion('opioidsNow').helpSourceIds).toContain('label-us-vivitrol-2013');
  });
});

describe('citation details the review did not see are left out, not filled in', () => {
  // The evidence files give these first authors by surname only, the MTA growth record no year, and
  // the Fayyad paper only by its publisher's address.
  it('surnames only, no year, no journal name from memory', () => {
    for (const id of ['polanczyk-2007', 'song-2021', 'fayyad-2017', 'faraone-2006', 'sibley-2021'] as const) {
      expect(getSource(id).authors, id).toMatch(/^[A-Z][a-z]+ et al\.$/);
    }
    expect(getSource('mta-growth').year).toBeNull();
    expect(getSource('fayyad-2017').publishedIn).not.toMatch(/Atten Defic/);
  });
});

describe('the other kind of stimulant: what the crossover trials found, no more', () => {
  // Arnold 2000: in crossover trials of children and teens, many "responded better to" one kind, not
  // "only to" one; "not helped by one, helped by the other" went beyond that.
  it.each(SUPPORTED_LANGUAGES)('the flag\'s key line and the options statement say "did better on one" (%s)', (language) => {
    const key = render(rule('one-family-little-help').key, language);
    const trials = say(statement('options.stimulants.benefits.3'), language);
    expect(key).toMatch(language === 'en' ? /children and teens.*did better on one kind of stimulant than on the other/ : /niños y adolescentes.*mejoraron más con un tipo de estimulante que con el otro/);
    expect(trials).toMatch(language === 'en' ? /did better on one kind than on the other/ : /mejoraron más con un tipo que con el otro/);
    for (const text of [key, trials]) expect(text).not.toMatch(/not helped by one|no ayuda un tipo|no les ayudó un tipo/);
  });
});

describe('case reports told as they were recorded', () => {
  // Naumann 2023: "on long-term opioids" (not "every day"), as the opioid flag already says.
  // Kratom: of the reports, one is recorded as severe.
  it.each(SUPPORTED_LANGUAGES)('long-term opioids; one severe kratom report (%s)', (language) => {
    const withdrawal = say(statement('safety.lowDoseWithdrawal'), language);
    expect(withdrawal).toMatch(language === 'en' ? /long-term opioids/ : /desde hacía tiempo/);
    expect(withdrawal).not.toMatch(/every day|cada día/);
    for (const perspective of ['self', 'child'] as const) {
      expect(render(rule('kratom').body, language, perspective)).toMatch(language === 'en' ? /^In one report, the withdrawal was severe\./ : /^En uno de los casos, la abstinencia fue grave\./);
    }
  });
});

describe('the emergency pain note cites what says "higher doses" and "watch breathing"', () => {
  // The US label's detailed plan was not seen (only its heading); the EU leaflet's wording was [seen-2°].
  it('the Adepend leaflet (Poland), a secondary source, is among its sources', () => {
    expect(EMERGENCY_PAIN_SOURCES).toContain('adepend-leaflet-pl');
    expect(getSource('adepend-leaflet-pl').tag).toBe('seen-secondary');
    expect(statement('safety.emergencyPain').sourceIds).toContain('adepend-leaflet-pl');
  });
});

describe('a full citation does not double its punctuation', () => {
  // "Polanczyk et al.. [The worldwide…]" on the References page; a title ending in "?" took a "." too.
  it.each(SUPPORTED_LANGUAGES)('no ".." or "?." between its parts (%s)', (language) => {
    for (const source of SOURCES) {
      const citation = fullCitation(source.id, (ref) => render(ref, language));
      expect(citation, source.id).not.toMatch(/\.\.(?!\.)|[?!]\./);
    }
  });
});
