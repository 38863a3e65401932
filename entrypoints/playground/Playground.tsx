import { useMemo, useState } from 'react';
import { analyze, PLATFORMS, POST_TYPES, type Platform, type PostType } from '@/lib/analysis';
import { RichComposer, TextareaComposer } from './Composers';
import { PLATFORM_LABELS, POST_TYPE_LABELS } from './labels';
import { ReportView } from './ReportView';
import { SAMPLES } from './samples';

type ComposerKind = 'textarea' | 'rich';

const COMPOSERS: { kind: ComposerKind; label: string }[] = [
  { kind: 'textarea', label: 'Textarea (WordPress klasik)' },
  { kind: 'rich', label: 'Editor kaya (contenteditable)' },
];

/** A page inside the extension where anyone can try Cermat without logging into a platform. */
export function Playground() {
  const [text, setText] = useState('');
  const [composer, setComposer] = useState<ComposerKind>('textarea');
  const [platform, setPlatform] = useState<Platform | ''>('');
  const [postType, setPostType] = useState<PostType | ''>('');

  const { report, millis } = useMemo(() => {
    const t0 = performance.now();
    const report = analyze(text, {
      platform: platform || undefined,
      postType: postType || undefined,
    });
    return { report, millis: performance.now() - t0 };
  }, [text, platform, postType]);

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

        <aside className="sidebar">
          <ReportView report={report} millis={millis} />
        </aside>
      </div>
    </div>
  );
}
