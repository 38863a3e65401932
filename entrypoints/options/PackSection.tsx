import { useEffect, useMemo, useRef, useState } from 'react';
import type { analyze as Analyze } from '@/lib/analysis';
import type { Finding } from '@/lib/analysis/types';
import { categoryLabel, severityLabel } from '@/lib/i18n/labels';
import { engineOptions, mergedRulePack } from '@/lib/settings/engine-options';
import { pageSettingsStore, uiLanguage, useLocale, useSettings } from '@/lib/settings/react';
import { exportRulePack, importRulePack } from '@/lib/settings/rule-pack';
import { LockBadge, Section, useLocked } from './common';
import { downloadText } from './download';

type Notice =
  | { kind: 'imported'; name: string; n: number }
  | { kind: 'json'; file: string; reason: string }
  | { kind: 'invalid'; file: string; problems: string[] }
  | { kind: 'read'; file: string; reason: string };

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Sample text against the rules in force: shows what the pack and the custom words find. */
function TryRules() {
  const { t } = useLocale();
  const settings = useSettings((s) => s.settings);
  const [text, setText] = useState('');
  const [analyze, setAnalyze] = useState<typeof Analyze | null>(null);

  useEffect(() => {
    if (!text || analyze) return;
    // The engine is loaded only when someone tries it.
    void import('@/lib/analysis').then((m) => setAnalyze(() => m.analyze));
  }, [text, analyze]);

  const pack = mergedRulePack(settings.rulePack, settings.customWords);
  const ids = useMemo(() => new Set(pack?.rules.map((r) => r.id) ?? []), [pack]);
  const findings: Finding[] = useMemo(() => {
    if (!analyze || !text.trim()) return [];
    return analyze(text, engineOptions(settings, { uiLanguage: uiLanguage() })).findings.filter((f) => ids.has(f.rule));
  }, [analyze, text, settings, ids]);

  return (
    <div className="try">
      <h3>{t('options.pack.tryHeading')}</h3>
      <p className="hint">{t('options.pack.tryHint')}</p>
      <textarea
        rows={3}
        data-testid="try-text"
        aria-label={t('options.pack.tryLabel')}
        placeholder={t('options.pack.tryPlaceholder')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {text.trim() && analyze && (
        <ul className="try-findings" data-testid="try-findings">
          {findings.length === 0 && <li className="hint">{t('options.pack.tryNone')}</li>}
          {findings.map((f) => (
            <li key={`${f.rule}:${f.start}`} data-testid="try-finding" data-rule={f.rule} data-severity={f.severity}>
              <strong>{severityLabel(t, f.severity)}</strong> · {categoryLabel(t, f.category)} · <q>{f.text}</q> — {f.message}
              {f.suggestion && <> → <em>{f.suggestion}</em></>}
              <code className="sub">{f.rule}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function PackSection() {
  const { t } = useLocale();
  const pack = useSettings((s) => s.settings.rulePack);
  const locked = useLocked('rulePack');
  const [notice, setNotice] = useState<Notice | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setNotice({ kind: 'read', file: file.name, reason: reasonOf(e) });
      return;
    }
    const result = importRulePack(text, file.name);
    if (!result.ok) {
      setNotice(result.kind === 'json' ? { kind: 'json', file: file.name, reason: result.reason } : { kind: 'invalid', file: file.name, problems: result.problems });
      return;
    }
    pageSettingsStore().getState().update('rulePack', result.pack);
    setNotice({ kind: 'imported', name: result.pack.name ?? file.name, n: result.pack.rules.length });
  };

  const exportPack = () => {
    if (!pack) return;
    downloadText(`${(pack.name ?? 'paket-aturan').replace(/[^\p{L}\p{N}._-]+/gu, '-')}.json`, exportRulePack(pack));
  };

  return (
    <Section id="pack" title={t('options.pack.heading')} intro={t('options.pack.intro')}>
      <p data-testid="pack-current">
        {pack ? t('options.pack.current', { name: pack.name ?? t('options.pack.unnamed'), n: pack.rules.length }) : t('options.pack.none')}{' '}
        <LockBadge locked={locked} />
      </p>
      <div className="buttons">
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          id="pack-file"
          data-testid="pack-file"
          disabled={locked}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void onFile(file);
          }}
        />
        <button type="button" className="primary" disabled={locked} onClick={() => input.current?.click()}>
          {t('options.pack.import')}
        </button>
        <button type="button" className="secondary" disabled={!pack} onClick={exportPack} data-testid="pack-export">
          {t('options.pack.export')}
        </button>
        <button
          type="button"
          className="secondary danger"
          disabled={!pack || locked}
          data-testid="pack-remove"
          onClick={() => {
            pageSettingsStore().getState().update('rulePack', null);
            setNotice(null);
          }}
        >
          {t('options.pack.remove')}
        </button>
      </div>
      {notice && (
        <div className={`notice ${notice.kind === 'imported' ? 'ok' : 'error'}`} role={notice.kind === 'imported' ? 'status' : 'alert'} data-testid="pack-notice" data-kind={notice.kind}>
          {notice.kind === 'imported' && t('options.pack.imported', { name: notice.name, n: notice.n })}
          {notice.kind === 'json' && t('options.pack.notJson', { file: notice.file, reason: notice.reason })}
          {notice.kind === 'read' && t('options.pack.readError', { file: notice.file, reason: notice.reason })}
          {notice.kind === 'invalid' && (
            <>
              {t('options.pack.invalid', { file: notice.file })}
              <ul data-testid="pack-problems">
                {notice.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <TryRules />
    </Section>
  );
}
