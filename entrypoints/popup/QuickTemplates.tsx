import { useEffect, useMemo, useState } from 'react';
import { getDatabase } from '@/lib/db/database';
import { templateChoices, type TemplateDefinition } from '@/lib/templates';
import { TemplateStore } from '@/lib/templates/store';
import { requestInsertTemplate } from '@/lib/settings/insert-template';
import { useLocale } from '@/lib/settings/react';

type Outcome = 'inserted' | 'no-composer' | 'failed';

/**
 * The built-in templates and the admin's own (read from the extension database), one click each: the tab's composer (active, or the one last used) inserts it at its caret
 * as the panel's picker does. Without a composer in the tab the admin is told to click into the text box first.
 */
export function QuickTemplates({ tabId }: { tabId: number | null | undefined }) {
  const { t, locale } = useLocale();
  const [custom, setCustom] = useState<readonly TemplateDefinition[]>([]);
  useEffect(() => {
    let live = true;
    new TemplateStore(getDatabase())
      .definitions()
      .then((list) => {
        if (live) setCustom(list);
      })
      .catch(() => undefined); // no database: the built-ins still work
    return () => {
      live = false;
    };
  }, []);
  const choices = useMemo(() => templateChoices(custom, locale), [custom, locale]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const insert = async (id: string) => {
    if (busy) return;
    if (tabId == null) {
      setOutcome('no-composer');
      return;
    }
    setBusy(true);
    setOutcome(null);
    const answer = await requestInsertTemplate(tabId, id);
    setBusy(false);
    setOutcome(answer.ok ? 'inserted' : answer.reason);
  };

  const message =
    outcome === 'inserted'
      ? t('popup.quickTemplateInserted')
      : outcome === 'no-composer'
        ? t('popup.quickTemplateNoComposer')
        : outcome === 'failed'
          ? t('popup.quickTemplateFailed')
          : null;

  return (
    <section className="card" data-testid="popup-templates">
      <h2>{t('popup.templatesHeading')}</h2>
      {choices.length ? (
        <ul className="quick-templates">
          {choices.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="quick-template"
                data-testid="popup-template"
                data-template-id={c.id}
                aria-label={t('popup.quickTemplateLabel', { title: c.title })}
                disabled={busy}
                onClick={() => void insert(c.id)}
              >
                {c.title}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('popup.templatesEmpty')}</p>
      )}
      {message && (
        <p className={outcome === 'inserted' ? 'ok' : 'hint'} data-testid="popup-template-message" data-state={outcome ?? ''} role="status">
          {message}
        </p>
      )}
    </section>
  );
}
