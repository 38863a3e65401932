import { useId, useMemo, useState } from 'react';
import type { Finding, Severity } from '@/lib/analysis/types';
import { FindingItem } from './FindingItem';
import { Icon } from './icons';
import { findingKey, groupBySeverity } from './model';
import type { PanelStrings } from './strings';

/** Findings rendered per group before 'show all': a long draft can raise hundreds. */
export const GROUP_CAP = 5;

interface FindingListProps {
  findings: readonly Finding[];
  strings: PanelStrings;
  onApplyFix(finding: Finding, replacement: string): void;
  onFocusFinding(finding: Finding | null): void;
  onOpenGuide(ref: string): void;
}

/** Findings grouped by severity (errors first), each group capped until the user asks for all. */
export function FindingList({ findings, strings, ...handlers }: FindingListProps) {
  const baseId = useId();
  const groups = useMemo(() => groupBySeverity(findings), [findings]);
  const [expanded, setExpanded] = useState<Record<Severity, boolean>>({ error: false, warning: false, info: false });

  if (groups.length === 0) {
    return (
      <p className="cp-empty">
        <Icon name="check" />
        {strings.noFindings}
      </p>
    );
  }

  return (
    <div className="cp-findings">
      {groups.map(({ severity, items }) => {
        const all = expanded[severity];
        const shown = all ? items : items.slice(0, GROUP_CAP);
        const headingId = `${baseId}-${severity}`;
        return (
          <section key={severity} className={`cp-group cp-group-${severity}`} aria-labelledby={headingId}>
            <h3 className="cp-group-heading" id={headingId}>
              <span className="cp-group-dot" aria-hidden="true" />
              {strings.severities[severity]}
              <span className="cp-count">{items.length}</span>
            </h3>
            <ul className="cp-finding-list">
              {shown.map((f, i) => (
                <FindingItem key={`${findingKey(f)}:${i}`} finding={f} strings={strings} {...handlers} />
              ))}
            </ul>
            {items.length > GROUP_CAP && (
              <button
                type="button"
                className="cp-more"
                aria-expanded={all}
                onClick={() => setExpanded((e) => ({ ...e, [severity]: !all }))}
              >
                <Icon name={all ? 'chevron-up' : 'chevron-down'} />
                {all ? strings.showLess : strings.showAll(items.length)}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
