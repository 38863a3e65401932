/** A section of the offline guideline reference: what a rule's `ref` opens. */

export const CHAPTERS = ['writing', 'hoax', 'law', 'neutrality', 'spelling'] as const;
export type ChapterId = (typeof CHAPTERS)[number];

export const CHAPTER_TITLES: Record<ChapterId, { id: string; en: string }> = {
  writing: { id: 'Menulis unggahan', en: 'Writing a post' },
  hoax: { id: 'Hoaks dan klarifikasi', en: 'Hoaxes and clarifications' },
  law: { id: 'Hukum: UU ITE, UU PDP, UU SPPA', en: 'Law: ITE, personal data, juvenile justice' },
  neutrality: { id: 'Netralitas dan etika ASN', en: 'Civil-service neutrality and ethics' },
  spelling: { id: 'Ejaan (EYD V)', en: 'Spelling (EYD V)' },
};

export interface GuideSectionSource {
  /** Its id: the anchor (`guide.html#uu-pdp-pasal-4`) and the value of a finding's `ref`. */
  id: string;
  chapter: ChapterId;
  title: { id: string; en: string };
  /** One sentence in English for readers of the English interface. */
  summaryEn: string;
  /** Where the content comes from: the law and article, or the document. */
  source: string;
  /** A caution about the source itself (e.g. a regulation whose status could not be verified). */
  status?: string;
  /** Indonesian text in the markup of markup.ts. */
  body: string;
  /** Other words people search for (synonyms, abbreviations) that the text may not use. */
  keywords?: string[];
}
