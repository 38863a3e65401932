/**
 * Style (EYD V and accessibility): time and currency formats, sentences opening with digits, very long sentences,
 * lower-case hashtags of several words, repeated words, too many emoji, and template fields left unfilled. One check per file in lib/rules/style/.
 */
import type { Rule } from './types';
import { currencyRule } from './style/currency';
import { emojiRule } from './style/emoji';
import { hashtagCaseRule } from './style/hashtag-case';
import { longSentenceRule } from './style/long-sentence';
import { placeholderRule } from './style/placeholder';
import { repeatedWordRule } from './style/repeated-word';
import { sentenceNumberRule } from './style/sentence-number';
import { timeFormatRule } from './style/time-format';

export const rules: Rule[] = [
  timeFormatRule,
  currencyRule,
  sentenceNumberRule,
  longSentenceRule,
  hashtagCaseRule,
  repeatedWordRule,
  emojiRule,
  placeholderRule,
];
