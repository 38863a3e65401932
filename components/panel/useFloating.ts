import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { PanelPosition } from './types';

/** Distance a pointer must travel before a press becomes a drag, so a click with a shaky hand stays a click. */
const DRAG_THRESHOLD = 4;
/** Gap kept between the panel and the viewport's edges. */
const MARGIN = 8;

interface DragState {
  pointerId: number;
  offsetX: number;
  offsetY: number;
  startX: number;
  startY: number;
  width: number;
  height: number;
  moving: boolean;
  /** The last position set by this drag (state may not have re-rendered when the pointer is released). */
  last: PanelPosition | null;
}

function clampToViewport(x: number, y: number, width: number, height: number): PanelPosition {
  const maxX = Math.max(MARGIN, window.innerWidth - width - MARGIN);
  const maxY = Math.max(MARGIN, window.innerHeight - height - MARGIN);
  return {
    x: Math.round(Math.min(Math.max(MARGIN, x), maxX)),
    y: Math.round(Math.min(Math.max(MARGIN, y), maxY)),
  };
}

export interface Floating {
  /** Null while the panel sits in its host's flow. */
  position: PanelPosition | null;
  /** Spread on a drag handle (the header, the collapsed badge). */
  handle: {
    onPointerDown(e: ReactPointerEvent<HTMLElement>): void;
    onPointerMove(e: ReactPointerEvent<HTMLElement>): void;
    onPointerUp(e: ReactPointerEvent<HTMLElement>): void;
    onPointerCancel(e: ReactPointerEvent<HTMLElement>): void;
  };
  /** Keyboard moves (arrow keys on the handle). */
  moveBy(dx: number, dy: number): void;
  /** True once after a press that turned into a drag: the click that follows it should do nothing. */
  consumeDrag(): boolean;
  /** Keeps the panel inside the viewport after its size changed (collapse, expand). */
  reclamp(): void;
}

/**
 * Dragging by pointer events with pointer capture, kept inside the viewport. The position is the panel's
 * top-left corner in viewport pixels; the caller hears of it once a move ends, to remember it.
 */
export function useFloating(
  rootRef: RefObject<HTMLElement | null>,
  initial: PanelPosition | null | undefined,
  onMove: ((position: PanelPosition) => void) | undefined,
): Floating {
  const [position, setPosition] = useState<PanelPosition | null>(initial ?? null);
  const positionRef = useRef(position);
  positionRef.current = position;
  const drag = useRef<DragState | null>(null);
  const dragged = useRef(false);
  const onMoveRef = useRef(onMove);
  onMoveRef.current = onMove;

  // A remembered position arriving later (read from storage) wins over the flow placement.
  const initialX = initial?.x;
  const initialY = initial?.y;
  useEffect(() => {
    if (initialX === undefined || initialY === undefined) return;
    const el = rootRef.current;
    const rect = el?.getBoundingClientRect();
    setPosition(clampToViewport(initialX, initialY, rect?.width ?? 0, rect?.height ?? 0));
  }, [initialX, initialY, rootRef]);

  const reclamp = useCallback(() => {
    const current = positionRef.current;
    const el = rootRef.current;
    if (!current || !el) return;
    const rect = el.getBoundingClientRect();
    const next = clampToViewport(current.x, current.y, rect.width, rect.height);
    if (next.x !== current.x || next.y !== current.y) setPosition(next);
  }, [rootRef]);

  useEffect(() => {
    if (!position) return;
    window.addEventListener('resize', reclamp);
    return () => window.removeEventListener('resize', reclamp);
  }, [position, reclamp]);

  const finish = (e: ReactPointerEvent<HTMLElement>) => {
    const state = drag.current;
    if (!state || state.pointerId !== e.pointerId) return;
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    if (state.moving) {
      dragged.current = true;
      if (state.last) onMoveRef.current?.(state.last);
    }
  };

  const handle: Floating['handle'] = {
    onPointerDown(e) {
      if (e.button !== 0 || !e.isPrimary) return;
      // Buttons inside a handle (collapse) stay buttons.
      if (e.target instanceof Element && e.target.closest('[data-no-drag]')) return;
      const el = rootRef.current;
      if (!el) return;
      const rect = el.getBoundingClientRect();
      drag.current = {
        pointerId: e.pointerId,
        offsetX: e.clientX - rect.left,
        offsetY: e.clientY - rect.top,
        startX: e.clientX,
        startY: e.clientY,
        width: rect.width,
        height: rect.height,
        moving: false,
        last: null,
      };
      dragged.current = false;
      e.currentTarget.setPointerCapture(e.pointerId);
    },
    onPointerMove(e) {
      const state = drag.current;
      if (!state || state.pointerId !== e.pointerId) return;
      if (!state.moving) {
        if (Math.hypot(e.clientX - state.startX, e.clientY - state.startY) < DRAG_THRESHOLD) return;
        state.moving = true;
      }
      state.last = clampToViewport(e.clientX - state.offsetX, e.clientY - state.offsetY, state.width, state.height);
      setPosition(state.last);
    },
    onPointerUp: finish,
    onPointerCancel: finish,
  };

  const moveBy = (dx: number, dy: number) => {
    const el = rootRef.current;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    const next = clampToViewport(rect.left + dx, rect.top + dy, rect.width, rect.height);
    setPosition(next);
    onMoveRef.current?.(next);
  };

  const consumeDrag = () => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  };

  return { position, handle, moveBy, consumeDrag, reclamp };
}
