import { useEffect } from 'react';
import { useLocale, useSettings } from '@/lib/settings/react';
import { ChecklistSection } from './ChecklistSection';
import { SaveBar } from './common';
import { HistorySection, LanguageSection, SitesSection } from './OtherSections';
import { PackSection } from './PackSection';
import { ProfileSection } from './ProfileSection';
import { RulesSection } from './RulesSection';
import { TemplatesSection } from './TemplatesSection';
import { WordsSection } from './WordsSection';

const SECTIONS = [
  ['profile', 'options.profile.heading'],
  ['rules', 'options.rules.heading'],
  ['words', 'options.words.heading'],
  ['templates', 'options.templates.heading'],
  ['pack', 'options.pack.heading'],
  ['checklist', 'options.checklist.heading'],
  ['history', 'options.history.heading'],
  ['language', 'options.language.heading'],
  ['sites', 'options.sites.heading'],
] as const;

export function Options() {
  const { t } = useLocale();
  const ready = useSettings((s) => s.ready);
  useEffect(() => {
    document.title = t('options.title');
  }, [t]);
  if (!ready) return <p className="loading">{t('common.loading')}</p>;
  return (
    <div className="options">
      <header className="options-head">
        <h1>{t('options.title')}</h1>
        <SaveBar />
      </header>
      <div className="layout">
        <nav aria-label={t('options.nav')} className="toc">
          <ul>
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main>
          <ProfileSection />
          <RulesSection />
          <WordsSection />
          <TemplatesSection />
          <PackSection />
          <ChecklistSection />
          <HistorySection />
          <LanguageSection />
          <SitesSection />
        </main>
      </div>
    </div>
  );
}
