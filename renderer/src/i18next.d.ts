// Type-safe translation keys: t('welcome.title') is checked against the English files.
import 'i18next';
import type { englishResources } from '../../shared/i18n/resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof englishResources;
  }
}
