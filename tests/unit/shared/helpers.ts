// Shared helpers for the content and engine tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswers } from '../../../shared/answers/schema';
import { emptyAnswers } from '../../../shared/answers/empty';
import type { Answers, AnswersDocument } from '../../../shared/answers/types';
import { keyFor, type Perspective, type TextRef } from '../../../shared/content/text';
import type { Language } from '../../../shared/i18n/languages';
import { interpolate, lookup, type LocaleBundle } from '../../../shared/i18n/lookup';
import { resources } from '../../../shared/i18n/resources';
import { RULES } from '../../../shared/engine/rules';
import { allStatements, paramsOf, type Statement } from '../../../shared/learn/content';

export const PERSONA_DIR = join(import.meta.dirname, '../../fixtures/personas');

/** A valid answers document with these answers (fails the test if the schema rejects it). */
export function doc(answers: Answers, perspective: Perspective = 'self'): AnswersDocument {
  const d: AnswersDocument = { ...emptyAnswers(perspective), answers };
  const parsed = parseAnswers(JSON.parse(JSON.stringify(d)));
  if (!parsed.ok) throw new Error(`test fixture is invalid: ${parsed.errors.map((e) => `${e.at}: ${e.message}`).join('; ')}`);
  return parsed.value;
}

export function personaNames(): string[] {
  return readdirSync(PERSONA_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function loadPersona(name: string): AnswersDocument {
  const parsed = parseAnswers(JSON.parse(readFileSync(join(PERSONA_DIR, `${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`persona ${name} is invalid: ${parsed.errors.map((e) => `${e.at}: ${e.message}`).join('; ')}`);
  return parsed.value;
}

export function bundle(language: Language): LocaleBundle {
  return resources[language] as unknown as LocaleBundle;
}

export function isTextRef(value: unknown): value is TextRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    /^[a-z]+:/.test((value as { key: string }).key) &&
    Object.keys(value).every((k) => k === 'key' || k === 'child')
  );
}

/** Every TextRef reachable from a value (models are plain data). */
export function collectTextRefs(value: unknown, out: TextRef[] = []): TextRef[] {
  if (isTextRef(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectTextRefs(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) collectTextRefs(v, out);
  return out;
}

/** The printed words for a text reference. */
export function render(ref: TextRef, language: Language, perspective: Perspective = 'self', params: Record<string, string | number> = {}): string {
  const text = lookup(bundle(language), keyFor(ref, perspective));
  if (text === undefined) throw new Error(`missing ${language} text ${keyFor(ref, perspective)}`);
  return interpolate(text, params, language);
}

/** A Learn or options statement as shown, with its numbers. */
export const say = (s: Statement, language: Language = 'en') => render(s.text, language, 'self', paramsOf(s));

export function statement(id: string): Statement {
  const found = allStatements().find((s) => s.id === id);
  if (!found) throw new Error(`no statement ${id}`);
  return found;
}

export function rule(id: string) {
  const found = RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}
