/** What a subcommand provides to the entry point's command table (bin/cermat.ts). */
import type { Locale } from '../analysis/types';
import type { Io } from './io';

export interface Command {
  name: string;
  /** One line for `cermat --help`. */
  summary: Record<Locale, string>;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(argv: readonly string[], io: Io): Promise<number>;
}
