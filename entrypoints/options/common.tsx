import type { ReactNode } from 'react';
import { isLocked } from '@/lib/settings/managed';
import { pageSettingsStore, useLocale, useSettings } from '@/lib/settings/react';

/** Whether a settings path is set by policy (re-renders when the policy changes). */
export function useLocked(path: string): boolean {
  return useSettings((s) => isLocked(s.locked, path));
}

export function LockBadge({ locked }: { locked: boolean }) {
  const { t } = useLocale();
  if (!locked) return null;
  return (
    <span className="lock" data-testid="locked" title={t('common.lockedHint')}>
      <svg aria-hidden="true" width="10" height="12" viewBox="0 0 10 12">
        <path d="M2 5V3.5a3 3 0 0 1 6 0V5h1v7H1V5h1zm1.5 0h3V3.5a1.5 1.5 0 0 0-3 0V5z" fill="currentColor" />
      </svg>{' '}
      {t('common.locked')}
    </span>
  );
}

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="section" id={id} aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p className="intro">{intro}</p>}
      {children}
    </section>
  );
}

/** "Tersimpan" / "Menyimpan…" / the storage's error, with a retry. */
export function SaveBar() {
  const { t } = useLocale();
  const save = useSettings((s) => s.save);
  const problems = useSettings((s) => s.problems);
  return (
    <div className="savebar" aria-live="polite">
      <p className={`save ${save.state}`} data-testid="save-status" data-state={save.state}>
        {save.state === 'pending' && t('save.pending')}
        {save.state === 'saving' && t('save.saving')}
        {save.state === 'saved' && t('save.saved')}
        {save.state === 'error' && (
          <>
            <span role="alert">{t('save.error', { reason: save.error ?? '?' })}</span>{' '}
            <span>{save.backedUp ? t('save.errorKept') : t('save.errorNotKept')}</span>{' '}
            <button type="button" className="secondary" onClick={() => void pageSettingsStore().flush()}>
              {t('common.retry')}
            </button>
          </>
        )}
      </p>
      {problems.length > 0 && (
        <details className="problems" data-testid="load-problems">
          <summary>{t('save.problems')}</summary>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

let counter = 0;
/** Ids for new custom words and checklist items (stable once stored). */
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}`;
}
