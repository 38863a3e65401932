/**
 * The heavy half of the composer content script, injected on demand into the page's content-script world by
 * the background (chrome.scripting.executeScript) once a composer appears: the engine (rules, word lists,
 * language data) and the panel (React). Keeping both out of the content script keeps every platform page's
 * start small; the content script finds them on the global object of the world they share.
 */
import { analyze } from '@/lib/analysis';
import { PanelHost } from './composer.content/panel-host';
import type { LazyParts } from './composer.content/engine';

export default defineUnlistedScript(() => {
  const parts: LazyParts = { analyze, createPanel: (ctx) => PanelHost.create(ctx) };
  (globalThis as { __cermatEngine?: LazyParts }).__cermatEngine = parts;
});
