import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { POST_TYPES, type Locale, type PostType } from '@/lib/analysis/types';
import { getDatabase } from '@/lib/db/database';
import { keyPart, type MessageKey, type Translator } from '@/lib/i18n/t';
import { useLocale } from '@/lib/settings/react';
import { BUILTIN_TEMPLATES } from '@/lib/templates/builtins';
import { TemplateStore, TemplateStoreError, type StoredTemplate } from '@/lib/templates/store';
import type { TemplateDefinition } from '@/lib/templates/types';
import { formatProblem, validateTemplate } from '@/lib/templates/validate';
import { Section } from './common';
import { downloadText } from './download';

type Notice =
  | { kind: 'ok'; text: string; undo?: () => Promise<void> }
  | { kind: 'error'; text: string; problems?: string[] };

/** The editor works on the definition's JSON text, so whatever the form cannot show (fields, variants) is kept. */
interface Draft {
  /** The stored id the draft replaces (the definition may rename it). */
  id: string;
  json: string;
  /** Problems from the last save attempt, in the interface language. */
  saveProblems: string[];
}

type Parsed = { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const toJson = (v: unknown) => JSON.stringify(v, null, 2);
const postTypeLabel = (t: Translator, p: PostType) => t(`options.templates.postTypes.${keyPart(p)}` as MessageKey);

function parseDraft(json: string): Parsed {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ok: true, value: value as Record<string, unknown> };
    return { ok: false, reason: 'not an object' };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
}

/** A text of a bilingual title, whatever (lenient) shape the JSON has it in. */
function titlePart(value: unknown, lang: Locale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const v = (value as Record<string, unknown>)[lang];
    return typeof v === 'string' ? v : '';
  }
  return '';
}

function problemsOf(e: unknown, locale: Locale): string[] {
  return e instanceof TemplateStoreError ? e.problems.map((p) => formatProblem(p, locale)) : [reasonOf(e)];
}

