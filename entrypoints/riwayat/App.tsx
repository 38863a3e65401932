/**
 * The history page (riwayat.html). An extension page, so it opens the extension's database directly (reads,
 * deletes, reports, backup and restore); the background owns the write queue for posts and drafts coming from
 * composers, and the page asks it for that queue's state ('history-status') to show a failing write.
 * Language: the admin's interface language setting (as the popup and options); `?lang=id|en` overrides it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getDatabase } from '@/lib/db/database';
import { onHistoryChanged } from '@/lib/history/events';
import { purgeTrash, undoDelete } from '@/lib/history/trash';
import type { WriteState } from '@/lib/history/writer';
import { sendMessage } from '@/lib/messaging';
import { resolveLocale } from '@/lib/settings/engine-options';
import { uiLanguage, useSettings } from '@/lib/settings/react';
import { DataSection } from './DataSection';
import { ReportSection } from './ReportSection';
import { SearchSection } from './SearchSection';
import { historyStrings, type HistoryStrings } from './strings';

interface Toast {
  message: string;
  batch: string | null;
  id: number;
}

const TOAST_MS = 10_000;

export function App() {
  const fromUrl = useMemo(() => {
    const lang = new URLSearchParams(location.search).get('lang');
    return lang === 'en' || lang === 'id' ? lang : null;
  }, []);
  const setting = useSettings((st) => st.settings.locale);
  const locale = fromUrl ?? resolveLocale(setting, uiLanguage());
  const s = historyStrings(locale);
  const db = useMemo(() => getDatabase(), []);
  const [version, setVersion] = useState(0);
  const [toast, setToast] = useState<Toast | null>(null);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `Cermat — ${s.title}`;
  }, [locale, s.title]);
  useEffect(() => onHistoryChanged(bump), [bump]);
  useEffect(() => {
    window.addEventListener('focus', bump);
    return () => window.removeEventListener('focus', bump);
  }, [bump]);
  useEffect(() => {
    purgeTrash(db).catch(() => undefined);
  }, [db]);
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast((cur) => (cur?.id === toast.id ? null : cur)), TOAST_MS);
    return () => clearTimeout(t);
  }, [toast]);

  const onDeleted = (batch: string | null, count: number) => {
    if (count) setToast({ message: s.deleted(count), batch, id: Date.now() });
    bump();
  };
  const undo = async (batch: string) => {
    const { restored } = await undoDelete(db, batch);
    setToast({ message: s.restored(restored), batch: null, id: Date.now() });
    bump();
  };

  return (
    <div className="page">
      <header className="page-head no-print">
        <h1>{s.title}</h1>
        <p>{s.intro}</p>
        <nav className="nav">
          <a href="#cari">{s.navSearch}</a>
          <a href="#laporan">{s.navReport}</a>
          <a href="#cadangan">{s.navData}</a>
        </nav>
      </header>
      <WriteStatus s={s} />
      <SearchSection db={db} s={s} version={version} onDeleted={onDeleted} />
      <ReportSection db={db} s={s} version={version} />
      <DataSection db={db} s={s} onRestored={bump} />
      {toast && (
        <div className="toast no-print" role="status" data-testid="history-toast">
          <span>{toast.message}</span>
          {toast.batch && (
            <button type="button" data-testid="history-undo" onClick={() => void undo(toast.batch!)}>
              {s.undo}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** The background's write queue: a banner while records wait or writes fail (retried, never dropped). */
function WriteStatus({ s }: { s: HistoryStrings }) {
  const [state, setState] = useState<WriteState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    let live = true;
    const poll = () => {
      sendMessage({ type: 'history-status' })
        .then((st) => live && setState(st && typeof st.pending === 'number' ? st : null))
        .catch(() => live && setState(null))
        .finally(() => {
          if (live) timer.current = setTimeout(poll, 5000);
        });
    };
    poll();
    return () => {
      live = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);
  if (!state || state.pending === 0) return null;
  return (
    <p className={state.failing ? 'banner error' : 'banner'} role="status" data-testid="history-write-status">
      {state.failing ? s.writeFailing(state.pending, state.lastError) : s.writePending(state.pending)}
    </p>
  );
}
