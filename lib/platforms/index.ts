/** The adapters, and which one serves a page. */
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { threadsAdapter } from './threads';
import { tiktokAdapter } from './tiktok';
import type { PlatformAdapter } from './types';
import { wordpressAdapter } from './wordpress';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

export type { AdapterId, ComposerMatch, PlatformAdapter, SelectorData, TextSpan } from './types';

/** Platforms on fixed hosts: the manifest's content script runs on exactly their pages. */
export const PLATFORM_ADAPTERS: readonly PlatformAdapter[] = [
  facebookAdapter,
  instagramAdapter,
  xAdapter,
  tiktokAdapter,
  youtubeAdapter,
  threadsAdapter,
  linkedinAdapter,
];

export const ALL_ADAPTERS: readonly PlatformAdapter[] = [...PLATFORM_ADAPTERS, wordpressAdapter, genericAdapter];

/** The manifest's content-script matches: every platform page, nothing wider. */
export const PLATFORM_MATCHES: readonly string[] = PLATFORM_ADAPTERS.flatMap((a) => a.data.matches);

/**
 * The adapter for a page: a platform by its host; else WordPress by its editor's path; else the generic one
 * (the script runs on other hosts only where the user enabled it).
 */
export function adapterForUrl(url: URL): PlatformAdapter {
  return PLATFORM_ADAPTERS.find((a) => a.matchesUrl(url)) ?? (wordpressAdapter.matchesUrl(url) ? wordpressAdapter : genericAdapter);
}

export { facebookAdapter, genericAdapter, instagramAdapter, linkedinAdapter, threadsAdapter, tiktokAdapter, wordpressAdapter, xAdapter, youtubeAdapter };
