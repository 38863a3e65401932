import { createAdapter } from './adapter';
import data from './selectors/facebook.json';
import type { SelectorData } from './types';

/** Facebook (Lexical composers): its selectors are data (selectors/facebook.json); the shared logic in adapter.ts does the rest. */
export const facebookAdapter = createAdapter(data as SelectorData);
