import type { PanelStrings } from './strings';

interface LengthCounterProps {
  /** Length as the platform counts it (`counts.weighted`). */
  length: number;
  maxLength: number | undefined;
  strings: PanelStrings;
}

/** The draft's length against the platform's limit: amber near it, red past it. */
export function LengthCounter({ length, maxLength, strings }: LengthCounterProps) {
  const limited = maxLength !== undefined && maxLength > 0;
  const ratio = limited ? length / maxLength : 0;
  const level = !limited ? 'none' : ratio > 1 ? 'over' : ratio >= 0.9 ? 'near' : 'ok';
  const label = strings.counterLabel(length, limited ? maxLength : undefined);
  return (
    <span className={`cp-counter cp-counter-${level}`} data-testid="cermat-counter" data-level={level} title={label}>
      <span className="cp-sr-only">{label}</span>
      <span className="cp-counter-text" aria-hidden="true">
        <span className="cp-counter-value">{length}</span>
        {limited ? (
          <span className="cp-counter-max"> / {maxLength}</span>
        ) : (
          <span className="cp-counter-max"> {strings.counterUnit}</span>
        )}
        {level === 'over' && limited && (
          <span className="cp-counter-over"> · {strings.counterOver(length - maxLength)}</span>
        )}
      </span>
      {limited && (
        <span className="cp-counter-bar" aria-hidden="true">
          <span className="cp-counter-fill" style={{ width: `${Math.min(100, ratio * 100)}%` }} />
        </span>
      )}
    </span>
  );
}
