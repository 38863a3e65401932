/** The process's streams behind a small interface, so commands never touch `process` directly. */

export interface Io {
  stdin: NodeJS.ReadableStream;
  /** True when stdin is a terminal: reading it would wait for typing, so "no input" is reported instead. */
  stdinIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Colour the human-readable output (stdout is a terminal and NO_COLOR is unset). */
  color: boolean;
}

export function processIo(): Io {
  return {
    stdin: process.stdin,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb',
  };
}
