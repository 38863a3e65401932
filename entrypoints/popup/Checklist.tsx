import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { checklistLabel, reasonText } from '@/lib/i18n/labels';
import { checklistState } from '@/lib/settings/checklist';
import { draftKey, loadTicks, saveTicks } from '@/lib/settings/checklist-ticks';
import { useLocale, useSettings } from '@/lib/settings/react';
import type { StorageAreaLike } from '@/lib/settings/storage';
import type { ComposerStatus } from '@/lib/settings/composer-status';

const local = () => browser.storage.local as unknown as StorageAreaLike;
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function Checklist({ status, tabUrl }: { status: ComposerStatus | null; tabUrl: string | undefined }) {
  const { t } = useLocale();
  const settings = useSettings((s) => s.settings);
  const key = draftKey(status?.url ?? tabUrl ?? '');
  const [manual, setManual] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!key) return;
    let stop = false;
    loadTicks(local(), key).then(
      (ticks) => {
        if (!stop) setManual(ticks);
      },
      (e: unknown) => setError(reason(e)),
    );
    return () => {
      stop = true;
    };
  }, [key]);

  const rows = checklistState(status?.report ?? null, settings, status?.text ?? '', manual);
  const done = rows.filter((r) => r.checked).length;

  const toggle = (id: string, checked: boolean) => {
    const next = { ...manual, [id]: checked };
    // The tick shows at once and stays on screen even if storage refuses it.
    setManual(next);
    if (!key) return;
    saveTicks(local(), key, next).then(
      () => setError(null),
      (e: unknown) => setError(reason(e)),
    );
  };

  return (
    <section className="card" data-testid="popup-checklist">
      <div className="draft-head">
        <h2>{t('checklist.heading')}</h2>
        <span className="progress" data-testid="checklist-progress">
          {t('checklist.progress', { done, total: rows.length })}
        </span>
      </div>
      {!status?.report && <p className="hint">{t('checklist.noDraft')}</p>}
      <ul className="checklist">
        {rows.map(({ item, checked, judgement }) => (
          <li key={item.id} data-testid="checklist-item" data-item={item.id} data-auto={judgement ? 'true' : 'false'}>
            <label>
              <input
                type="checkbox"
                checked={checked}
                disabled={Boolean(judgement) || !key}
                onChange={(e) => toggle(item.id, e.currentTarget.checked)}
              />
              <span>{checklistLabel(t, item)}</span>
            </label>
            {judgement && (
              <span className={`reason ${judgement.ok ? 'ok' : 'bad'}`} data-testid="checklist-reason">
                {t('checklist.auto')}: {reasonText(t, judgement.reason)}
              </span>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className="error" role="alert">
          {t('checklist.saveError', { reason: error })}
        </p>
      )}
    </section>
  );
}
