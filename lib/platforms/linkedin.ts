import { createAdapter } from './adapter';
import data from './selectors/linkedin.json';
import type { SelectorData } from './types';

/** LinkedIn (Quill share box inside an open shadow root): its selectors are data (selectors/linkedin.json); the shared logic in adapter.ts does the rest. */
export const linkedinAdapter = createAdapter(data as SelectorData);
