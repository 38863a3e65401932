/**
 * The heavy half of the composer content script, injected on demand into the page's content-script world by
 * the background (chrome.scripting.executeScript) once a composer appears: the engine (rules, word lists,
 * language data, the Hunspell dictionary), the templates and the panel (React). Keeping them out of the content
 * script keeps every platform page's start small; the content script finds them on the global object of the world
 * they share.
 */
import aff from '@/assets/dictionaries/id_ID.aff?raw';
import dic from '@/assets/dictionaries/id_ID.dic?raw';
import { analyze } from '@/lib/analysis';
import { loadSpellingDictionary } from '@/lib/rules/spelling';
import { findTemplate, renderTemplate, templateChoices } from '@/lib/templates';
import { PanelHost } from './composer.content/panel-host';
import type { LazyParts } from './composer.content/engine';

export default defineUnlistedScript(() => {
  const parts: LazyParts = {
    analyze,
    createPanel: (ctx) => PanelHost.create(ctx),
    // Parsing the dictionary takes tens of milliseconds: do it when the page is idle, then re-check the draft.
    spellingReady: new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() =>
      loadSpellingDictionary(async (file) => (file === 'id_ID.aff' ? aff : dic)),
    ),
    templateChoices: (locale, custom) => templateChoices(custom, locale),
    renderTemplate(id, platform, profile, custom) {
      const template = findTemplate(id, custom);
      if (!template) return null;
      try {
        return renderTemplate(template, { platform, profile }).text;
      } catch {
        return null;
      }
    },
  };
  (globalThis as { __cermatEngine?: LazyParts }).__cermatEngine = parts;
});
