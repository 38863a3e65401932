/** The Report contract of DESIGN.md. Everything outside lib/analysis and lib/rules sees only these types. */

export const LANGUAGES = ['id', 'en', 'jv', 'su', 'ms', 'und'] as const;
export type Language = (typeof LANGUAGES)[number];

export const POST_TYPES = ['event', 'announcement', 'greeting', 'hoax-clarification', 'other'] as const;
export type PostType = (typeof POST_TYPES)[number];

export const ELEMENT_KEYS = ['what', 'who', 'when', 'where', 'why', 'how'] as const;
export type ElementKey = (typeof ELEMENT_KEYS)[number];

export const CATEGORIES = [
  'personal-data',
  'child-protection',
  'hate-speech',
  'profanity',
  'pornography',
  'gambling',
  'political-neutrality',
  'violence-threat',
  'hoax-marker',
  'spelling',
  'style',
  'platform-limit',
  'custom',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PLATFORMS = [
  'x',
  'threads',
  'instagram',
  'tiktok',
  'youtube-title',
  'youtube-description',
  'facebook',
  'linkedin',
  'wordpress',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Interface language of messages. */
export type Locale = 'id' | 'en';

export interface ElementResult {
  found: boolean;
  required: boolean;
  evidence: string | null;
  start: number | null;
  end: number | null;
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  text: string;
  message: string;
  /** Replacement for a one-click fix, or null. */
  suggestion: string | null;
  /** Further candidates, best first (the first equals `suggestion`). */
  suggestions?: string[];
  /** Id of the guideline-reference section. */
  ref: string;
}

export interface Counts {
  /** Unicode code points. */
  characters: number;
  /** Length as the target platform counts it (X's weighted length on `x`, else code points). */
  weighted: number;
  hashtags: number;
  mentions: number;
}

export interface Report {
  language: Language;
  postType: PostType;
  score: number;
  elements: Record<ElementKey, ElementResult>;
  findings: Finding[];
  counts: Counts;
}
