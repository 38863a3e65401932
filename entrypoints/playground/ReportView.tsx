import { ELEMENT_KEYS, type ElementResult, type Report } from '@/lib/analysis';
import {
  CATEGORY_LABELS,
  ELEMENT_LABELS,
  LANGUAGE_LABELS,
  POST_TYPE_LABELS,
  SEVERITY_LABELS,
} from './labels';

/**
 * A plain read-out of the engine's Report. The real panel (composer issue) will replace it;
 * the data-testid attributes are what the e2e tests read.
 */

type ElementState = 'found' | 'missing' | 'not-required';

function elementState(e: ElementResult): ElementState {
  if (e.found) return 'found';
  return e.required ? 'missing' : 'not-required';
}

const STATE_LABELS: Record<ElementState, string> = {
  found: 'Ada',
  missing: 'Belum ada',
  'not-required': 'Tidak wajib',
};

function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  if (score >= 80) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}

export function ReportView({ report, millis }: { report: Report; millis: number }) {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const { counts } = report;
  return (
    <section className="report" aria-label="Hasil pemeriksaan" data-testid="playground-report">
      <div className="report-summary">
        <div className={`score score-${scoreBand(report.score)}`}>
          <span className="score-value" data-testid="playground-score">
            {report.score}
          </span>
          <span className="score-label">skor dari 100</span>
        </div>
        <dl className="facts">
          <dt>Bahasa</dt>
          <dd data-testid="playground-language" data-value={report.language}>
            {LANGUAGE_LABELS[report.language]}
          </dd>
          <dt>Jenis unggahan</dt>
          <dd data-testid="playground-post-type" data-value={report.postType}>
            {POST_TYPE_LABELS[report.postType]}
          </dd>
          <dt>Waktu analisis</dt>
          <dd data-testid="playground-timing">{millis.toFixed(1)} ms</dd>
        </dl>
      </div>
      {errors > 0 && (
        <p className="verdict" role="status">
          Ada {errors} kesalahan: jangan terbitkan sebelum diperbaiki.
        </p>
      )}

      <h2>Unsur 5W1H</h2>
      <ul className="elements">
        {ELEMENT_KEYS.map((key) => {
          const e = report.elements[key];
          const state = elementState(e);
          return (
            <li key={key} className={`element element-${state}`} data-testid={`playground-element-${key}`} data-state={state}>
              <span className="element-name">{ELEMENT_LABELS[key]}</span>
              <span className="element-state">{STATE_LABELS[state]}</span>
              {e.evidence && <q className="element-evidence">{e.evidence}</q>}
            </li>
          );
        })}
      </ul>

      <h2>
        Temuan <span className="badge" data-testid="playground-finding-count">{report.findings.length}</span>
      </h2>
      {report.findings.length === 0 ? (
        <p className="empty">Tidak ada temuan.</p>
      ) : (
        <ol className="findings">
          {report.findings.map((f, i) => (
            <li
              key={`${f.rule}:${f.start}:${i}`}
              className={`finding finding-${f.severity}`}
              data-testid="playground-finding"
              data-rule={f.rule}
              data-severity={f.severity}
              data-category={f.category}
            >
              <div className="finding-head">
                <span className="severity">{SEVERITY_LABELS[f.severity]}</span>
                <span className="category">{CATEGORY_LABELS[f.category]}</span>
                <code className="rule">{f.rule}</code>
              </div>
              <p className="finding-message">{f.message}</p>
              <p className="finding-text">
                <q>{f.text}</q>
                {f.suggestion !== null && (
                  <>
                    {' → '}
                    <q className="suggestion">{f.suggestion || '(hapus)'}</q>
                  </>
                )}
              </p>
              <p className="finding-ref">Rujukan: {f.ref}</p>
            </li>
          ))}
        </ol>
      )}

      <h2>Hitungan</h2>
      <dl className="counts">
        <dt>Karakter</dt>
        <dd data-testid="playground-count-characters">{counts.characters}</dd>
        <dt>Panjang menurut platform</dt>
        <dd data-testid="playground-count-weighted">{counts.weighted}</dd>
        <dt>Tagar</dt>
        <dd data-testid="playground-count-hashtags">{counts.hashtags}</dd>
        <dt>Sebutan</dt>
        <dd data-testid="playground-count-mentions">{counts.mentions}</dd>
      </dl>
    </section>
  );
}
