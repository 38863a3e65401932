#!/usr/bin/env node
// Launcher: runs the TypeScript entry through tsx, so `npx cermat` works right after `npm ci` with no build step.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's tsconfig extends one that `wxt prepare` generates; use it only once it exists, and name it
// explicitly so the command behaves the same from any working directory.
const tsconfig = new URL('../tsconfig.json', import.meta.url);
const generated = new URL('../.wxt/tsconfig.json', import.meta.url);
register({ tsconfig: existsSync(generated) ? fileURLToPath(tsconfig) : false });

await import('./cermat.ts');
