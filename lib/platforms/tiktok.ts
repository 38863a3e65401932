import { createAdapter } from './adapter';
import data from './selectors/tiktok.json';
import type { SelectorData } from './types';

/** TikTok (Draft.js caption in TikTok Studio): its selectors are data (selectors/tiktok.json); the shared logic in adapter.ts does the rest. */
export const tiktokAdapter = createAdapter(data as SelectorData);
