/**
 * Loads the heavy parts lazily: the engine and the panel. The background injects entrypoints/engine.ts into this
 * frame's content-script world (the same world as this script), where it leaves them on the global object. Only
 * types are imported here, so their code and data stay out of this bundle.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { analyze as Analyze } from '@/lib/analysis';
import type { Locale, Platform } from '@/lib/analysis/types';
import type { TemplateChoice } from '@/components/panel/types';
import type { AgencyProfile, TemplateDefinition } from '@/lib/templates';
import { sendMessage } from '@/lib/messaging';
import type { PanelHost } from './panel-host';

export type AnalyzeFn = typeof Analyze;

export interface LazyParts {
  analyze: AnalyzeFn;
  createPanel(ctx: ContentScriptContext): Promise<PanelHost>;
  /** Resolves when the typo check's dictionary is in; the draft is then checked again. */
  spellingReady: Promise<void>;
  /** Built-ins, then the admin's own templates (`custom`, fetched from the background by the content script). */
  templateChoices(locale: Locale, custom: readonly TemplateDefinition[]): TemplateChoice[];
  /**
   * The template (a built-in or one of `custom`) filled for the platform with the agency profile (unfilled fields
   * stay as [placeholders]).
   */
  renderTemplate(id: string, platform: Platform | undefined, profile: AgencyProfile, custom: readonly TemplateDefinition[]): string | null;
}

interface LazyGlobal {
  __cermatEngine?: LazyParts;
}

let loading: Promise<LazyParts> | null = null;

/** The lazy parts if they are already here. */
export function partsNow(): LazyParts | null {
  return (globalThis as LazyGlobal).__cermatEngine ?? null;
}

/** The engine if it is already here. */
export function engineNow(): AnalyzeFn | null {
  return partsNow()?.analyze ?? null;
}

/** Loads the parts once; later calls share the same promise. A failed load may be retried. */
export function loadParts(): Promise<LazyParts> {
  const ready = partsNow();
  if (ready) return Promise.resolve(ready);
  loading ??= sendMessage({ type: 'load-engine' }).then((answer) => {
    const parts = partsNow();
    if (!answer?.ok || !parts) {
      loading = null;
      throw new Error(`Cermat engine not loaded${answer?.error ? `: ${answer.error}` : ''}`);
    }
    return parts;
  });
  return loading;
}
