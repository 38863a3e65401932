import { useEffect, useRef } from 'react';

/** Like WordPress's classic editor: a bare textarea under a Visual/Text tab bar. */
export function TextareaComposer({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  return (
    <div className="composer composer-classic">
      <div className="classic-toolbar" aria-hidden="true">
        <span className="classic-tab">Visual</span>
        <span className="classic-tab classic-tab-active">Teks</span>
      </div>
      <textarea
        data-testid="playground-textarea"
        aria-label="Isi unggahan"
        placeholder="Tulis isi unggahan di sini…"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={12}
        spellCheck={false}
      />
    </div>
  );
}

/**
 * Like the platforms' rich editors: a contenteditable div. It is left uncontrolled, as on the platforms,
 * and only rewritten when the text comes from outside (a sample, a composer switch), so the caret stays put.
 */
export function RichComposer({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el && el.innerText !== value) el.innerText = value;
  }, [value]);
  return (
    <div className="composer composer-rich">
      <div className="rich-head" aria-hidden="true">
        <span className="avatar">C</span>
        <span className="rich-account">Akun Instansi</span>
      </div>
      <div
        ref={ref}
        className="rich-editor"
        data-testid="playground-editor"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label="Isi unggahan"
        data-placeholder="Apa kabar terbaru dari instansi Anda?"
        spellCheck={false}
        onInput={(e) => onChange(e.currentTarget.innerText)}
      />
    </div>
  );
}
