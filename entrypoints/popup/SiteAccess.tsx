import { useEffect, useState } from 'react';
import { disableSite, enableSite, isPlatformPage, isSiteEnabled, sitePattern } from '@/lib/platforms/site-access';
import { useLocale } from '@/lib/settings/react';

type State = 'unknown' | 'unsupported' | 'platform' | 'enabled' | 'disabled';

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** "Aktifkan Cermat di situs ini" for a site outside the manifest's platforms (optional host permission). */
export function SiteAccess({ url }: { url: string | undefined }) {
  const { t } = useLocale();
  const [state, setState] = useState<State>('unknown');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!url || !sitePattern(url)) {
      setState('unsupported');
      return;
    }
    if (isPlatformPage(url)) {
      setState('platform');
      return;
    }
    isSiteEnabled(url).then(
      (on) => setState(on ? 'enabled' : 'disabled'),
      () => setState('disabled'),
    );
  }, [url]);

  // Called straight from the click: permissions.request needs the user's gesture.
  const enable = () => {
    if (!url) return;
    setMessage(null);
    enableSite(url).then(
      (granted) => {
        setState(granted ? 'enabled' : 'disabled');
        if (!granted) setMessage(t('popup.siteDenied'));
      },
      (e: unknown) => setMessage(t('popup.siteError', { reason: reason(e) })),
    );
  };
  const disable = () => {
    if (!url) return;
    disableSite(url).then(
      (removed) => removed && setState('disabled'),
      (e: unknown) => setMessage(t('popup.siteError', { reason: reason(e) })),
    );
  };

  return (
    <section className="card" data-testid="popup-site" data-state={state}>
      <h2>{t('popup.siteHeading')}</h2>
      {state === 'unsupported' && <p className="hint">{t('popup.siteUnsupported')}</p>}
      {state === 'platform' && <p className="ok">{t('popup.sitePlatform')}</p>}
      {state === 'enabled' && (
        <>
          <p className="ok">{t('popup.siteEnabled')}</p>
          <button type="button" className="secondary" onClick={disable}>
            {t('popup.siteDisable')}
          </button>
        </>
      )}
      {state === 'disabled' && (
        <button type="button" className="primary" data-testid="site-enable" onClick={enable}>
          {t('popup.siteEnable')}
        </button>
      )}
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
