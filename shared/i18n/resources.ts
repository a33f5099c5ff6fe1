// Every translation, bundled: the app is offline, and two languages are small. One object serves
// the renderer and the main process (menus, dialogs). Adding a language: add its folder under
// locales/, import it here and list it in SUPPORTED_LANGUAGES.
import enCommon from '../../locales/en/common.json';
import enMenu from '../../locales/en/menu.json';
import esCommon from '../../locales/es/common.json';
import esMenu from '../../locales/es/menu.json';
import type { Language } from './languages';

export const NAMESPACES = ['common', 'menu'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = 'common';

export const englishResources = { common: enCommon, menu: enMenu };

export const resources: Record<Language, Record<Namespace, object>> = {
  en: englishResources,
  es: { common: esCommon, menu: esMenu },
};
