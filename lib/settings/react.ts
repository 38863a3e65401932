/**
 * React side of the settings for extension pages: one store per page over browser.storage, loaded once; the
 * translator follows the locale setting (or the browser's language when it is `auto`).
 */
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import type { Locale } from '../analysis/types';
import { createTranslator, type Translator } from '../i18n/t';
import { browserStorage } from './browser-storage';
import { resolveLocale } from './engine-options';
import { createSettingsStore, type SettingsState, type SettingsStore } from './store';

let store: SettingsStore | null = null;

export function pageSettingsStore(): SettingsStore {
  if (!store) {
    const s = createSettingsStore(browserStorage());
    store = s;
    s.load().catch((error: unknown) => {
      s.setState({ ready: true, problems: [`storage: ${error instanceof Error ? error.message : String(error)}`] });
    });
    // A page being closed writes what is pending right away (the debounce would lose it).
    const flushNow = () => void s.flush();
    addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushNow();
    });
  }
  return store;
}

export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(pageSettingsStore(), selector);
}

export function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/** The interface language in force and its translator; also sets the document's lang. */
export function useLocale(): { locale: Locale; t: Translator } {
  const setting = useSettings((s) => s.settings.locale);
  const locale = resolveLocale(setting, uiLanguage());
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
}
