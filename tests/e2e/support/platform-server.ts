/**
 * An HTTPS server that answers for the platforms' REAL hosts (www.facebook.com, x.com, studio.youtube.com …)
 * with the fixture composers in tests/fixtures/platforms, so the extension's real match patterns are what the
 * e2e tests exercise. Chromium is pointed at it with `--host-resolver-rules` (every other host resolves to
 * nothing) and `--ignore-certificate-errors`; `chromiumArgs` has both.
 *
 * Nothing is committed but sources: on first use (`ready()`, or the first request) it makes a throwaway
 * self-signed certificate with `openssl` in a temp dir (read into memory, then deleted) and bundles the pages
 * with esbuild in memory. Listening itself is instant, so a browser can be launched before either is done.
 *
 * Adding a platform fixture:
 *   1. Write tests/fixtures/platforms/<name>.ts(x): render the composer with the editor engine the platform
 *      uses (see shared/lexical.ts, shared/draft.tsx), and call `installFixture(name, { fields, mounted,
 *      getText, undo? })` from shared/page.ts, reading the EDITOR'S OWN state; call `changed()` on each state
 *      change and `record()` when the post button is used. Honour `pageParams()` (`?delay=`, `?text=`).
 *   2. Add an entry to PLATFORM_FIXTURES in tests/fixtures/platforms/registry.ts: name, real host and path,
 *      `matches`, entry file, selectors (editor, fields, submit, open/frame/shadowHost when relevant).
 *      A new host is mapped to this server automatically (FIXTURE_HOSTS).
 *   3. tests/e2e/fixtures.spec.ts then checks it loads at its URL, takes typing, execCommand and paste into
 *      the editor's state, and records a post. Stylesheets import as text (esbuild `text` loader; declare the
 *      module in shared/assets.d.ts).
 *
 * Run it alone (e.g. to try a fixture by hand or for a benchmark): `npx tsx tests/e2e/support/platform-server.ts`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { createSecureContext, type SecureContext } from 'node:tls';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { build } from 'esbuild';
import { FIXTURE_HOSTS, fixtureForUrl, PLATFORM_FIXTURES, type PlatformFixture } from '../../fixtures/platforms/registry';

const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/platforms');
/** Where the bundles are served on every fixture host. */
const ASSET_PREFIX = '/__cermat_fixture__/';

export interface PrepareStats {
  certMs: number;
  buildMs: number;
  /** Wall time of the whole preparation (certificate and bundles run in parallel). */
  totalMs: number;
  bundleBytes: number;
}

export interface PlatformServer {
  port: number;
  hosts: readonly string[];
  /** The `--host-resolver-rules` value: fixture hosts to this server, every other host to nothing. */
  resolverRules: string;
  /** Flags for Chromium: the resolver rules and `--ignore-certificate-errors`. */
  chromiumArgs: string[];
  /** Makes the certificate and the bundles (once); later calls return the same result. */
  ready(): Promise<PrepareStats>;
  close(): Promise<void>;
}

const exec = promisify(execFile);

