import type { FocusEvent } from 'react';
import type { Finding } from '@/lib/analysis/types';
import { Icon } from './icons';
import { clip, replacements } from './model';
import type { PanelStrings } from './strings';

/** Suggestions shown as buttons; more would crowd a 320-pixel panel. */
const MAX_FIXES = 3;

interface FindingItemProps {
  finding: Finding;
  strings: PanelStrings;
  onApplyFix(finding: Finding, replacement: string): void;
  onFocusFinding(finding: Finding | null): void;
  onOpenGuide(ref: string): void;
}

/** One finding: what is wrong, where, the one-click fixes and the guideline that explains it. */
export function FindingItem({ finding, strings, onApplyFix, onFocusFinding, onOpenGuide }: FindingItemProps) {
  const fixes = replacements(finding).slice(0, MAX_FIXES);
  const from = clip(finding.text, 24);

  // Moving focus between the buttons of the same finding is not leaving it: no highlight flicker.
  const onBlur = (e: FocusEvent<HTMLLIElement>) => {
    if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
    onFocusFinding(null);
  };

  return (
    <li
      className={`cp-finding cp-finding-${finding.severity}`}
      data-testid="cermat-finding"
      data-rule={finding.rule}
      data-category={finding.category}
      data-severity={finding.severity}
      onMouseEnter={() => onFocusFinding(finding)}
      onMouseLeave={() => onFocusFinding(null)}
      onFocus={() => onFocusFinding(finding)}
      onBlur={onBlur}
    >
      <div className="cp-finding-head">
        <span className="cp-category" title={finding.rule}>
          {strings.categories[finding.category]}
        </span>
        {finding.text && (
          <q className="cp-offending" title={finding.text}>
            {clip(finding.text, 60)}
          </q>
        )}
      </div>
      <p className="cp-message">{finding.message}</p>
      <div className="cp-actions">
        {fixes.map((replacement, i) => (
          <button
            key={replacement}
            type="button"
            className={`cp-fix${i === 0 ? ' cp-fix-primary' : ''}`}
            data-testid="cermat-apply-fix"
            data-replacement={replacement}
            aria-label={replacement ? strings.fixLabel(finding.text, replacement) : strings.fixDeleteLabel(finding.text)}
            onClick={() => {
              onApplyFix(finding, replacement);
              // The span is gone once the fix lands; its highlight must go too.
              onFocusFinding(null);
            }}
          >
            <s className="cp-fix-from">{from}</s>
            <span aria-hidden="true"> → </span>
            {replacement ? (
              <span className="cp-fix-to">{clip(replacement, 24)}</span>
            ) : (
              <span className="cp-fix-to cp-fix-delete">{strings.fixDelete}</span>
            )}
          </button>
        ))}
        <button
          type="button"
          className="cp-guide"
          aria-label={strings.guideLabel(finding.ref)}
          title={finding.ref}
          onClick={() => onOpenGuide(finding.ref)}
        >
          <Icon name="book" />
          {strings.guide}
        </button>
      </div>
    </li>
  );
}
