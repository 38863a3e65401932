import { createAdapter } from './adapter';
import data from './selectors/x.json';
import type { SelectorData } from './types';

/** X (Draft.js compose box, Ctrl/Cmd+Enter posts): its selectors are data (selectors/x.json); the shared logic in adapter.ts does the rest. */
export const xAdapter = createAdapter(data as SelectorData);
