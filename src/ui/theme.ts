/** Which colour theme a surface uses. */
import type { Settings } from '../settings/schema';

export type Theme = 'light' | 'dark';

/** The theme for a setting: `auto` follows `prefersDark` (the page's or the OS's scheme). */
export function resolveTheme(setting: Settings['theme'], prefersDark: boolean): Theme {
  if (setting === 'auto') return prefersDark ? 'dark' : 'light';
  return setting;
}

/** Whether the OS (or browser) asks for dark colours. */
export function systemPrefersDark(win: Window = window): boolean {
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
