/**
 * The interface strings, from the same files the browser's i18n uses (locales/<locale>.json, turned into
 * _locales/<locale>/messages.json by @wxt-dev/i18n for the manifest). browser.i18n always follows the browser's
 * language; the admin's choice in the options page must win, so pages translate with createTranslator(locale).
 *
 * Syntax, as @wxt-dev/i18n: nested keys joined with `.`, named substitutions `{name}`, and plural forms
 * `one | many` (or `zero | one | many`) picked by the `n` parameter.
 */
import type { Locale } from '../analysis/types';
import en from '../../locales/en.json';
import id from '../../locales/id.json';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key, checked by the compiler against the Indonesian (default) file. */
export type MessageKey = Leaves<typeof id>;
export type MessageParams = Record<string, string | number>;
export type Translator = (key: MessageKey, params?: MessageParams) => string;

export const LOCALES: readonly Locale[] = ['id', 'en'];
export const DEFAULT_LOCALE: Locale = 'id';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}

const TABLES: Record<Locale, Map<string, string>> = {
  id: flatten(id as Tree),
  en: flatten(en as Tree),
};

/** All keys of a locale's file (tests compare the two files). */
export function messageKeys(locale: Locale): string[] {
  return [...TABLES[locale].keys()];
}

function plural(message: string, n: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[n === 1 ? 0 : 1]!;
  if (forms.length === 3) return forms[n === 0 ? 0 : n === 1 ? 1 : 2]!;
  return message;
}

export function format(message: string, params?: MessageParams): string {
  if (!params) return message;
  const text = typeof params.n === 'number' ? plural(message, params.n) : message;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const cache = new Map<Locale, Translator>();

/** A translator for one locale; a key missing there falls back to Indonesian, then to the key itself. */
export function createTranslator(locale: Locale): Translator {
  const ready = cache.get(locale);
  if (ready) return ready;
  const table = TABLES[locale] ?? TABLES[DEFAULT_LOCALE];
  const t: Translator = (key, params) => format(table.get(key) ?? TABLES[DEFAULT_LOCALE].get(key) ?? key, params);
  cache.set(locale, t);
  return t;
}

/** `personal-data` → `personalData`: locale keys allow only letters, digits and `_` in the browser's format. */
export function keyPart(id: string): string {
  return id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}
