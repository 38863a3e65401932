import { createAdapter } from './adapter';
import data from './selectors/threads.json';
import type { SelectorData } from './types';

/** Threads (Lexical composer, labelled Post button): its selectors are data (selectors/threads.json); the shared logic in adapter.ts does the rest. */
export const threadsAdapter = createAdapter(data as SelectorData);
