/**
 * A small argument parser driven by a table of options, shared by every subcommand. Errors carry a message key
 * rather than text, so they are printed in the language chosen with --lang even when --lang comes later.
 */
import type { Locale } from '../analysis/types';
import { t, type MessageKey } from './messages';

/** Exit codes: 0 it ran, 1 the engine itself failed, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;

/** A problem the user can fix; printed as `cermat: <message>` and ends the run with `exitCode`. */
export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    /** Further lines printed under the message (e.g. every problem in a rule pack). */
    readonly details: string[] = [],
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(key);
    this.name = 'CliError';
  }

  render(locale: Locale): string {
    return [t(locale, this.key, this.params), ...this.details.map((d) => `  - ${d}`)].join('\n');
  }
}

export interface OptionSpec {
  /** Long name without dashes: `platform` for `--platform`. */
  name: string;
  /** One-letter alias without the dash: `h` for `-h`. */
  short?: string;
  /** Placeholder shown in help and in "needs a value" messages; its presence means the option takes a value. */
  value?: string;
}

export interface ParsedArgs {
  /** Flags map to `true`, options with a value to their string. */
  options: Map<string, string | true>;
  positionals: string[];
}

/**
 * Parses `--name value`, `--name=value`, `-h`, `--` (ends options) and `-` (a positional meaning stdin).
 * An option's value is the next argument unless that looks like another long option, so `--jsonl -` reads stdin.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const options = new Map<string, string | true>();
  const positionals: string[] = [];

  const set = (spec: OptionSpec, flag: string, value: string | true) => {
    if (options.has(spec.name) && spec.value) throw new CliError('repeatedOption', { flag });
    options.set(spec.name, value);
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const flag = `--${name}`;
      const spec = byLong.get(name);
      if (!spec) throw new CliError('unknownOption', { flag, command });
      if (!spec.value) {
        if (eq !== -1) throw new CliError('unexpectedValue', { flag });
        set(spec, flag, true);
        continue;
      }
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          value = next;
          i++;
        }
      }
      if (value === undefined || value === '') throw new CliError('missingValue', { flag, hint: spec.value });
      set(spec, flag, value);
      continue;
    }
    if (arg.length > 1 && arg.startsWith('-')) {
      const spec = byShort.get(arg.slice(1));
      if (!spec || spec.value) throw new CliError('unknownOption', { flag: arg, command });
      set(spec, arg, true);
      continue;
    }
    positionals.push(arg);
  }
  return { options, positionals };
}

/** Checks a value against a closed list, naming the flag and the choices when it is not one of them. */
export function oneOf<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new CliError('invalidChoice', { flag, value, choices: choices.join(', ') });
}

/**
 * The message language, looked up before full parsing so that errors about earlier arguments are already
 * printed in it. An invalid value falls back to Indonesian (the full parse then reports it).
 */
export function peekLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'id') return value;
  }
  return 'id';
}
