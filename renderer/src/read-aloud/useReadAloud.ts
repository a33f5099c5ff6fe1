// Reads the screen's main text aloud, one sentence at a time, highlighting the sentence being read
// (CSS Custom Highlight API: nothing in the page is changed). Only voices on this computer are used.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadingSpeed } from '../../../shared/preferences';
import { readableSentences, type ReadableSentence } from './readable-text';
import { chooseVoice, SPEECH_RATES } from './voices';

export type ReadingState = 'idle' | 'speaking' | 'paused';

export const HIGHLIGHT_NAME = 'read-aloud';

function highlight(sentence: ReadableSentence | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (!sentence) {
    CSS.highlights.delete(HIGHLIGHT_NAME);
    return;
  }
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(sentence.range));
  sentence.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
}

interface Options {
  /** The element whose text is read (the main area). */
  root: () => Element | null;
  language: string;
  speed: ReadingSpeed;
  voices: readonly SpeechSynthesisVoice[];
}

export function useReadAloud({ root, language, speed, voices }: Options) {
  const [state, setState] = useState<ReadingState>('idle');
  // Each reading has its own number, so the events of a stopped one are ignored.
  const run = useRef(0);

  const stop = useCallback(() => {
    run.current += 1;
    window.speechSynthesis?.cancel();
    highlight(null);
    setState('idle');
  }, []);

  const start = useCallback(() => {
    const synth = window.speechSynthesis;
    const element = root();
    if (!synth || !element) return;
    synth.cancel();
    const id = ++run.current;
    const queue = readableSentences(element, language).flatMap((sentence) => {
      const voice = chooseVoice(voices, sentence.language);
      return voice ? [{ sentence, voice }] : [];
    });
    const speak = (index: number) => {
      if (run.current !== id) return;
      const item = queue[index];
      if (!item) {
        highlight(null);
        setState('idle');
        return;
      }
      const utterance = new SpeechSynthesisUtterance(item.sentence.text);
      utterance.lang = item.sentence.language;
      utterance.voice = item.voice;
      utterance.rate = SPEECH_RATES[speed];
      utterance.onend = () => speak(index + 1);
      utterance.onerror = (event) => {
        // Cancelling (stop, or a new reading) is not a failure; anything else ends the reading.
        if (event.error === 'interrupted' || event.error === 'canceled') return;
        if (run.current === id) stop();
      };
      highlight(item.sentence);
      synth.speak(utterance);
    };
    setState('speaking');
    speak(0);
  }, [root, language, speed, voices, stop]);

  const pause = useCallback(() => {
    window.speechSynthesis?.pause();
    setState('paused');
  }, []);

  const resume = useCallback(() => {
    window.speechSynthesis?.resume();
    setState('speaking');
  }, []);

  // Leaving the screen stops the reading.
  useEffect(() => stop, [stop]);

  return { state, start, pause, resume, stop };
}
