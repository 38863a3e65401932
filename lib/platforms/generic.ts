/**
 * Any textarea or contenteditable editor, on a site the user enabled from the popup. No platform limits apply,
 * and there is no post button to recognise: submissions are not recorded here.
 */
import { createAdapter } from './adapter';
import data from './selectors/generic.json';
import type { SelectorData } from './types';

export const genericAdapter = createAdapter(data as SelectorData, { matchesUrl: () => true });
