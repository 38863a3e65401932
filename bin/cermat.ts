/**
 * Entry of the `cermat` command: global flags (--help, --version) and the command table. Each subcommand lives in
 * lib/cli/<name>.ts and only needs an entry in COMMANDS.
 */
import { readFileSync } from 'node:fs';
import { CliError, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, peekLocale } from '../lib/cli/args';
import { checkCommand } from '../lib/cli/check';
import { templatesCommand } from '../lib/cli/templates';
import type { Command } from '../lib/cli/command';
import { processIo, type Io } from '../lib/cli/io';
import { t } from '../lib/cli/messages';

const COMMANDS: Record<string, Command> = {
  [checkCommand.name]: checkCommand,
  [templatesCommand.name]: templatesCommand,
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function help(argv: readonly string[]): string {
  const locale = peekLocale(argv);
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const list = Object.values(COMMANDS)
    .map((c) => `  ${c.name.padEnd(width)}  ${c.summary[locale]}`)
    .join('\n');
  return locale === 'en'
    ? `Cermat ${version()}: checks Indonesian government social-media drafts, entirely on this machine.

Usage: cermat <command> [options]

Commands:
${list}

  cermat <command> --help    options of a command
  cermat --version           the version
`
    : `Cermat ${version()}: pemeriksa draf unggahan media sosial instansi pemerintah, sepenuhnya di mesin ini.

Penggunaan: cermat <perintah> [opsi]

Perintah:
${list}

  cermat <perintah> --help   opsi suatu perintah
  cermat --version           versi
`;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // `cermat --lang en check …` is accepted too: a leading --lang is handed on to the command.
  const lang: string[] = [];
  let args = argv;
  while (args[0] === '--lang' || args[0]?.startsWith('--lang=')) {
    const n = args[0] === '--lang' ? 2 : 1;
    lang.push(...args.slice(0, n));
    args = args.slice(n);
  }
  const [first, ...rest] = args;
  const locale = peekLocale(argv);
  if (first === '--version' || first === '-V') {
    io.out(`${version()}\n`);
    return EXIT_OK;
  }
  if (first === '--help' || first === '-h') {
    io.out(help(argv));
    return EXIT_OK;
  }
  if (first === undefined || first.startsWith('-')) {
    const err =
      first === undefined ? new CliError('noCommand') : new CliError('unknownOption', { flag: first, command: '' });
    io.err(`cermat: ${err.render(locale)}\n\n${help(argv)}`);
    return EXIT_USAGE;
  }
  const command = COMMANDS[first];
  if (!command) {
    const err = new CliError('unknownCommand', { command: first, available: Object.keys(COMMANDS).join(', ') });
    io.err(`cermat: ${err.render(locale)}\n`);
    return EXIT_USAGE;
  }
  return command.run([...lang, ...rest], io);
}

// A closed pipe (`cermat check --jsonl big.jsonl | head`) is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
  throw err;
});

try {
  process.exitCode = await main(process.argv.slice(2), processIo());
} catch (err) {
  process.stderr.write(`cermat: ${t(peekLocale(process.argv), 'internal', { reason: (err as Error)?.stack ?? String(err) })}\n`);
  process.exitCode = EXIT_INTERNAL;
}
