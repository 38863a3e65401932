import { autoCheckLabel, checklistLabel } from '@/lib/i18n/labels';
import { pageSettingsStore, useLocale, useSettings } from '@/lib/settings/react';
import { AUTO_CHECKS, BUILT_IN_CHECKLIST_IDS, DEFAULT_CHECKLIST, type AutoCheck, type ChecklistItem } from '@/lib/settings/schema';
import { LockBadge, newId, Section, useLocked } from './common';

function setItems(fn: (items: ChecklistItem[]) => ChecklistItem[]) {
  pageSettingsStore().getState().update('checklist', fn);
}
const patch = (id: string, p: Partial<ChecklistItem>) => setItems((items) => items.map((i) => (i.id === id ? { ...i, ...p } : i)));

export function ChecklistSection() {
  const { t } = useLocale();
  const items = useSettings((s) => s.settings.checklist);
  const locked = useLocked('checklist');

  return (
    <Section id="checklist" title={t('options.checklist.heading')} intro={t('options.checklist.intro')}>
      <LockBadge locked={locked} />
      <ol className="checklist-editor">
        {items.map((item) => {
          const builtIn = BUILT_IN_CHECKLIST_IDS.has(item.id);
          return (
            <li key={item.id} data-testid="checklist-edit" data-item={item.id}>
              <input
                type="checkbox"
                aria-label={`${t('options.checklist.show')}: ${checklistLabel(t, item)}`}
                data-testid="checklist-enabled"
                checked={item.enabled}
                disabled={locked}
                onChange={(e) => patch(item.id, { enabled: e.currentTarget.checked })}
              />
              <input
                type="text"
                aria-label={t('options.checklist.label')}
                data-testid="checklist-label"
                value={item.label}
                // A built-in item left empty keeps its label in both languages.
                placeholder={builtIn ? checklistLabel(t, { ...item, label: '' }) : t('options.checklist.newItem')}
                disabled={locked}
                onChange={(e) => patch(item.id, { label: e.currentTarget.value })}
              />
              <select
                aria-label={t('options.checklist.auto')}
                value={item.auto ?? ''}
                disabled={locked}
                onChange={(e) => {
                  const v = e.currentTarget.value as AutoCheck | '';
                  setItems((list) =>
                    list.map((i) => {
                      if (i.id !== item.id) return i;
                      const { auto: _auto, ...rest } = i;
                      return v ? { ...rest, auto: v } : rest;
                    }),
                  );
                }}
              >
                <option value="">{t('options.checklist.autoNone')}</option>
                {AUTO_CHECKS.map((a) => (
                  <option key={a} value={a}>
                    {autoCheckLabel(t, a)}
                  </option>
                ))}
              </select>
              {builtIn ? (
                <span className="sub">{t('options.checklist.builtIn')}</span>
              ) : (
                <button
                  type="button"
                  className="link danger"
                  disabled={locked}
                  onClick={() => setItems((list) => list.filter((i) => i.id !== item.id))}
                >
                  {t('common.delete')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <div className="buttons">
        <button
          type="button"
          className="secondary"
          data-testid="checklist-add"
          disabled={locked}
          onClick={() => setItems((list) => [...list, { id: newId('c'), label: t('options.checklist.newItem'), enabled: true }])}
        >
          {t('options.checklist.add')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={locked}
          onClick={() => setItems(() => DEFAULT_CHECKLIST.map((i) => ({ ...i })))}
        >
          {t('options.checklist.restore')}
        </button>
      </div>
    </Section>
  );
}
