// Puts the display preferences on <html>, where the stylesheet reads them.
import type { Preferences } from '../../../shared/preferences';

export function applyDisplay(root: HTMLElement, { theme, textSize }: Pick<Preferences, 'theme' | 'textSize'>): void {
  // "system" leaves the attribute off, so the OS's light, dark or high-contrast setting applies.
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.dataset.textSize = String(textSize);
}
