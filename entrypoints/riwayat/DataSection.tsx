/**
 * Backup ("Cadangkan": the whole history and templates to one JSON file) and restore ("Pulihkan"): the file is
 * read and checked completely first; only then can the admin merge it or replace the history with it, in one
 * transaction. A bad file shows what is wrong and changes nothing.
 */
import { useRef, useState } from 'react';
import type { CermatDatabase } from '@/lib/db/database';
import { BackupError, backupFileName, exportBackup, parseBackup, restoreBackup, type ParsedBackup } from '@/lib/history/backup';
import { download } from './download';
import { formatDate, type HistoryStrings } from './strings';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'confirm'; backup: ParsedBackup; current: number; replacing: boolean };

export function DataSection({ db, s, onRestored }: { db: CermatDatabase; s: HistoryStrings; onRestored(): void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const backup = async () => {
    setState({ kind: 'busy', message: s.backingUp });
    try {
      const [blob, n] = await Promise.all([exportBackup(db), db.posts.count()]);
      download(blob, backupFileName(), 'application/json');
      setState({ kind: 'done', message: s.backupDone(n) });
    } catch (e) {
      setState({ kind: 'error', message: String(e) });
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'busy', message: s.checkingFile });
    try {
      const parsed = await parseBackup(file);
      setState({ kind: 'confirm', backup: parsed, current: await db.posts.count(), replacing: false });
    } catch (e) {
      const message = e instanceof BackupError ? (s.locale === 'id' ? e.message : e.en) : `${String(e)} ${s.dataUntouched}`;
      setState({ kind: 'error', message });
    } finally {
      // Choosing the same file again must fire `change` again.
      if (input.current) input.current.value = '';
    }
  };

  const restore = async (backupData: ParsedBackup, mode: 'merge' | 'replace') => {
    setState({ kind: 'busy', message: s.restoring });
    try {
      const result = await restoreBackup(db, backupData, mode);
      setState({ kind: 'done', message: s.restoreDone(result) });
      onRestored();
    } catch (e) {
      // The transaction was rolled back: nothing was written.
      setState({ kind: 'error', message: `${s.restoreFailed(String(e))} ${s.dataUntouched}` });
    }
  };

  const range = (b: ParsedBackup) =>
    b.firstAt === null || b.lastAt === null ? null : `${formatDate(b.firstAt, s.locale, false)} – ${formatDate(b.lastAt, s.locale, false)}`;

  return (
    <section id="cadangan" className="card no-print" aria-labelledby="data-heading">
      <h2 id="data-heading">{s.dataHeading}</h2>
      <p className="muted">{s.dataIntro}</p>
      <div className="actions">
        <button type="button" data-testid="backup-download" onClick={() => void backup()} disabled={state.kind === 'busy'}>
          {s.backup}
        </button>
        <button type="button" className="secondary" onClick={() => input.current?.click()} disabled={state.kind === 'busy'}>
          {s.restore}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="restore-input"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      <div aria-live="polite">
        {state.kind === 'busy' && <p className="muted">{state.message}</p>}
        {state.kind === 'done' && (
          <p className="ok" data-testid="data-message">
            {state.message}
          </p>
        )}
        {state.kind === 'error' && (
          <p className="error" role="alert" data-testid="restore-error">
            {state.message}
          </p>
        )}
        {state.kind === 'confirm' && (
          <div className="confirm" data-testid="restore-summary">
            <p>{s.fileValid(state.backup.posts.length, state.backup.templates.length, range(state.backup))}</p>
            <div className="choices">
              <div>
                <button type="button" data-testid="restore-merge" onClick={() => void restore(state.backup, 'merge')}>
                  {s.merge}
                </button>
                <p className="muted">{s.mergeHint}</p>
              </div>
              <div>
                {state.replacing ? (
                  <button type="button" className="danger" data-testid="restore-replace-confirm" onClick={() => void restore(state.backup, 'replace')}>
                    {s.confirmReplace}
                  </button>
                ) : (
                  <button type="button" className="secondary" data-testid="restore-replace" onClick={() => setState({ ...state, replacing: true })}>
                    {s.replace}
                  </button>
                )}
                <p className="muted">{s.replaceHint(state.current)}</p>
              </div>
              <div>
                <button type="button" className="secondary" onClick={() => setState({ kind: 'idle' })}>
                  {s.cancel}
                </button>
              </div>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
