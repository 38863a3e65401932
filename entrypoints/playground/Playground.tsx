import { useCallback, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { Panel, type TemplateChoice } from '@/components/panel';
import { analyze, PLATFORMS, POST_TYPES, type Finding, type Locale, type Platform, type PostType } from '@/lib/analysis';
import { guidePath } from '@/lib/guide';
import { PLATFORM_LIMITS } from '@/lib/rules/platform-limit';
import { RichComposer, TextareaComposer } from './Composers';
import { PLATFORM_LABELS, POST_TYPE_LABELS } from './labels';
import { ReportView } from './ReportView';
import { SAMPLES } from './samples';
import { PLAYGROUND_TEMPLATES } from './templates';

type ComposerKind = 'textarea' | 'rich';

const COMPOSERS: { kind: ComposerKind; label: string }[] = [
  { kind: 'textarea', label: 'Textarea (WordPress klasik)' },
  { kind: 'rich', label: 'Editor kaya (contenteditable)' },
];

/** What the panel's picker lists (the panel needs no template text). */
const PANEL_TEMPLATES: TemplateChoice[] = PLAYGROUND_TEMPLATES.map(({ id, title, postType }) => ({ id, title, postType }));

const LOCALES: { value: Locale; label: string }[] = [
  { value: 'id', label: 'Bahasa Indonesia' },
  { value: 'en', label: 'English' },
];

/** The fix lands only if the span still holds the text the finding was about (the report may be a keystroke old). */
function applyFix(text: string, finding: Finding, replacement: string): string {
  if (text.slice(finding.start, finding.end) !== finding.text) return text;
  return text.slice(0, finding.start) + replacement + text.slice(finding.end);
}

/** A template fills an empty composer, or follows the draft after a blank line. */
function insertTemplate(text: string, template: string): string {
  return text.trim() ? `${text.trimEnd()}\n\n${template}` : template;
}

/** A page inside the extension where anyone can try Cermat without logging into a platform. */
export function Playground() {
  const [text, setText] = useState('');
  const [composer, setComposer] = useState<ComposerKind>('textarea');
  const [platform, setPlatform] = useState<Platform | ''>('');
  const [postType, setPostType] = useState<PostType | ''>('');
  const [locale, setLocale] = useState<Locale>('id');
  const [guideRef, setGuideRef] = useState<string | null>(null);

  const { report, millis } = useMemo(() => {
    const t0 = performance.now();
    const report = analyze(text, {
      platform: platform || undefined,
      postType: postType || undefined,
      locale,
    });
    return { report, millis: performance.now() - t0 };
  }, [text, platform, postType, locale]);

  const onApplyFix = useCallback((finding: Finding, replacement: string) => {
    setText((t) => applyFix(t, finding, replacement));
  }, []);
  const onInsertTemplate = useCallback((id: string) => {
    const template = PLAYGROUND_TEMPLATES.find((t) => t.id === id);
    if (template) setText((t) => insertTemplate(t, template.text));
  }, []);
  // The playground's composers have no highlight layer; the content script draws these on the platforms.
  const onFocusFinding = useCallback(() => {}, []);
  // The guide opens in a tab of its own at the finding's section, as it does from a platform's panel.
  const onOpenGuide = useCallback((ref: string) => {
    setGuideRef(ref);
    const getURL = browser.runtime.getURL as (path: string) => string;
    window.open(getURL(guidePath(ref)), '_blank', 'noopener');
  }, []);

  return (
    <div className="page">
      <header className="page-head">
        <h1>Cermat — Playground</h1>
        <p>
          Coba Cermat tanpa masuk ke akun media sosial. Tulis atau muat contoh draf; hasil pemeriksaan diperbarui
          setiap kali Anda mengetik. Semua diperiksa di peramban ini, tidak ada teks yang dikirim ke mana pun.
        </p>
      </header>

      <div className="layout">
        <main className="workspace">
          <div className="controls">
            <div className="control" role="radiogroup" aria-labelledby="composer-label">
              <span className="control-label" id="composer-label">
                Jenis editor
              </span>
              <div className="composer-switch">
              {COMPOSERS.map((c) => (
                <label key={c.kind}>
                  <input
                    type="radio"
                    name="composer"
                    value={c.kind}
                    data-testid={`playground-composer-${c.kind}`}
                    checked={composer === c.kind}
                    onChange={() => setComposer(c.kind)}
                  />
                  {c.label}
                </label>
              ))}
              </div>
            </div>
            <label className="control">
              <span className="control-label">Platform</span>
              <select
                data-testid="playground-platform"
                value={platform}
                onChange={(e) => setPlatform(e.target.value as Platform | '')}
              >
                <option value="">Tanpa platform</option>
                {PLATFORMS.map((p) => (
                  <option key={p} value={p}>
                    {PLATFORM_LABELS[p]}
                  </option>
                ))}
              </select>
            </label>
            <label className="control">
              <span className="control-label">Jenis unggahan</span>
              <select
                data-testid="playground-post-type-select"
                value={postType}
                onChange={(e) => setPostType(e.target.value as PostType | '')}
              >
                <option value="">Otomatis</option>
                {POST_TYPES.map((p) => (
                  <option key={p} value={p}>
                    {POST_TYPE_LABELS[p]}
                  </option>
                ))}
              </select>
            </label>
            <label className="control">
              <span className="control-label">Bahasa antarmuka</span>
              <select
                data-testid="playground-locale"
                value={locale}
                onChange={(e) => setLocale(e.target.value as Locale)}
              >
                {LOCALES.map((l) => (
                  <option key={l.value} value={l.value}>
                    {l.label}
                  </option>
                ))}
              </select>
            </label>
          </div>

          <div className="samples">
            <span className="samples-label">Contoh draf:</span>
            {SAMPLES.map((s) => (
              <button
                key={s.id}
                type="button"
                data-testid={`playground-sample-${s.id}`}
                data-text={s.text}
                onClick={() => setText(s.text)}
              >
                {s.label}
              </button>
            ))}
            <button type="button" className="clear" data-testid="playground-clear" onClick={() => setText('')}>
              Kosongkan
            </button>
          </div>

          {composer === 'textarea' ? (
            <TextareaComposer value={text} onChange={setText} />
          ) : (
            <RichComposer value={text} onChange={setText} />
          )}
        </main>

        <div className="panel-column">
          <p className="column-label">Panel Cermat</p>
          <Panel
            report={text.trim() ? report : null}
            platform={platform || undefined}
            maxLength={platform ? PLATFORM_LIMITS[platform]?.maxLength : undefined}
            templates={PANEL_TEMPLATES}
            locale={locale}
            onApplyFix={onApplyFix}
            onInsertTemplate={onInsertTemplate}
            onFocusFinding={onFocusFinding}
            onOpenGuide={onOpenGuide}
          />
          {guideRef && (
            <p className="guide-request" data-testid="playground-guide-ref" data-ref={guideRef} role="status">
              Pedoman dibuka di tab baru: <code>{guideRef}</code>
            </p>
          )}
        </div>

        <aside className="sidebar">
          <ReportView report={report} millis={millis} />
        </aside>
      </div>
    </div>
  );
}
