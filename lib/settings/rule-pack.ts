/**
 * Importing an agency rule pack from a file: parse, validate with parseRulePack (every bad entry named), and only
 * then replace the stored pack. A bad file changes nothing.
 */
import { parseRulePack, RulePackError, type DataRulePack } from '../rules/data-rule';

export type PackImport =
  | { ok: true; pack: DataRulePack }
  | { ok: false; kind: 'json'; reason: string }
  | { ok: false; kind: 'invalid'; problems: string[] };

/** Bigger than any sensible pack; a larger file is refused before parsing. */
export const MAX_PACK_BYTES = 2_000_000;

export function importRulePack(text: string, fileName: string): PackImport {
  if (text.length > MAX_PACK_BYTES) return { ok: false, kind: 'invalid', problems: [`${fileName}: larger than 2 MB`] };
  let value: unknown;
  try {
    // A UTF-8 byte-order mark from Windows editors is not an error.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, kind: 'json', reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    return { ok: true, pack: parseRulePack(value, fileName) };
  } catch (error) {
    if (error instanceof RulePackError) return { ok: false, kind: 'invalid', problems: error.problems };
    return { ok: false, kind: 'invalid', problems: [String(error)] };
  }
}

/** The pack as a file an agency can hand out (the same format it was imported in). */
export function exportRulePack(pack: DataRulePack): string {
  const out: Record<string, unknown> = {};
  if (pack.name !== undefined) out.name = pack.name;
  if (pack.version !== undefined) out.version = pack.version;
  out.rules = pack.rules;
  return `${JSON.stringify(out, null, 2)}\n`;
}
