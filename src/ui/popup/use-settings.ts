/**
 * Settings as the lookup sees them (loaded, then followed as they change anywhere), and the look
 * they give the document: its language and colour theme.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../settings/schema';
import { loadSettings, watchSettings } from '../../settings/storage';
import type { Lang } from '../../topics/topics';
import { resolveTheme, systemPrefersDark, type Theme } from '../theme';

/** The stored settings, kept current; undefined until they have loaded. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    const lifetime = new AbortController();
    // A change seen before the first read finishes is newer than that read.
    void loadSettings().then(({ settings: loaded }) => {
      if (!lifetime.signal.aborted) setSettings((current) => current ?? loaded);
    });
    watchSettings(setSettings, lifetime.signal);
    return () => lifetime.abort();
  }, []);
  return settings;
}

/** The colour theme for a theme setting; `auto` follows the system's scheme, also as it changes. */
export function useTheme(setting: Settings['theme']): Theme {
  const [prefersDark, setPrefersDark] = useState(() => systemPrefersDark());
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const onChange = () => setPrefersDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return resolveTheme(setting, prefersDark);
}

/** Puts the language, theme and title on the document (the theme classes live in theme.css). */
export function useDocumentLook(lang: Lang, theme: Theme, title: string): void {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang === 'zh' ? 'zh-CN' : 'en';
    root.classList.toggle('vl-theme-light', theme === 'light');
    root.classList.toggle('vl-theme-dark', theme === 'dark');
    document.title = title;
  }, [lang, theme, title]);
}
