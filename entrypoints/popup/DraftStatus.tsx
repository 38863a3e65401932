import type { Finding, Severity } from '@/lib/analysis/types';
import { ELEMENT_KEYS } from '@/lib/analysis/types';
import { categoryLabel, elementLabel, severityLabel } from '@/lib/i18n/labels';
import { useLocale } from '@/lib/settings/react';
import type { ComposerStatus } from '@/lib/settings/composer-status';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const TOP = 3;

/** The three findings that matter most: errors first, then warnings, in text order. */
export function topFindings(findings: readonly Finding[], n = TOP): Finding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.start - b.start).slice(0, n);
}

const scoreClass = (score: number) => (score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor');

export function DraftStatus({ status }: { status: ComposerStatus | null | undefined }) {
  const { t } = useLocale();
  if (status === undefined) return <section className="card" aria-busy="true" data-testid="popup-draft" />;
  if (!status) {
    return (
      <section className="card" data-testid="popup-draft" data-state="none">
        <h2>{t('popup.draftHeading')}</h2>
        <p className="empty" data-testid="popup-no-draft">
          {t('popup.noDraft')}
        </p>
        <p className="hint">{t('popup.noDraftHint')}</p>
      </section>
    );
  }
  const { report } = status;
  if (!report) {
    return (
      <section className="card" data-testid="popup-draft" data-state="loading">
        <h2>{t('popup.draftHeading')}</h2>
        <p>{t('common.loading')}</p>
      </section>
    );
  }
  const missing = ELEMENT_KEYS.filter((k) => report.elements[k].required && !report.elements[k].found);
  const top = topFindings(report.findings);
  return (
    <section className="card" data-testid="popup-draft" data-state="draft">
      <div className="draft-head">
        <h2>{t('popup.draftHeading')}</h2>
        <span
          className={`score ${scoreClass(report.score)}`}
          data-testid="popup-score"
          aria-label={t('popup.scoreOf', { score: report.score })}
        >
          {report.score}
        </span>
      </div>
      <h3>{t('popup.missing')}</h3>
      {missing.length ? (
        <ul className="chips" data-testid="popup-missing">
          {missing.map((k) => (
            <li key={k} className="chip" data-element={k}>
              {elementLabel(t, k)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="ok">{t('popup.noMissing')}</p>
      )}
      <h3>{t('popup.topFindings')}</h3>
      {top.length ? (
        <ul className="findings">
          {top.map((f) => (
            <li
              key={`${f.rule}:${f.start}`}
              data-testid="popup-finding"
              data-rule={f.rule}
              data-severity={f.severity}
              className={`finding ${f.severity}`}
            >
              <span className="sev">{severityLabel(t, f.severity)}</span>
              <span className="cat">{categoryLabel(t, f.category)}</span>
              <q>{f.text}</q>
              <span className="msg">{f.message}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="ok">{t('popup.noFindings')}</p>
      )}
      {report.findings.length > top.length && (
        <p className="hint">{t('popup.moreFindings', { n: report.findings.length - top.length })}</p>
      )}
    </section>
  );
}
