/**
 * The offline guideline reference as data: every section a finding's `ref` can open, in reading order, parsed once.
 * The guide page renders it; search.ts indexes it. Nothing here touches the DOM or the network.
 */
import { HOAX } from './content/hoax';
import { LAW } from './content/law';
import { NEUTRALITY } from './content/neutrality';
import { SPELLING } from './content/spelling';
import { WRITING } from './content/writing';
import { blocksText, parseMarkup, type Block } from './markup';
import type { GuideSectionSource } from './types';

export { CHAPTERS, CHAPTER_TITLES, type ChapterId, type GuideSectionSource } from './types';
export type { Block, Inline } from './markup';

export interface GuideSection extends GuideSectionSource {
  blocks: Block[];
  /** The body as plain text (search, snippets). */
  text: string;
}

export const GUIDE_SECTIONS: readonly GuideSection[] = [...WRITING, ...HOAX, ...LAW, ...NEUTRALITY, ...SPELLING].map((s) => {
  const blocks = parseMarkup(s.body);
  return Object.freeze({ ...s, blocks, text: blocksText(blocks) });
});

const BY_ID = new Map(GUIDE_SECTIONS.map((s) => [s.id, s]));

export function getGuideSection(id: string): GuideSection | undefined {
  return BY_ID.get(id);
}

/** The guide page's path for a section, for `browser.runtime.getURL(guidePath(ref))`. */
export function guidePath(ref?: string): `/guide.html${string}` {
  return ref ? `/guide.html#${encodeURIComponent(ref)}` : '/guide.html';
}
