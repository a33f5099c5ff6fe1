// Every translation, bundled: the app is offline, and two languages are small. One object serves
// the renderer and the main process (menus, dialogs). Adding a language: add its folder under
// locales/, import it here and list it in SUPPORTED_LANGUAGES.
// The content namespaces (questions, learn, engine, sheet, references, about, crisis) hold the decision
// aid's text; shared/content/text.ts explains how the models refer to them.
import enAbout from '../../locales/en/about.json';
import enCommon from '../../locales/en/common.json';
import enCrisis from '../../locales/en/crisis.json';
import enEngine from '../../locales/en/engine.json';
import enLearn from '../../locales/en/learn.json';
import enMenu from '../../locales/en/menu.json';
import enQuestions from '../../locales/en/questions.json';
import enReferences from '../../locales/en/references.json';
import enSheet from '../../locales/en/sheet.json';
import esAbout from '../../locales/es/about.json';
import esCommon from '../../locales/es/common.json';
import esCrisis from '../../locales/es/crisis.json';
import esEngine from '../../locales/es/engine.json';
import esLearn from '../../locales/es/learn.json';
import esMenu from '../../locales/es/menu.json';
import esQuestions from '../../locales/es/questions.json';
import esReferences from '../../locales/es/references.json';
import esSheet from '../../locales/es/sheet.json';
import type { Language } from './languages';
import type { Namespace } from './namespaces';

export { DEFAULT_NAMESPACE, NAMESPACES, type Namespace } from './namespaces';

export const englishResources = {
  common: enCommon,
  menu: enMenu,
  questions: enQuestions,
  learn: enLearn,
  engine: enEngine,
  sheet: enSheet,
  references: enReferences,
  about: enAbout,
  crisis: enCrisis,
};

export const resources: Record<Language, Record<Namespace, object>> = {
  en: englishResources,
  es: {
    common: esCommon,
    menu: esMenu,
    questions: esQuestions,
    learn: esLearn,
    engine: esEngine,
    sheet: esSheet,
    references: esReferences,
    about: esAbout,
    crisis: esCrisis,
  },
};
