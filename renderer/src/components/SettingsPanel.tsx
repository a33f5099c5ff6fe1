import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLateText } from '../i18n';
import { isSupportedLanguage } from '../../../shared/i18n/languages';
import { LanguageOptions } from './LanguageOptions';
import { READING_SPEEDS, TEXT_SIZES, THEMES, type Preferences, type PreferencesPatch, type ReadingSpeed, type TextSize, type Theme } from '../../../shared/preferences';
import { useVoices } from '../read-aloud/useVoices';
import { chooseVoice } from '../read-aloud/voices';
import { partRoot } from '../part-live';

interface Props {
  preferences: Preferences;
  onChange: (patch: PreferencesPatch) => void;
}

/** Language, colours, text size and reading speed, in a disclosure so the header stays calm. */
export function SettingsPanel({ preferences, onChange }: Props) {
  // Its text is in the late part of common.json (shared/i18n/common-split.ts).
  useLateText();
  const { t, i18n } = useTranslation();
  const ids = { language: useId(), theme: useId(), textSize: useId(), readingSpeed: useId(), noVoice: useId() };
  const noVoice = chooseVoice(useVoices(), i18n.language) === null;
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' }).of(i18n.language) ?? i18n.language;
  return (
    <details className="settings" {...partRoot('settings')}>
      <summary>{t('settings.title')}</summary>
      <div className="settings-body">
        <div className="field">
          <label htmlFor={ids.language}>{t('language.label')}</label>
          <select
            id={ids.language}
            value={preferences.language}
            onChange={(event) => isSupportedLanguage(event.target.value) && onChange({ language: event.target.value })}
          >
            <LanguageOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.theme}>{t('settings.theme')}</label>
          <select id={ids.theme} value={preferences.theme} onChange={(event) => onChange({ theme: event.target.value as Theme })}>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`settings.themes.${theme}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.textSize}>{t('settings.textSize')}</label>
          <select id={ids.textSize} value={preferences.textSize} onChange={(event) => onChange({ textSize: Number(event.target.value) as TextSize })}>
            {TEXT_SIZES.map((size) => (
              <option key={size} value={size}>
                {t('settings.percent', { value: size })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.readingSpeed}>{t('settings.readingSpeed')}</label>
          <select
            id={ids.readingSpeed}
            value={preferences.readingSpeed}
            aria-describedby={noVoice ? ids.noVoice : undefined}
            onChange={(event) => onChange({ readingSpeed: event.target.value as ReadingSpeed })}
          >
            {READING_SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                {t(`settings.readingSpeeds.${speed}`)}
              </option>
            ))}
          </select>
          {noVoice && (
            <p id={ids.noVoice} className="field-help" data-testid="no-voice">
              {t('settings.noVoice', { language: languageName })}
            </p>
          )}
        </div>
      </div>
    </details>
  );
}
