// Finds a Chromium that can load an unpacked extension. Shared by scripts/start.mjs and the e2e fixtures.
// Playwright cannot download its own browser on every machine, so we use the system's Chromium.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const SYSTEM_PATH = '/usr/bin/chromium';
const PATH_NAMES = ['chromium', 'chromium-browser'];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH, then /usr/bin/chromium, then `chromium` in PATH; null when none is there. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (isExecutable(SYSTEM_PATH)) return SYSTEM_PATH;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of PATH_NAMES) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

/** What to tell a person whose machine has no usable Chromium. */
export function missingChromiumMessage(env = process.env) {
  const lines = env.CHROMIUM_PATH
    ? [`CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", but no executable is there.`]
    : ['No Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium and chromium in PATH).'];
  lines.push(
    'Install it, e.g. on Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at a Chromium or Chrome executable:  CHROMIUM_PATH=/path/to/chrome npm start',
  );
  return lines.join('\n');
}

/** Flags that load one unpacked extension into a quiet, offline-friendly browser. */
export function extensionArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}
