/** The subset of WebExtension match patterns the adapters use: `scheme://host/path` with `*` wildcards. */

export interface MatchPattern {
  scheme: string;
  host: string;
  path: RegExp;
}

const PATTERN = /^(\*|https?|file|ftp):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

export function parseMatchPattern(pattern: string): MatchPattern | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', path: /^\/.*$/ };
  const m = PATTERN.exec(pattern);
  if (!m) return null;
  const path = new RegExp(`^${m[3]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return { scheme: m[1]!, host: m[2]!, path };
}

export function matchesPattern(pattern: string | MatchPattern, url: URL): boolean {
  const p = typeof pattern === 'string' ? parseMatchPattern(pattern) : pattern;
  if (!p) return false;
  const scheme = url.protocol.slice(0, -1);
  if (p.scheme === '*' ? scheme !== 'http' && scheme !== 'https' : p.scheme !== scheme) return false;
  const host = url.hostname;
  if (p.host !== '*') {
    if (p.host.startsWith('*.')) {
      const base = p.host.slice(2);
      if (host !== base && !host.endsWith(`.${base}`)) return false;
    } else if (p.host !== host) return false;
  }
  return p.path.test(url.pathname + url.search);
}
