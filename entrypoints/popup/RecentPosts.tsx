import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { PostSummary } from '@/lib/history/search';
import { sendMessage } from '@/lib/messaging';
import { useLocale } from '@/lib/settings/react';

const LIMIT = 5;
const PREVIEW = 90;

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW ? `${line.slice(0, PREVIEW - 1)}…` : line;
}

/** The last posts, from the background's history ('history-recent'). */
export function RecentPosts() {
  const { t, locale } = useLocale();
  const [posts, setPosts] = useState<PostSummary[] | null | undefined>(undefined);

  useEffect(() => {
    let stop = false;
    sendMessage({ type: 'history-recent', limit: LIMIT, status: 'posted' }).then(
      (answer) => {
        if (!stop) setPosts(Array.isArray(answer) ? answer.slice(0, LIMIT) : null);
      },
      () => {
        if (!stop) setPosts(null);
      },
    );
    return () => {
      stop = true;
    };
  }, []);

  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  const open = () => {
    const getURL = browser.runtime.getURL as (p: string) => string;
    void browser.tabs.create({ url: getURL('/riwayat.html') });
  };

  return (
    <section className="card" data-testid="popup-recent">
      <h2>{t('popup.recentHeading')}</h2>
      {posts === undefined ? null : posts === null ? (
        <p className="hint">{t('popup.recentUnavailable')}</p>
      ) : posts.length === 0 ? (
        <p className="hint" data-testid="recent-empty">
          {t('popup.recentEmpty')}
        </p>
      ) : (
        <ul className="recent">
          {posts.map((p) => (
            <li key={p.uid} data-testid="recent-post">
              <button type="button" className="link" onClick={open}>
                {preview(p.text)}
              </button>
              <span className="meta">
                {p.platform} · {date.format(p.postedAt ?? p.createdAt)}
                {p.score !== null && ` · ${t('popup.score')} ${p.score}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
