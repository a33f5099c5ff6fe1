import { useEffect, useState } from 'react';

/** The system's speech voices, kept up to date (they often arrive after the page loads). Empty when the browser cannot speak. */
export function useVoices(): readonly SpeechSynthesisVoice[] {
  // None on the first render, as in the prerendered first screen (no voices at build time), so that
  // hydrating it matches; the effect fills them in before the screen is painted.
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    const synth = window.speechSynthesis;
    if (!synth) return;
    const refresh = () => setVoices(synth.getVoices());
    refresh();
    synth.addEventListener('voiceschanged', refresh);
    return () => synth.removeEventListener('voiceschanged', refresh);
  }, []);
  return voices;
}
