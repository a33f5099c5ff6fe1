import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isSupportedLanguage } from '../../../shared/i18n/languages';
import { LanguageOptions } from './LanguageOptions';
import { TEXT_SIZES, THEMES, type Preferences, type PreferencesPatch, type TextSize, type Theme } from '../../../shared/preferences';

interface Props {
  preferences: Preferences;
  onChange: (patch: PreferencesPatch) => void;
}

/** Language, colours and text size, in a disclosure so the header stays calm. */
export function SettingsPanel({ preferences, onChange }: Props) {
  const { t } = useTranslation();
  const ids = { language: useId(), theme: useId(), textSize: useId() };
  return (
    <details className="settings">
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
      </div>
    </details>
  );
}
