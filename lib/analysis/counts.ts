import twitterText from 'twitter-text';
import type { Counts, Platform } from './types';
import type { TextView } from './text';

/** Lengths and tag counts. X counts URLs as 23 and emoji/CJK as 2 — twitter-text implements its rules. */
export function countText(view: TextView, platform: Platform | undefined): Counts {
  let characters = 0;
  const { text } = view;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate after a high one belongs to the code point before it.
    if (c < 0xdc00 || c > 0xdfff || i === 0 || (text.charCodeAt(i - 1) & 0xfc00) !== 0xd800) characters++;
  }
  let hashtags = 0;
  let mentions = 0;
  for (const t of view.tokens) {
    if (t.kind === 'hashtag') hashtags++;
    else if (t.kind === 'mention') mentions++;
  }
  const weighted = platform === 'x' ? twitterText.parseTweet(text).weightedLength : characters;
  return { characters, weighted, hashtags, mentions };
}
