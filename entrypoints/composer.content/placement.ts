/** Where the panel goes beside a composer: pure geometry, unit-tested. */

const GAP = 12;
const MARGIN = 8;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function rect(left: number, top: number, width: number, height: number): Rect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the panel goes: beside the composer's card (right, then left), else below or above it, else along a
 * viewport edge. A place that covers a post button (`avoid`) is never taken while another exists; among the
 * rest, the one covering least of the card wins (the first on a tie).
 */
export function placePanel(card: Rect, size: { width: number; height: number }, viewport: { width: number; height: number }, avoid: readonly Rect[]): { left: number; top: number } {
  const width = Math.min(size.width, viewport.width - 2 * MARGIN);
  const height = Math.min(size.height, viewport.height - 2 * MARGIN);
  const clampTop = (t: number) => Math.max(MARGIN, Math.min(t, viewport.height - height - MARGIN));
  const clampLeft = (l: number) => Math.max(MARGIN, Math.min(l, viewport.width - width - MARGIN));
  const top = clampTop(card.top);
  const candidates = [
    { left: card.right + GAP, top },
    { left: card.left - GAP - width, top },
    { left: clampLeft(card.right - width), top: card.bottom + GAP },
    { left: clampLeft(card.right - width), top: card.top - GAP - height },
    { left: viewport.width - width - MARGIN, top },
    { left: MARGIN, top },
  ];
  const fits = (c: { left: number; top: number }) =>
    c.left >= MARGIN && c.left + width <= viewport.width - MARGIN && c.top >= MARGIN && c.top + height <= viewport.height - MARGIN;
  let best: { left: number; top: number } | null = null;
  let bestCover = Infinity;
  for (const c of candidates) {
    if (!fits(c)) continue;
    const box = rect(c.left, c.top, width, height);
    if (avoid.some((a) => intersects(box, a))) continue;
    const cover = overlapArea(box, card);
    if (cover < bestCover) {
      best = c;
      bestCover = cover;
      if (cover === 0) break;
    }
  }
  if (best) return best;
  // Nowhere is clear: the right edge, lifted above (or put below) the post button it would cover.
  const c = { left: viewport.width - width - MARGIN, top };
  for (const a of avoid) {
    if (intersects(rect(c.left, c.top, width, height), a)) {
      const above = a.top - height - GAP;
      c.top = above >= MARGIN ? above : clampTop(a.bottom + GAP);
    }
  }
  return c;
}
