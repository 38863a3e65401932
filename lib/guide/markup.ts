/**
 * The guide's small text format, parsed into blocks the page renders as React elements (never as HTML strings) and
 * the search index reads as plain text. Blocks are separated by a blank line:
 *   ## Heading          a sub-heading
 *   - item              a bulleted list (one item per line)
 *   1. item             a numbered list
 *   > text              a note
 *   + text / x text     a good / a bad example (one per line)
 *   anything else       a paragraph (its lines joined)
 * Inline: **bold**, `code`, [text](#section-id).
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'note'; inlines: Inline[] }
  | { kind: 'examples'; items: { good: boolean; inlines: Inline[] }[] };

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\((#[a-z0-9-]+)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(text); m; m = INLINE.exec(text)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'strong', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'code', text: m[2] });
    else out.push({ kind: 'link', text: m[3]!, href: m[4]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export function parseMarkup(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.trim().split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length) parseChunk(lines, blocks);
  }
  return blocks;
}

function parseChunk(lines: string[], blocks: Block[]): void {
  const first = lines[0]!;
  if (first.startsWith('## ')) {
    blocks.push({ kind: 'heading', inlines: parseInline(first.slice(3)) });
    // A heading may sit right above its paragraph or list, without a blank line.
    if (lines.length > 1) parseChunk(lines.slice(1), blocks);
  } else if (first.startsWith('- ')) {
    blocks.push({ kind: 'list', ordered: false, items: items(lines, /^- /) });
  } else if (/^\d+\. /.test(first)) {
    blocks.push({ kind: 'list', ordered: true, items: items(lines, /^\d+\. /) });
  } else if (first.startsWith('> ')) {
    blocks.push({ kind: 'note', inlines: parseInline(lines.map((l) => l.replace(/^> ?/, '')).join(' ')) });
  } else if (/^[+x] /.test(first)) {
    blocks.push({
      kind: 'examples',
      items: lines.map((l) => ({ good: l.startsWith('+'), inlines: parseInline(l.replace(/^[+x] /, '')) })),
    });
  } else {
    blocks.push({ kind: 'paragraph', inlines: parseInline(lines.join(' ')) });
  }
}

/** List items; a line that does not start a new item continues the previous one. */
function items(lines: string[], marker: RegExp): Inline[][] {
  const texts: string[] = [];
  for (const line of lines) {
    if (marker.test(line) || !texts.length) texts.push(line.replace(marker, ''));
    else texts[texts.length - 1] += ` ${line}`;
  }
  return texts.map(parseInline);
}

export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => i.text).join('');
}

/** The blocks as plain text, one block per line (what search reads and snippets quote). */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'list':
          return b.items.map(inlineText).join('\n');
        case 'examples':
          return b.items.map((i) => inlineText(i.inlines)).join('\n');
        default:
          return inlineText(b.inlines);
      }
    })
    .join('\n');
}

/** Every `#section` a text links to (a test checks they all exist). */
export function linksIn(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const visit = (inlines: readonly Inline[]) => {
    for (const i of inlines) if (i.kind === 'link') out.push(i.href.slice(1));
  };
  for (const b of blocks) {
    if (b.kind === 'list') b.items.forEach(visit);
    else if (b.kind === 'examples') b.items.forEach((i) => visit(i.inlines));
    else visit(b.inlines);
  }
  return out;
}