function Editor({ draft, onChange, onSave, onCancel }: { draft: Draft; onChange: (json: string) => void; onSave: () => void; onCancel: () => void }) {
  const { t, locale } = useLocale();
  const parsed = parseDraft(draft.json);
  const value = parsed.ok ? parsed.value : null;
  // Live validation, so a mistake shows while typing; a save adds what only the store knows (a taken id).
  const live = useMemo(() => {
    if (!value) return [];
    const result = validateTemplate(value);
    return result.ok ? [] : result.problems.map((p) => formatProblem(p, locale));
  }, [value, locale]);
  const problems = parsed.ok ? [...new Set([...draft.saveProblems, ...live])] : [t('options.templates.notJson', { reason: parsed.reason })];

  const setKey = (key: string, v: unknown) => {
    if (!value) return;
    onChange(toJson({ ...value, [key]: v }));
  };
  const setTitle = (lang: Locale, text: string) => {
    if (!value) return;
    const current = value.title;
    const both = { id: titlePart(current, 'id'), en: titlePart(current, 'en') };
    setKey('title', { ...both, [lang]: text });
  };

  return (
    <form
      className="template-editor"
      data-testid="template-editor"
      data-template-id={draft.id}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <h3>{t('options.templates.editorHeading', { id: draft.id })}</h3>
      <div className="field">
        <label htmlFor="template-title-id">{t('options.templates.titleId')}</label>
        <input id="template-title-id" type="text" data-testid="template-title-id" disabled={!value} value={titlePart(value?.title, 'id')} onChange={(e) => setTitle('id', e.currentTarget.value)} />
      </div>
      <div className="field">
        <label htmlFor="template-title-en">{t('options.templates.titleEn')}</label>
        <input id="template-title-en" type="text" data-testid="template-title-en" disabled={!value} value={titlePart(value?.title, 'en')} onChange={(e) => setTitle('en', e.currentTarget.value)} />
      </div>
      <div className="field">
        <label htmlFor="template-post-type">{t('options.templates.postType')}</label>
        <select id="template-post-type" data-testid="template-post-type" disabled={!value} value={typeof value?.postType === 'string' ? value.postType : ''} onChange={(e) => setKey('postType', e.currentTarget.value)}>
          {POST_TYPES.map((p) => (
            <option key={p} value={p}>
              {postTypeLabel(t, p)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="template-body">{t('options.templates.body')}</label>
        <textarea id="template-body" rows={8} data-testid="template-body" disabled={!value} value={typeof value?.body === 'string' ? value.body : ''} onChange={(e) => setKey('body', e.currentTarget.value)} />
        <p className="hint">{t('options.templates.bodyHint', { example: '{{nama}}' })}</p>
      </div>
      <details className="template-json" open={!parsed.ok}>
        <summary>{t('options.templates.json')}</summary>
        <textarea rows={14} spellCheck={false} data-testid="template-json" aria-label={t('options.templates.json')} value={draft.json} onChange={(e) => onChange(e.currentTarget.value)} />
      </details>
      {problems.length > 0 && (
        <div className="notice error" role="alert">
          {t('options.templates.problems')}
          <ul data-testid="template-problems" data-source="editor">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="buttons">
        <button type="submit" className="primary" data-testid="template-save" disabled={!parsed.ok}>
          {t('options.templates.save')}
        </button>
        <button type="button" className="secondary" data-testid="template-cancel" onClick={onCancel}>
          {t('options.templates.cancel')}
        </button>
      </div>
    </form>
  );
}

export function TemplatesSection() {
  const { t, locale } = useLocale();
  const store = useMemo(() => new TemplateStore(getDatabase()), []);
  const [own, setOwn] = useState<StoredTemplate[] | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    try {
      setOwn(await store.list());
    } catch (e) {
      setOwn([]);
      setNotice({ kind: 'error', text: t('options.templates.storeError', { reason: reasonOf(e) }) });
    }
  }, [store, t]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const title = (d: TemplateDefinition) => d.title[locale];

  const edit = (d: TemplateDefinition) => setDraft({ id: d.id, json: toJson(d), saveProblems: [] });

  const duplicate = async (id: string) => {
    try {
      const copy = await store.duplicate(id);
      await refresh();
      setNotice({ kind: 'ok', text: t('options.templates.duplicated', { title: title(copy) }) });
      // A copy is made to be changed: open it straight away.
      edit(copy);
    } catch (e) {
      setNotice({ kind: 'error', text: t('options.templates.storeError', { reason: problemsOf(e, locale).join('; ') }) });
    }
  };

  const remove = async (stored: StoredTemplate) => {
    try {
      await store.delete(stored.template.id);
      if (draft?.id === stored.template.id) setDraft(null);
      await refresh();
      setNotice({
        kind: 'ok',
        text: t('options.templates.deleted', { title: title(stored.template) }),
        undo: async () => {
          await store.create(stored.template, stored.copiedFrom);
          setNotice(null);
          await refresh();
        },
      });
    } catch (e) {
      setNotice({ kind: 'error', text: t('options.templates.storeError', { reason: problemsOf(e, locale).join('; ') }) });
    }
  };

  const save = async () => {
    if (!draft) return;
    const parsed = parseDraft(draft.json);
    if (!parsed.ok) return;
    try {
      const saved = await store.update(draft.id, parsed.value);
      setDraft(null);
      await refresh();
      setNotice({ kind: 'ok', text: t('options.templates.saved', { title: title(saved) }) });
    } catch (e) {
      // What was typed stays in the editor until it can be saved.
      setDraft({ ...draft, saveProblems: problemsOf(e, locale) });
    }
  };

  const onFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setNotice({ kind: 'error', text: t('options.templates.readError', { file: file.name, reason: reasonOf(e) }) });
      return;
    }
    try {
      const report = await store.import(text, 'rename');
      await refresh();
      const n = report.added.length + report.replaced.length + report.renamed.length;
      const renamed = report.renamed.length ? ` ${t('options.templates.renamed', { list: report.renamed.map((r) => `${r.from} → ${r.to}`).join(', ') })}` : '';
      setNotice({ kind: 'ok', text: `${t('options.templates.imported', { file: file.name, n })}${renamed}` });
    } catch (e) {
      setNotice({ kind: 'error', text: t('options.templates.importInvalid', { file: file.name }), problems: problemsOf(e, locale) });
    }
  };

  const exportAll = async () => {
    try {
      downloadText('cermat-templat.json', await store.export());
    } catch (e) {
      setNotice({ kind: 'error', text: t('options.templates.storeError', { reason: reasonOf(e) }) });
    }
  };

  return (
    <Section id="templates" title={t('options.templates.heading')} intro={t('options.templates.intro')}>
      <div data-testid="templates-section">
        <div className="buttons">
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            data-testid="template-import"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void onFile(file);
            }}
          />
          <button type="button" className="primary" onClick={() => input.current?.click()}>
            {t('options.templates.import')}
          </button>
          <button type="button" className="secondary" data-testid="template-export" disabled={!own?.length} onClick={() => void exportAll()}>
            {t('options.templates.export')}
          </button>
        </div>
        {notice && (
          <div className={`notice ${notice.kind}`} role={notice.kind === 'ok' ? 'status' : 'alert'} data-testid="template-notice" data-kind={notice.kind}>
            {notice.text}
            {notice.kind === 'ok' && notice.undo && (
              <>
                {' '}
                <button type="button" className="link" data-testid="template-undo" onClick={() => void notice.undo?.()}>
                  {t('options.templates.undo')}
                </button>
              </>
            )}
            {notice.kind === 'error' && notice.problems && (
              <ul data-testid="template-problems" data-source="import">
                {notice.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {draft && <Editor draft={draft} onChange={(json) => setDraft({ ...draft, json, saveProblems: [] })} onSave={() => void save()} onCancel={() => setDraft(null)} />}

        <h3>{t('options.templates.ownHeading')}</h3>
        {own && own.length === 0 && <p className="hint">{t('options.templates.none')}</p>}
        {own && own.length > 0 && (
          <ul className="template-list" data-testid="own-templates">
            {own.map((s) => (
              <li key={s.template.id} data-testid="template-row" data-template-id={s.template.id} data-builtin="false">
                <span className="template-name">
                  <strong data-testid="template-title">{title(s.template)}</strong> <code className="sub">{s.template.id}</code>
                  <span className="sub">
                    {postTypeLabel(t, s.template.postType)}
                    {s.copiedFrom && ` · ${t('options.templates.copiedFrom', { id: s.copiedFrom })}`}
                  </span>
                </span>
                <span className="buttons">
                  <button type="button" className="secondary" data-testid="template-edit" onClick={() => edit(s.template)}>
                    {t('options.templates.edit')}
                  </button>
                  <button type="button" className="secondary" data-testid="template-duplicate" onClick={() => void duplicate(s.template.id)}>
                    {t('options.templates.duplicate')}
                  </button>
                  <button type="button" className="secondary danger" data-testid="template-delete" onClick={() => void remove(s)}>
                    {t('options.templates.delete')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}

        <h3>{t('options.templates.builtinHeading')}</h3>
        <ul className="template-list" data-testid="builtin-templates">
          {BUILTIN_TEMPLATES.map((d) => (
            <li key={d.id} data-testid="template-row" data-template-id={d.id} data-builtin="true">
              <span className="template-name">
                <strong data-testid="template-title">{title(d)}</strong> <code className="sub">{d.id}</code>
                <span className="sub">
                  {postTypeLabel(t, d.postType)} · {t('options.templates.builtinBadge')}
                </span>
              </span>
              <span className="buttons">
                <button type="button" className="secondary" data-testid="template-duplicate" onClick={() => void duplicate(d.id)}>
                  {t('options.templates.duplicate')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </Section>
  );
}
