// A fake speechSynthesis for browser tests: records what the app asks to be spoken (text,
// language, voice, rate), with which voices the "system" has; a test ends the current sentence
// with `finishSentence`. Installed before the app starts (page.addInitScript).
import type { Page } from '@playwright/test';

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  voiceIsLocal: boolean | null;
  rate: number;
}

export const LOCAL_ENGLISH: FakeVoice = { name: 'Local English', lang: 'en-US', localService: true, default: true };
export const LOCAL_SPANISH: FakeVoice = { name: 'Local Spanish', lang: 'es-ES', localService: true };

export async function installFakeSpeech(page: Page, voices: FakeVoice[]): Promise<void> {
  await page.addInitScript((list) => {
    type Utterance = { text: string; lang: string; voice: FakeVoice | null; rate: number; onend: ((e: Event) => void) | null; onerror: ((e: { error: string }) => void) | null };
    const log = { spoken: [] as Spoken[], calls: [] as string[], current: null as Utterance | null, paused: false };
    const voiceObjects = list.map((v) => ({ ...v, default: v.default ?? false, voiceURI: v.name }));
    class FakeUtterance {
      text: string;
      lang = '';
      voice: FakeVoice | null = null;
      rate = 1;
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: { error: string }) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => voiceObjects,
      speak(u: Utterance) {
        log.calls.push('speak');
        log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, voiceIsLocal: u.voice ? u.voice.localService : null, rate: u.rate });
        log.current = u;
      },
      cancel() {
        log.calls.push('cancel');
        const u = log.current;
        log.current = null;
        log.paused = false;
        // As Chromium does: a cancelled utterance reports an "interrupted" error.
        u?.onerror?.({ error: 'interrupted' });
      },
      pause() {
        log.calls.push('pause');
        log.paused = true;
      },
      resume() {
        log.calls.push('resume');
        log.paused = false;
      },
      get speaking() {
        return log.current !== null;
      },
      get paused() {
        return log.paused;
      },
      get pending() {
        return false;
      },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, '__speech', {
      value: {
        log,
        finishSentence() {
          const u = log.current;
          log.current = null;
          u?.onend?.(new Event('end'));
        },
      },
    });
  }, voices);
}

export async function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __speech: { log: { spoken: Spoken[] } } }).__speech.log.spoken);
}

export async function calls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __speech: { log: { calls: string[] } } }).__speech.log.calls);
}

export async function finishSentence(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __speech: { finishSentence: () => void } }).__speech.finishSentence());
}

/** The text under the "read-aloud" highlight, or null when nothing is highlighted. */
export async function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('read-aloud');
    if (!highlight) return null;
    return [...highlight].map((range) => range.toString()).join('');
  });
}
