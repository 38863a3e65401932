/**
 * Platform adapters: which pages a platform owns, where its composers are, how to read and write their text
 * and how a post is sent. Adapters know nothing about rules; the content script glues them to the engine.
 */
import type { Platform } from '../analysis/types';

/** Adapters: one per platform, plus WordPress (any host, by path) and a generic one for user-enabled sites. */
export const ADAPTER_IDS = [
  'facebook',
  'instagram',
  'x',
  'tiktok',
  'youtube',
  'threads',
  'linkedin',
  'wordpress',
  'generic',
] as const;
export type AdapterId = (typeof ADAPTER_IDS)[number];

/** One kind of composer on a platform (YouTube has two: the title and the description). */
export interface ComposerSelector {
  /** The engine platform whose limits apply to text written here; absent on sites with no platform limits. */
  platform?: Platform;
  /** CSS selector of the editable element itself (contenteditable root or textarea). */
  selector: string;
  /** What the user calls it, for the panel and the logs. */
  label: string;
}

/**
 * Selectors of one platform, kept as data (lib/platforms/selectors/<id>.json) because platforms change their DOM
 * more often than we release; a changed DOM only makes Cermat step back, never breaks the site.
 */
export interface SelectorData {
  id: AdapterId;
  name: string;
  /** Match patterns of the pages (the manifest's); empty for adapters that match by path or by user choice. */
  matches: string[];
  /** Pages by path, for platforms on any host (WordPress): regular expression sources tested on the pathname. */
  paths?: string[];
  composers: ComposerSelector[];
  /** Elements whose open shadow roots hold composers (LinkedIn's share box). */
  shadowHosts: string[];
  /** Same-origin iframes that hold composers (Gutenberg's editor canvas). */
  frames: string[];
  /** Buttons that send the post; a click on one (not disabled) counts as a submission. */
  submit: string[];
  /** Button labels (trimmed text or aria-label, case-insensitive) that send the post, for sites whose post
   *  button has no stable attribute; only buttons in the composer's dialog or form count. */
  submitTexts: string[];
  /** Whether Ctrl/Cmd+Enter inside the composer sends the post. */
  submitShortcut: boolean;
  /** Editables that match a composer selector but are not composers (search boxes, chat). */
  exclude: string[];
}

/** A composer found on the page. */
export interface ComposerMatch {
  /** The element the user types into: a contenteditable root or a textarea. */
  element: HTMLElement;
  platform: Platform | undefined;
  label: string;
}

/** Text offsets, UTF-16, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface PlatformAdapter {
  id: AdapterId;
  name: string;
  data: SelectorData;
  /** Whether this adapter serves the page at `url`. */
  matchesUrl(url: URL): boolean;
  /** The composer that holds `element` (the focused element, or the target of an event), or null. */
  composerFor(element: Element): ComposerMatch | null;
  /** Composers now on the page, through the shadow roots and frames the data names. */
  findComposers(doc: Document): ComposerMatch[];
  /** Whether `event` (a click or a keydown, seen at the document) sends the post written in `composer`. */
  isSubmit(event: Event, composer: ComposerMatch): boolean;
}