async function makeCertificate(): Promise<{ key: string; cert: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'cermat-fixture-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    const san = FIXTURE_HOSTS.map((host) => `DNS:${host}`).join(',');
    await exec('openssl', [
      'req', '-x509', '-nodes', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
      '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=Cermat platform fixtures',
      '-addext', `subjectAltName=${san}`,
    ]).catch((error: NodeJS.ErrnoException) => {
      throw new Error(
        error.code === 'ENOENT'
          ? 'The platform fixture server needs `openssl` to make its throwaway certificate: install it (apt-get install -y openssl).'
          : `openssl could not make the fixture certificate: ${error.message}`,
      );
    });
    return { key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Bundles every fixture page in memory: file name (`x.js`) → code. */
async function bundleFixtures(): Promise<Map<string, Uint8Array>> {
  const entries = [...new Set(PLATFORM_FIXTURES.map((f) => f.entry))].map((entry) => join(FIXTURES_DIR, entry));
  const result = await build({
    entryPoints: entries,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    // The editors' production builds, as the platforms ship them (Lexical picks its build by export condition).
    conditions: ['production'],
    loader: { '.css': 'text' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    outdir: '/fixtures',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  return new Map(result.outputFiles.map((file) => [basename(file.path), file.contents]));
}

function bundleName(fixture: PlatformFixture): string {
  return `${basename(fixture.entry, extname(fixture.entry))}.js`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(fixture: PlatformFixture): string {
  return (
    '<!doctype html><html lang="id"><head><meta charset="utf-8">' +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(fixture.title)}</title>` +
    `</head><body><script src="${ASSET_PREFIX}${bundleName(fixture)}"></script></body></html>`
  );
}

export async function startPlatformServer(options: { port?: number } = {}): Promise<PlatformServer> {
  let secureContext: SecureContext | null = null;
  let bundles = new Map<string, Uint8Array>();
  let preparing: Promise<PrepareStats> | null = null;

  const ready = (): Promise<PrepareStats> => {
    preparing ??= (async () => {
      const started = performance.now();
      const timed = async <T>(work: Promise<T>): Promise<[T, number]> => [await work, performance.now() - started];
      const [[pem, certMs], [built, buildMs]] = await Promise.all([timed(makeCertificate()), timed(bundleFixtures())]);
      secureContext = createSecureContext(pem);
      bundles = built;
      let bundleBytes = 0;
      for (const code of built.values()) bundleBytes += code.byteLength;
      return { certMs, buildMs, totalMs: performance.now() - started, bundleBytes };
    })();
    return preparing;
  };

  const respond = (res: ServerResponse, status: number, type: string, body: string | Uint8Array) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    await ready();
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (!FIXTURE_HOSTS.includes(host)) return respond(res, 421, 'text/plain', `No fixture for host ${host}\n`);
    if (url.pathname.startsWith(ASSET_PREFIX)) {
      const code = bundles.get(url.pathname.slice(ASSET_PREFIX.length));
      return code
        ? respond(res, 200, 'text/javascript; charset=utf-8', code)
        : respond(res, 404, 'text/plain', 'No such fixture bundle\n');
    }
    if (url.pathname === '/favicon.ico') return respond(res, 204, 'image/x-icon', '');
    const fixture = fixtureForUrl(url);
    if (!fixture) return respond(res, 404, 'text/plain', `No fixture page for ${url.href}\n`);
    return respond(res, 200, 'text/html; charset=utf-8', page(fixture));
  };

  const server: Server = createServer(
    {
      // The certificate is made lazily: each TLS handshake waits for it.
      SNICallback: (_servername, callback) => {
        ready().then(
          () => callback(null, secureContext ?? undefined),
          (error: Error) => callback(error),
        );
      },
    },
    (req, res) => {
      handle(req, res).catch((error: Error) => respond(res, 500, 'text/plain', `${error.stack ?? error.message}\n`));
    },
  );
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The platform fixture server has no port');
  const port = address.port;
  const resolverRules = [...FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');

  return {
    port,
    hosts: FIXTURE_HOSTS,
    resolverRules,
    chromiumArgs: [`--host-resolver-rules=${resolverRules}`, '--ignore-certificate-errors'],
    ready,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

// `npx tsx tests/e2e/support/platform-server.ts [port]`: serve until interrupted.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const server = await startPlatformServer({ port: Number(process.argv[2] ?? 0) });
  const stats = await server.ready();
  console.log(`Platform fixtures on 127.0.0.1:${server.port} (ready in ${stats.totalMs.toFixed(0)} ms)`);
  console.log('Start Chromium with:');
  console.log(`  chromium '${server.chromiumArgs[0]}' ${server.chromiumArgs[1]}`);
  for (const fixture of PLATFORM_FIXTURES) console.log(`  ${fixture.name.padEnd(18)} https://${fixture.host}${fixture.path}`);
}
