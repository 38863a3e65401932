import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useLocale, useSettings } from '@/lib/settings/react';
import { Checklist } from './Checklist';
import { DraftStatus } from './DraftStatus';
import { QuickTemplates } from './QuickTemplates';
import { RecentPosts } from './RecentPosts';
import { SiteAccess } from './SiteAccess';
import { requestComposerStatus, targetTab, type ComposerStatus, type TargetTab } from '@/lib/settings/composer-status';

/** How often the open popup asks the tab again (the draft may still be analysed when it opens). */
const REFRESH_MS = 2000;

function openPage(path: string) {
  const getURL = browser.runtime.getURL as (p: string) => string;
  void browser.tabs.create({ url: getURL(path) });
}

export function Popup() {
  const { t } = useLocale();
  const ready = useSettings((s) => s.ready);
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [status, setStatus] = useState<ComposerStatus | null | undefined>(undefined);

  useEffect(() => {
    let stop = false;
    let timer = 0;
    void targetTab().then((found) => {
      if (stop) return;
      setTab(found);
      if (!found) {
        setStatus(null);
        return;
      }
      const ask = async () => {
        const answer = await requestComposerStatus(found.id);
        if (stop) return;
        setStatus(answer);
        timer = window.setTimeout(() => void ask(), REFRESH_MS);
      };
      void ask();
    });
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, []);

  if (!ready) return <p className="loading">{t('common.loading')}</p>;

  return (
    <div className="popup">
      <header className="popup-head">
        <h1>{t('popup.title')}</h1>
        <nav className="links">
          <button type="button" className="link" data-testid="open-history" onClick={() => openPage('/riwayat.html')}>
            {t('popup.openHistory')}
          </button>
          <button type="button" className="link" data-testid="open-guide" onClick={() => openPage('/guide.html')}>
            {t('popup.openGuide')}
          </button>
          <button
            type="button"
            className="link"
            data-testid="open-options"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('popup.openOptions')}
          </button>
        </nav>
      </header>
      <DraftStatus status={status} />
      <Checklist status={status ?? null} tabUrl={tab?.url} />
      <SiteAccess url={tab?.url} />
      <QuickTemplates tabId={tab === undefined ? undefined : (tab?.id ?? null)} />
      <RecentPosts />
    </div>
  );
}
