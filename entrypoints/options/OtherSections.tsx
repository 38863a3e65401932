import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { userSiteOrigins } from '@/lib/platforms/site-access';
import { pageSettingsStore, useLocale, useSettings } from '@/lib/settings/react';
import { RETENTION_MAX, RETENTION_MIN, type LocaleSetting } from '@/lib/settings/schema';
import { LockBadge, Section, useLocked } from './common';

export function HistorySection() {
  const { t } = useLocale();
  const days = useSettings((s) => s.settings.retentionDays);
  const locked = useLocked('retentionDays');
  // The number as typed; only a valid one is stored, an invalid one stays here with a message.
  const [raw, setRaw] = useState(String(days));
  useEffect(() => setRaw((r) => (Number(r) === days ? r : String(days))), [days]);
  const n = Number(raw);
  const valid = raw.trim() !== '' && Number.isInteger(n) && n >= RETENTION_MIN && n <= RETENTION_MAX;
  return (
    <Section id="history" title={t('options.history.heading')}>
      <div className="field">
        <label htmlFor="retention">
          {t('options.history.retention')} <LockBadge locked={locked} />
        </label>
        <input
          id="retention"
          data-testid="retention-days"
          type="number"
          min={RETENTION_MIN}
          max={RETENTION_MAX}
          value={raw}
          disabled={locked}
          aria-invalid={valid ? undefined : true}
          aria-describedby="retention-hint"
          onChange={(e) => {
            const v = e.currentTarget.value;
            setRaw(v);
            const d = Number(v);
            if (v.trim() !== '' && Number.isInteger(d) && d >= RETENTION_MIN && d <= RETENTION_MAX)
              pageSettingsStore().getState().update('retentionDays', d);
          }}
        />
        <p className={valid ? 'hint' : 'error'} id="retention-hint" data-testid="retention-hint">
          {valid
            ? t('options.history.retentionHint', { min: RETENTION_MIN, max: RETENTION_MAX })
            : t('options.history.retentionInvalid', { min: RETENTION_MIN, max: RETENTION_MAX })}
        </p>
      </div>
    </Section>
  );
}

export function LanguageSection() {
  const { t } = useLocale();
  const locale = useSettings((s) => s.settings.locale);
  const locked = useLocked('locale');
  return (
    <Section id="language" title={t('options.language.heading')}>
      <div className="field">
        <label htmlFor="locale">
          {t('options.language.label')} <LockBadge locked={locked} />
        </label>
        <select
          id="locale"
          data-testid="locale-select"
          value={locale}
          disabled={locked}
          onChange={(e) => pageSettingsStore().getState().update('locale', e.currentTarget.value as LocaleSetting)}
        >
          <option value="auto">{t('options.language.auto')}</option>
          <option value="id">{t('options.language.id')}</option>
          <option value="en">{t('options.language.en')}</option>
        </select>
      </div>
    </Section>
  );
}

/** Sites the admin enabled from the popup: the granted optional host permissions are the truth. */
export function SitesSection() {
  const { t } = useLocale();
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    const read = () =>
      browser.permissions.getAll().then(
        ({ origins = [] }) => setSites(userSiteOrigins(origins)),
        () => undefined,
      );
    void read();
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, []);
  return (
    <Section id="sites" title={t('options.sites.heading')} intro={t('options.sites.intro')}>
      {sites.length === 0 ? (
        <p className="hint">{t('options.sites.none')}</p>
      ) : (
        <ul className="sites">
          {sites.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>{' '}
              <button
                type="button"
                className="link danger"
                onClick={() =>
                  void browser.permissions
                    .remove({ origins: [origin] })
                    .then(() => browser.runtime.sendMessage({ type: 'sync-sites' }))
                    .catch(() => undefined)
                }
              >
                {t('options.sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
