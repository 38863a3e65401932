import { createAdapter } from './adapter';
import data from './selectors/youtube.json';
import type { SelectorData } from './types';

/** YouTube Studio (title → youtube-title, description → youtube-description): its selectors are data (selectors/youtube.json); the shared logic in adapter.ts does the rest. */
export const youtubeAdapter = createAdapter(data as SelectorData);
