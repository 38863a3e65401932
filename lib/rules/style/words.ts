/** Word lists of the style checks (lib/rules/data/style/style.json), as Sets. */
import data from '../data/style/style.json';

export const ACRONYMS: ReadonlySet<string> = new Set(data.acronyms);
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(data.functionWords);
export const MONTHS: ReadonlySet<string> = new Set(data.months);
/** Two-letter words a hashtag may be split into (beside the acronyms). */
export const SHORT_WORDS: ReadonlySet<string> = new Set(data.shortWords);
