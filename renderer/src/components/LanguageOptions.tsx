import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES, type Language } from '../../../shared/i18n/languages';

/** The <option>s of a language picker: each language named in itself, marked with its lang. */
export function LanguageOptions({ except }: { except?: Language }) {
  return (
    <>
      {SUPPORTED_LANGUAGES.filter((language) => language !== except).map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </>
  );
}
