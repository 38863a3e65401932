/**
 * The template text syntax, parsed once per string: `{{name}}` inserts a field or a profile value,
 * `{{#name}}…{{/name}}` keeps its content only when `name` has a value, `{{^name}}…{{/name}}` only when it has none.
 * The validator and the renderer share this parser, so what validates is exactly what renders.
 */

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; name: string }
  | { kind: 'section'; name: string; inverted: boolean; children: TemplateNode[] };

export interface SyntaxProblem {
  /** Offset of the problem in the template text. */
  at: number;
  message: { id: string; en: string };
}

export type ParseResult = { ok: true; nodes: TemplateNode[] } | { ok: false; problem: SyntaxProblem };

const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z][\w-]*)\s*\}\}|\{\{|\}\}/g;

const cache = new Map<string, ParseResult>();

export function parseTemplateText(source: string): ParseResult {
  const hit = cache.get(source);
  if (hit) return hit;
  const result = parse(source);
  // Templates are few and their texts small: an unbounded cache would still be tiny, but cap it for imports.
  if (cache.size > 500) cache.clear();
  cache.set(source, result);
  return result;
}

function parse(source: string): ParseResult {
  const root: TemplateNode[] = [];
  const stack: { name: string; at: number; children: TemplateNode[] }[] = [];
  let current = root;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    if (m.index > last) current.push({ kind: 'text', text: source.slice(last, m.index) });
    last = m.index + m[0].length;
    const [, sigil, name] = m;
    if (name === undefined) {
      return fail(m.index, {
        id: `"${m[0]}" tanpa pasangan atau nama tempat isian tidak valid (gunakan {{nama}}).`,
        en: `"${m[0]}" without its pair, or an invalid placeholder name (use {{name}}).`,
      });
    }
    if (sigil === '#' || sigil === '^') {
      const section: TemplateNode = { kind: 'section', name, inverted: sigil === '^', children: [] };
      current.push(section);
      stack.push({ name, at: m.index, children: current });
      current = section.children;
    } else if (sigil === '/') {
      const open = stack.pop();
      if (!open) {
        return fail(m.index, { id: `{{/${name}}} menutup bagian yang tidak pernah dibuka.`, en: `{{/${name}}} closes a section that was never opened.` });
      }
      if (open.name !== name) {
        return fail(m.index, {
          id: `{{/${name}}} seharusnya {{/${open.name}}}: bagian ditutup tidak sesuai urutan.`,
          en: `{{/${name}}} should be {{/${open.name}}}: sections closed out of order.`,
        });
      }
      current = open.children;
    } else {
      current.push({ kind: 'slot', name });
    }
  }
  const open = stack.pop();
  if (open) return fail(open.at, { id: `Bagian {{#${open.name}}} tidak ditutup dengan {{/${open.name}}}.`, en: `Section {{#${open.name}}} is not closed with {{/${open.name}}}.` });
  if (last < source.length) root.push({ kind: 'text', text: source.slice(last) });
  return { ok: true, nodes: root };
}

function fail(at: number, message: SyntaxProblem['message']): ParseResult {
  return { ok: false, problem: { at, message } };
}

/** Every name a text uses, in slots and sections. */
export function namesIn(nodes: readonly TemplateNode[], out = new Set<string>()): Set<string> {
  for (const n of nodes) {
    if (n.kind === 'slot') out.add(n.name);
    else if (n.kind === 'section') {
      out.add(n.name);
      namesIn(n.children, out);
    }
  }
  return out;
}
