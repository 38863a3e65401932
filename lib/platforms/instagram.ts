import { createAdapter } from './adapter';
import data from './selectors/instagram.json';
import type { SelectorData } from './types';

/** Instagram (Lexical caption box): its selectors are data (selectors/instagram.json); the shared logic in adapter.ts does the rest. */
export const instagramAdapter = createAdapter(data as SelectorData);
