import { scoreBand } from './model';
import type { PanelStrings } from './strings';

/** The score in a coloured ring; the number alone is the text of the `cermat-score` hook. */
export function ScoreBadge({ score, strings }: { score: number | null; strings: PanelStrings }) {
  if (score === null) {
    return (
      <span className="cp-score cp-score-none" aria-hidden="true">
        –
      </span>
    );
  }
  return (
    <span className={`cp-score cp-score-${scoreBand(score)}`} title={strings.scoreLabel(score)}>
      <span data-testid="cermat-score" aria-hidden="true">
        {score}
      </span>
      <span className="cp-sr-only">{strings.scoreLabel(score)}</span>
    </span>
  );
}
