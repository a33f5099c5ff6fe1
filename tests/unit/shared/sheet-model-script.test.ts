// `npm run sheet-model -- <answers.json>` prints a persona's sheet model for reviewers.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERSONA_DIR } from './helpers';

const ROOT = join(import.meta.dirname, '../../..');
const run = (...args: string[]) =>
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/sheet-model.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

describe('scripts/sheet-model.ts', () => {
  it('prints the sheet model as JSON, and the words with --lang', () => {
    const model = JSON.parse(run(join(PERSONA_DIR, 'tramadol-dental.json'))) as { sections: { kind: string }[] };
    expect(model.sections[0]?.kind).toBe('raise-first');
    const spanish = run(join(PERSONA_DIR, 'tramadol-dental.json'), '--lang', 'es');
    expect(spanish).toContain('La naltrexona bloquea los opioides, y a veces esa abstinencia es grave.');
    // The shared warning the flag needs is in the model too, so the words list shows it.
    expect(spanish).toContain('Tomar mucho opioide para superar el bloqueo puede causar coma o la muerte.');
    expect(spanish).not.toContain('[missing');
  }, 20_000);
  it('fails with the paths of the problems for an invalid file', () => {
    expect(() => run(join(PERSONA_DIR, 'expectations.ts'))).toThrow();
  }, 20_000);
});
