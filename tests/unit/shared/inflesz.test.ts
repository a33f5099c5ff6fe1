import { describe, expect, it } from 'vitest';
import { countSpanishSyllables, inflesz, infleszBand, spanishTextStats } from '../../../shared/readability/inflesz';

describe('countSpanishSyllables', () => {
  it.each([
    ['naltrexona', 4],
    ['medicamento', 5],
    ['día', 2],
    ['ciudad', 2],
    ['leer', 2],
    ['aeropuerto', 5],
    ['que', 1],
    ['guitarra', 3],
    ['muy', 1],
    ['hay', 1],
    ['país', 2],
    ['ayuda', 3],
    ['y', 1],
    ['TDAH', 1],
    ['42', 0],
  ])('%s has %i', (word, n) => {
    expect(countSpanishSyllables(word)).toBe(n);
  });
});

describe('inflesz', () => {
  it('computes the Szigriszt-Pazos formula exactly', () => {
    // "La casa es azul." 4 words, 1 sentence, 1 + 2 + 1 + 2 = 6 syllables
    expect(spanishTextStats('La casa es azul.')).toEqual({ words: 4, sentences: 1, syllables: 6 });
    expect(inflesz('La casa es azul.')).toBeCloseTo(206.835 - 62.3 * (6 / 4) - 4, 10);
  });
  it('ignores placeholders and pools several texts', () => {
    expect(spanishTextStats('Unos {{n}} de cada 100.')).toEqual({ words: 3, sentences: 1, syllables: 5 });
    const a = 'El sol sale.';
    const b = 'La luna no.';
    expect(inflesz([a, b])).toBeCloseTo(206.835 - 62.3 * (8 / 6) - 6 / 2, 10);
  });
  it('scores hard text lower than easy text', () => {
    const easy = 'Lea esto. Es corto. Tome agua.';
    const hard = 'La farmacocinética interindividual condiciona considerablemente la monitorización terapéutica personalizada durante la administración prolongada.';
    expect((inflesz(easy) ?? 0) - (inflesz(hard) ?? 0)).toBeGreaterThan(50);
  });
  it('returns null without words, and names the INFLESZ bands', () => {
    expect(inflesz([])).toBeNull();
    expect(inflesz('{{x}} 100')).toBeNull();
    expect([30, 50, 60, 70, 90].map(infleszBand)).toEqual(['very-hard', 'somewhat-hard', 'normal', 'fairly-easy', 'very-easy']);
  });
});
