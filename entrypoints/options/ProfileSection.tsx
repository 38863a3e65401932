import { useEffect, useState } from 'react';
import { platformLabel } from '@/lib/i18n/labels';
import { pageSettingsStore, useLocale, useSettings } from '@/lib/settings/react';
import { ACCOUNT_PLATFORMS, parseHashtags, type AgencyProfile } from '@/lib/settings/schema';
import { LockBadge, Section, useLocked } from './common';

function setProfile(patch: (p: AgencyProfile) => AgencyProfile) {
  pageSettingsStore().getState().update('profile', patch);
}

function TextField({
  field,
  label,
  placeholder,
  multiline,
}: {
  field: 'agencyName' | 'region' | 'signOff';
  label: string;
  placeholder: string;
  multiline?: boolean;
}) {
  const value = useSettings((s) => s.settings.profile[field]);
  const locked = useLocked(`profile.${field}`);
  const props = {
    id: `profile-${field}`,
    'data-testid': `profile-${field}`,
    value,
    placeholder,
    disabled: locked,
    onChange: (e: { currentTarget: { value: string } }) => {
      const v = e.currentTarget.value;
      setProfile((p) => ({ ...p, [field]: v }));
    },
  };
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {label} <LockBadge locked={locked} />
      </label>
      {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
    </div>
  );
}

/** Hashtags as typed ("#A, #B"): the raw text stays while typing, the list is what is stored. */
function HashtagField() {
  const { t } = useLocale();
  const tags = useSettings((s) => s.settings.profile.hashtags);
  const locked = useLocked('profile.hashtags');
  const [raw, setRaw] = useState(() => tags.map((h) => `#${h}`).join(' '));
  // Follow changes made elsewhere (policy, another page) unless they are just what was typed here.
  useEffect(() => {
    setRaw((current) => (parseHashtags(current).join(' ') === tags.join(' ') ? current : tags.map((h) => `#${h}`).join(' ')));
  }, [tags]);
  return (
    <div className="field">
      <label htmlFor="profile-hashtags">
        {t('options.profile.hashtags')} <LockBadge locked={locked} />
      </label>
      <input
        id="profile-hashtags"
        data-testid="profile-hashtags"
        type="text"
        value={raw}
        disabled={locked}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setRaw(v);
          setProfile((p) => ({ ...p, hashtags: parseHashtags(v) }));
        }}
        aria-describedby="profile-hashtags-hint"
      />
      <p className="hint" id="profile-hashtags-hint">
        {t('options.profile.hashtagsHint')}
      </p>
    </div>
  );
}

function AccountField({ platform }: { platform: (typeof ACCOUNT_PLATFORMS)[number] }) {
  const { t } = useLocale();
  const value = useSettings((s) => s.settings.profile.accounts[platform] ?? '');
  const locked = useLocked(`profile.accounts.${platform}`);
  const id = `profile-account-${platform}`;
  return (
    <div className="field inline">
      <label htmlFor={id}>
        {platformLabel(t, platform)} <LockBadge locked={locked} />
      </label>
      <input
        id={id}
        data-testid={id}
        type="text"
        value={value}
        disabled={locked}
        placeholder={t('options.profile.accountPlaceholder')}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setProfile((p) => {
            const accounts = { ...p.accounts };
            if (v) accounts[platform] = v;
            else delete accounts[platform];
            return { ...p, accounts };
          });
        }}
      />
    </div>
  );
}

export function ProfileSection() {
  const { t } = useLocale();
  return (
    <Section id="profile" title={t('options.profile.heading')} intro={t('options.profile.intro')}>
      <TextField field="agencyName" label={t('options.profile.agencyName')} placeholder={t('options.profile.agencyNamePlaceholder')} />
      <TextField field="region" label={t('options.profile.region')} placeholder={t('options.profile.regionPlaceholder')} />
      <HashtagField />
      <TextField field="signOff" label={t('options.profile.signOff')} placeholder={t('options.profile.signOffPlaceholder')} multiline />
      <fieldset className="accounts">
        <legend>{t('options.profile.accounts')}</legend>
        {ACCOUNT_PLATFORMS.map((p) => (
          <AccountField key={p} platform={p} />
        ))}
      </fieldset>
    </Section>
  );
}
