import type { ElementKey, Language, PostType } from './types';
import type { TextView } from './text';

/** Which of the six elements each kind of post must tell. A greeting needs none of them. */
export const REQUIRED_ELEMENTS: Record<PostType, readonly ElementKey[]> = {
  event: ['what', 'who', 'when', 'where', 'why'],
  announcement: ['what', 'who', 'when', 'where'],
  greeting: [],
  'hoax-clarification': ['what', 'who'],
  other: ['what', 'who'],
};

/** Placeholder until the classifier lands. */
export function classifyPostType(_view: TextView, _language: Language): PostType {
  return 'other';
}
