/**
 * WordPress, on any host: the post editor's path decides (wp-admin/post.php and post-new.php). Gutenberg keeps its
 * blocks in iframe[name=editor-canvas] (same origin), each block its own contenteditable: the composer is the block
 * list, read as one text, one line per block. The classic editor is textarea#content (TinyMCE's Visual tab is an
 * iframe with a contenteditable body). Because agencies host WordPress anywhere, this adapter only runs where the
 * user enabled Cermat for the site (optional host permission, see site-access.ts).
 */
import { createAdapter } from './adapter';
import data from './selectors/wordpress.json';
import type { SelectorData } from './types';

export const wordpressAdapter = createAdapter(data as SelectorData);
