// The app's two ways to text, for a component rendered alone: the first chunk's (useText) and
// react-i18next's (the screens and parts loaded apart), both from one i18next instance.
import type { ReactNode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { TextProvider } from '../../renderer/src/text-context';

export function WithText({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <TextProvider i18n={i18n}>{children}</TextProvider>
    </I18nextProvider>
  );
}
