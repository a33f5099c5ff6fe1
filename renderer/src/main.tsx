import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { chooseLanguage, type Language } from '../../shared/i18n/languages';
import { App } from './App';
import { getBridge } from './bridge';
import { initI18n } from './i18n';

async function boot(): Promise<void> {
  const bridge = getBridge();
  let language: Language;
  try {
    language = (await bridge.getPreferences()).language;
  } catch {
    // The host could not answer; start in the browser's language rather than not at all.
    language = chooseLanguage(navigator.languages);
  }
  const i18n = await initI18n(language);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App bridge={bridge} />
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
