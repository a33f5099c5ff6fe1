// Which of the system's voices "Read aloud" may use for a language. Pure.
import type { ReadingSpeed } from '../../../shared/preferences';

export type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default' | 'name'>;

/** The speech rate for each reading speed (1 is the voice's normal pace). */
export const SPEECH_RATES: Record<ReadingSpeed, number> = { slower: 0.7, slow: 0.85, normal: 1, fast: 1.2 };

function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-').split('-')[0] ?? '';
}

/**
 * A voice on this computer for the language (matched on the base language: "es-MX" serves "es"),
 * the system's default voice first. Never a remote voice (localService false): the text would
 * leave the computer. Null when there is none.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], language: string): V | null {
  const wanted = baseLanguage(language);
  const usable = voices.filter((voice) => voice.localService === true && baseLanguage(voice.lang) === wanted);
  return usable.find((voice) => voice.default) ?? usable[0] ?? null;
}
