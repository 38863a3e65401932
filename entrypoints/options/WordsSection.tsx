import { useState } from 'react';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '@/lib/analysis/types';
import { categoryLabel, severityLabel } from '@/lib/i18n/labels';
import type { MessageKey } from '@/lib/i18n/t';
import { customWordsPack } from '@/lib/settings/engine-options';
import { isLocked } from '@/lib/settings/managed';
import { pageSettingsStore, useLocale, useSettings } from '@/lib/settings/react';
import { customWordProblems, type CustomWord } from '@/lib/settings/schema';
import { LockBadge, newId, Section } from './common';
import { downloadJson } from './download';

type Draft = Omit<CustomWord, 'id'>;
const EMPTY: Draft = { word: '', category: 'custom', severity: 'warning', message: '', suggestion: '' };

export function WordsSection() {
  const { t } = useLocale();
  const words = useSettings((s) => s.settings.customWords);
  const locked = useSettings((s) => s.locked);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const { update } = pageSettingsStore().getState();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const [first] = customWordProblems(draft, words, editing ?? undefined);
    if (first) {
      // What was typed stays in the form until it can be saved.
      setProblem(first);
      return;
    }
    const word: CustomWord = { ...draft, word: draft.word.trim(), id: editing ?? newId('w') };
    update('customWords', (list) => (editing ? list.map((w) => (w.id === editing ? word : w)) : [...list, word]));
    setDraft(EMPTY);
    setEditing(null);
    setProblem(null);
  };

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <Section id="words" title={t('options.words.heading')} intro={t('options.words.intro')}>
      {words.length === 0 ? (
        <p className="hint">{t('options.words.empty')}</p>
      ) : (
        <table className="words">
          <thead>
            <tr>
              <th scope="col">{t('options.words.word')}</th>
              <th scope="col">{t('options.words.category')}</th>
              <th scope="col">{t('options.words.severity')}</th>
              <th scope="col">{t('options.words.suggestion')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {words.map((w) => {
              const lock = isLocked(locked, `customWords.${w.id}`);
              return (
                <tr key={w.id} data-testid="custom-word" data-word={w.word}>
                  <td>
                    {w.word}
                    {w.message && <span className="sub">{w.message}</span>}
                  </td>
                  <td>{categoryLabel(t, w.category)}</td>
                  <td>{severityLabel(t, w.severity)}</td>
                  <td>{w.suggestion}</td>
                  <td className="actions">
                    {lock ? (
                      <LockBadge locked />
                    ) : (
                      <>
                        <button
                          type="button"
                          className="link"
                          onClick={() => {
                            const { id: _id, ...rest } = w;
                            setDraft(rest);
                            setEditing(w.id);
                            setProblem(null);
                          }}
                        >
                          {t('common.edit')}
                        </button>{' '}
                        <button
                          type="button"
                          className="link danger"
                          data-testid="custom-word-delete"
                          onClick={() => update('customWords', (list) => list.filter((x) => x.id !== w.id))}
                        >
                          {t('common.delete')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <form className="word-form" onSubmit={submit} data-testid="custom-word-form">
        <div className="field">
          <label htmlFor="word-word">{t('options.words.word')}</label>
          <input
            type="text"
            id="word-word"
            data-testid="word-input"
            value={draft.word}
            onChange={(e) => set('word', e.currentTarget.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'word-problem' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="word-category">{t('options.words.category')}</label>
          <select id="word-category" value={draft.category} onChange={(e) => set('category', e.currentTarget.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(t, c)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="word-severity">{t('options.words.severity')}</label>
          <select id="word-severity" value={draft.severity} onChange={(e) => set('severity', e.currentTarget.value as Severity)}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {severityLabel(t, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="word-suggestion">{t('options.words.suggestion')}</label>
          <input
            type="text"
            id="word-suggestion"
            data-testid="word-suggestion"
            value={draft.suggestion}
            onChange={(e) => set('suggestion', e.currentTarget.value)}
          />
        </div>
        <div className="field wide">
          <label htmlFor="word-message">{t('options.words.message')}</label>
          <input
            type="text"
            id="word-message"
            data-testid="word-message"
            value={draft.message}
            placeholder={t('options.words.messagePlaceholder')}
            onChange={(e) => set('message', e.currentTarget.value)}
          />
        </div>
        <div className="buttons">
          <button type="submit" className="primary" data-testid="word-save">
            {editing ? t('options.words.saveWord') : t('options.words.add')}
          </button>
          {editing && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setEditing(null);
                setDraft(EMPTY);
                setProblem(null);
              }}
            >
              {t('common.cancel')}
            </button>
          )}
          {words.length > 0 && (
            <button
              type="button"
              className="secondary"
              onClick={() => downloadJson('cermat-kata-khusus.json', customWordsPack(words))}
            >
              {t('options.words.exportPack')}
            </button>
          )}
        </div>
        {problem && (
          <p className="error" id="word-problem" role="alert" data-testid="word-problem">
            {t(problem)}
          </p>
        )}
      </form>
    </Section>
  );
}
