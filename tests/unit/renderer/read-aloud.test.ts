import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../renderer/src/read-aloud/sentences';
import { chooseVoice, type VoiceLike } from '../../../renderer/src/read-aloud/voices';

describe('splitSentences', () => {
  it('splits a block into sentences, with their places in the text', () => {
    const text = '  This guide helps you. It is not medical advice!  Is it for you? ';
    const sentences = splitSentences(text, 'en');
    expect(sentences.map((s) => s.text)).toEqual(['This guide helps you.', 'It is not medical advice!', 'Is it for you?']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('follows the language: Spanish opening marks stay with their sentence', () => {
    expect(splitSentences('¿Está tomando opioides? ¡Dígalo al médico! Gracias.', 'es').map((s) => s.text)).toEqual([
      '¿Está tomando opioides?',
      '¡Dígalo al médico!',
      'Gracias.',
    ]);
  });

  it('keeps nothing unspeakable: empty text, spaces and lone marks give no sentence', () => {
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences('   \n ', 'en')).toEqual([]);
    expect(splitSentences('— …', 'en')).toEqual([]);
  });

  it('keeps text wrapped in right-to-left marks whole', () => {
    const text = '\u200FFirst sentence.\u200F \u200FSecond one.\u200F';
    const sentences = splitSentences(text, 'en');
    expect(sentences).toHaveLength(2);
    expect(sentences[0]?.text).toContain('First sentence.');
  });
});

describe('chooseVoice', () => {
  const voice = (name: string, lang: string, localService: boolean, isDefault = false): VoiceLike => ({ name, lang, localService, default: isDefault });

  it('picks a local voice of the language, matched on the base language, the default first', () => {
    const voices = [voice('Fr', 'fr-FR', true), voice('Es MX', 'es-MX', true), voice('Es ES', 'es_ES', true, true)];
    expect(chooseVoice(voices, 'es')?.name).toBe('Es ES');
    expect(chooseVoice(voices, 'es-AR')?.name).toBe('Es ES');
    expect(chooseVoice([voice('Es MX', 'es-MX', true)], 'es')?.name).toBe('Es MX');
  });

  it('never picks a remote voice, even the default one', () => {
    const voices = [voice('Google español', 'es-ES', false, true), voice('Local English', 'en-US', true)];
    expect(chooseVoice(voices, 'es')).toBeNull();
    expect(chooseVoice([voice('Remote', 'en-US', false, true), voice('Local', 'en-GB', true)], 'en')?.name).toBe('Local');
  });

  it('gives null when there is no voice at all or none for the language', () => {
    expect(chooseVoice([], 'en')).toBeNull();
    expect(chooseVoice([voice('De', 'de-DE', true)], 'en')).toBeNull();
  });
});
