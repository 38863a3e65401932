import { useLocale } from '@/lib/settings/react';

/**
 * Quick access to templates. SLOT for the lead: lib/templates has no list of templates or insert message yet.
 * Once it has (e.g. a `builtInTemplates()` list and a content-script message that opens the panel's template picker
 * or inserts a template into the tab's composer), list them here as `[data-testid="popup-template"]` buttons.
 */
export function QuickTemplates() {
  const { t } = useLocale();
  return (
    <section className="card" data-testid="popup-templates">
      <h2>{t('popup.templatesHeading')}</h2>
      <p className="hint">{t('popup.templatesHint')}</p>
    </section>
  );
}
