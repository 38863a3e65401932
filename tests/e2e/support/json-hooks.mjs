// Node's ESM loader wants `with { type: 'json' }` on JSON imports; Vite (the build, Vitest) does not.
// The e2e specs import lib/analysis, whose rule data is plain JSON imports, so mark them as JSON here.
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.json')) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return nextLoad(url, context);
}
