import { useCallback, useEffect, useState } from 'react';
import { loadI18next } from '../i18next-loader';
import type { DecisionAidApi } from '../../../shared/bridge/contract';
import type { Preferences, PreferencesPatch } from '../../../shared/preferences';
import { applyDisplay } from './apply';

/**
 * The preferences in force. A change applies at once (language, theme, text size) and is then
 * saved through the bridge; if saving fails the change still holds for this session and the
 * error is reported.
 */
export function usePreferences(bridge: DecisionAidApi, initial: Preferences) {
  const [preferences, setPreferences] = useState(initial);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => applyDisplay(document.documentElement, preferences), [preferences]);

  const update = useCallback(
    async (patch: PreferencesPatch) => {
      setPreferences({
        language: patch.language ?? preferences.language,
        languageChosen: preferences.languageChosen || patch.language !== undefined,
        theme: patch.theme ?? preferences.theme,
        textSize: patch.textSize ?? preferences.textSize,
        paperSize: patch.paperSize ?? preferences.paperSize,
        country: patch.country ?? preferences.country,
        readingSpeed: patch.readingSpeed ?? preferences.readingSpeed,
      });
      if (patch.language) await (await loadI18next()).changeLanguage(patch.language);
      try {
        setPreferences(await bridge.updatePreferences(patch));
        setSaveError(null);
      } catch (error) {
        setSaveError(error instanceof Error ? error.message : String(error));
      }
    },
    [bridge, preferences],
  );

  return { preferences, update, saveError };
}
