import { forwardRef } from 'react';
import { scoreBand } from './model';
import type { PanelStrings } from './strings';
import type { Floating } from './useFloating';

interface CollapsedBadgeProps {
  score: number | null;
  errors: number;
  warnings: number;
  strings: PanelStrings;
  onExpand(): void;
  /** Pointer handlers that let the badge be dragged like the panel's header. */
  dragHandle: Floating['handle'];
}

/** The panel folded into a small round button: the score, and a dot counting what must be fixed. */
export const CollapsedBadge = forwardRef<HTMLButtonElement, CollapsedBadgeProps>(function CollapsedBadge(
  { score, errors, warnings, strings, onExpand, dragHandle },
  ref,
) {
  const band = score === null ? 'none' : scoreBand(score);
  const alert = errors > 0 ? 'error' : warnings > 0 ? 'warning' : null;
  return (
    <button
      ref={ref}
      type="button"
      className={`cp-badge cp-score-${band}`}
      data-testid="cermat-badge"
      aria-expanded="false"
      aria-label={strings.expand(score, errors)}
      title={strings.expand(score, errors)}
      onClick={onExpand}
      {...dragHandle}
    >
      {score === null ? (
        <span aria-hidden="true">C</span>
      ) : (
        <span data-testid="cermat-score" aria-hidden="true">
          {score}
        </span>
      )}
      {alert && (
        <span className={`cp-badge-dot cp-badge-dot-${alert}`} aria-hidden="true">
          {alert === 'error' ? errors : warnings}
        </span>
      )}
    </button>
  );
});
