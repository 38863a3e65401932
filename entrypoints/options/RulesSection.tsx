import { CATEGORIES, SEVERITIES, type Category, type Severity } from '@/lib/analysis/types';
import { categoryLabel, severityLabel } from '@/lib/i18n/labels';
import { pageSettingsStore, useLocale, useSettings } from '@/lib/settings/react';
import { LockBadge, Section, useLocked } from './common';

function CategoryRow({ category }: { category: Category }) {
  const { t } = useLocale();
  const enabled = useSettings((s) => s.settings.categories[category] !== false);
  const severity = useSettings((s) => s.settings.severity[category] ?? '');
  const lockedOn = useLocked(`categories.${category}`);
  const lockedSeverity = useLocked(`severity.${category}`);
  const { update } = pageSettingsStore().getState();
  return (
    <tr data-testid="rule-category" data-category={category}>
      <th scope="row">{categoryLabel(t, category)}</th>
      <td>
        <input
          type="checkbox"
          aria-label={`${categoryLabel(t, category)}: ${t('options.rules.enabled')}`}
          data-testid={`category-${category}`}
          checked={enabled}
          disabled={lockedOn}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            update('categories', (c) => {
              const next = { ...c };
              // Only switched-off categories are stored: a new category is on by default.
              if (on) delete next[category];
              else next[category] = false;
              return next;
            });
          }}
        />{' '}
        <LockBadge locked={lockedOn} />
      </td>
      <td>
        <select
          aria-label={`${categoryLabel(t, category)}: ${t('options.rules.severity')}`}
          data-testid={`severity-${category}`}
          value={severity}
          disabled={lockedSeverity || !enabled}
          onChange={(e) => {
            const v = e.currentTarget.value as Severity | '';
            update('severity', (s) => {
              const next = { ...s };
              if (v) next[category] = v;
              else delete next[category];
              return next;
            });
          }}
        >
          <option value="">{t('severity.default')}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityLabel(t, s)}
            </option>
          ))}
        </select>{' '}
        <LockBadge locked={lockedSeverity} />
      </td>
    </tr>
  );
}

export function RulesSection() {
  const { t } = useLocale();
  return (
    <Section id="rules" title={t('options.rules.heading')} intro={t('options.rules.intro')}>
      <table className="rules">
        <thead>
          <tr>
            <th scope="col">{t('options.rules.category')}</th>
            <th scope="col">{t('options.rules.enabled')}</th>
            <th scope="col">{t('options.rules.severity')}</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => (
            <CategoryRow key={c} category={c} />
          ))}
        </tbody>
      </table>
    </Section>
  );
}
