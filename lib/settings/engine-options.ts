/**
 * Settings → AnalyzeOptions for lib/analysis: categories switched off, severity overrides, the agency's rule pack
 * with the custom words compiled into it, and the interface language of the messages.
 *
 * Only types come from the engine, so the content script can use this without pulling the engine in. The merged
 * pack is memoised: the engine compiles a pack once per pack object (lib/rules compilePack), and the content script
 * asks for options on every keystroke.
 */
import type { AnalyzeOptions } from '../analysis/analyze';
import type { Locale, Platform } from '../analysis/types';
import type { DataRule, DataRulePack } from '../rules/data-rule';
import type { CustomWord, LocaleSetting, Settings } from './schema';

/** The guideline section every custom word points to. */
export const CUSTOM_WORD_REF = 'custom-rules';
/** Rule ids of custom words: `custom-word/<id>`, apart from any pack's ids. */
export const CUSTOM_WORD_RULE_PREFIX = 'custom-word/';

/** The interface language in force: the admin's choice, else the browser's (Indonesian unless it is English). */
export function resolveLocale(setting: LocaleSetting | undefined, uiLanguage?: string): Locale {
  if (setting === 'id' || setting === 'en') return setting;
  return uiLanguage && /^en\b/i.test(uiLanguage) ? 'en' : 'id';
}

function wordRule(word: CustomWord): DataRule {
  const w = word.word.trim();
  const suggestion = word.suggestion.trim();
  const message = word.message.trim()
    ? word.message.trim()
    : {
        id: `“${w}” ditandai oleh instansi Anda. Periksa kembali pilihan kata ini.`,
        en: `Your agency flagged “${w}”. Check this choice of words.`,
      };
  return {
    id: CUSTOM_WORD_RULE_PREFIX + word.id,
    category: word.category,
    severity: word.severity,
    ref: CUSTOM_WORD_REF,
    message,
    // A replacement keeps the original's case in the fix ("Oknum" → "Petugas").
    ...(suggestion ? { replacements: { [w]: suggestion } } : { terms: [w] }),
  };
}

/** The custom words as a rule pack of their own (null when there are none). */
export function customWordsPack(words: readonly CustomWord[]): DataRulePack | null {
  const rules = words.filter((w) => w.word.trim()).map(wordRule);
  return rules.length ? { name: 'custom-words', rules } : null;
}

let memo: { pack: DataRulePack | null; words: readonly CustomWord[]; merged: DataRulePack | undefined } | null = null;

/** The agency pack and the custom words as one pack; the same object while neither changes. */
export function mergedRulePack(pack: DataRulePack | null, words: readonly CustomWord[]): DataRulePack | undefined {
  if (memo && memo.pack === pack && memo.words === words) return memo.merged;
  const custom = customWordsPack(words);
  const merged =
    pack && custom
      ? { name: pack.name, version: pack.version, rules: [...pack.rules, ...custom.rules] }
      : (pack ?? custom ?? undefined);
  memo = { pack, words, merged };
  return merged;
}

export interface EngineContext {
  platform?: Platform;
  /** The browser's UI language (browser.i18n.getUILanguage()), used when the locale setting is `auto`. */
  uiLanguage?: string;
}

export function engineOptions(settings: Settings, context: EngineContext = {}): AnalyzeOptions {
  const options: AnalyzeOptions = {
    locale: resolveLocale(settings.locale, context.uiLanguage),
    categories: settings.categories,
    severity: settings.severity,
  };
  if (context.platform) options.platform = context.platform;
  const rulePack = mergedRulePack(settings.rulePack, settings.customWords);
  if (rulePack) options.rulePack = rulePack;
  return options;
}
