import { Fragment, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { CHAPTERS, CHAPTER_TITLES, GUIDE_SECTIONS, getGuideSection, type Block, type GuideSection, type Inline } from '@/lib/guide';
import { buildGuideIndex, type SearchHit } from '@/lib/guide/search';
import { resolveLocale } from '@/lib/settings/engine-options';
import { uiLanguage, useSettings } from '@/lib/settings/react';

type Lang = 'id' | 'en';

const STRINGS = {
  id: {
    title: 'Pedoman Cermat',
    intro:
      'Rujukan singkat untuk admin media sosial instansi: unsur 5W1H, label hoaks, UU ITE, UU PDP, perlindungan anak, netralitas ASN, dan ejaan EYD V. Halaman ini bekerja tanpa internet.',
    search: 'Cari di pedoman',
    searchHint: 'misalnya: data pribadi, judi, jam 8 pagi',
    contents: 'Daftar isi',
    source: 'Sumber',
    results: (n: number) => (n ? `${n} bagian cocok` : 'Tidak ada bagian yang cocok. Coba kata lain.'),
    partial: 'Tidak ada bagian yang memuat semua kata; berikut yang memuat sebagian.',
    missing: (id: string) => `Bagian "${id}" tidak ada di pedoman ini.`,
    englishTitle: 'English',
    lang: 'Bahasa',
    top: 'Kembali ke atas',
    disclaimer:
      'Pedoman ini ringkasan dengan bahasa sederhana, bukan nasihat hukum. Untuk keputusan resmi, rujuk naskah peraturannya.',
  },
  en: {
    title: 'Cermat guidelines',
    intro:
      'A short reference for government social-media admins: 5W1H, hoax labels, the ITE Law, personal data, child protection, civil-service neutrality and EYD V spelling. The guidance text is in Indonesian. This page works offline.',
    search: 'Search the guidelines',
    searchHint: 'e.g. data pribadi, judi, jam 8 pagi',
    contents: 'Contents',
    source: 'Source',
    results: (n: number) => (n ? `${n} matching section${n === 1 ? '' : 's'}` : 'No section matches. Try other words.'),
    partial: 'No section has every word; these have some of them.',
    missing: (id: string) => `There is no section "${id}" in these guidelines.`,
    englishTitle: 'English',
    lang: 'Language',
    top: 'Back to top',
    disclaimer: 'These guidelines summarise in plain words; they are not legal advice. For official decisions, read the regulation itself.',
  },
} as const;

/** `?lang=` (the switch on this page, or a test) overrides the interface language setting. */
function urlLang(): Lang | null {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  return fromUrl === 'en' || fromUrl === 'id' ? fromUrl : null;
}

function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1);
  }
}

function InlineText({ inlines }: { inlines: readonly Inline[] }) {
  return (
    <>
      {inlines.map((i, k) => {
        switch (i.kind) {
          case 'strong':
            return <strong key={k}>{i.text}</strong>;
          case 'code':
            return <code key={k}>{i.text}</code>;
          case 'link':
            return (
              <a key={k} href={i.href}>
                {i.text}
              </a>
            );
          default:
            return <Fragment key={k}>{i.text}</Fragment>;
        }
      })}
    </>
  );
}

function Blocks({ blocks, headingId }: { blocks: readonly Block[]; headingId: string }) {
  return (
    <>
      {blocks.map((b, k) => {
        switch (b.kind) {
          case 'heading':
            return (
              <h3 key={k} id={`${headingId}-${k}`}>
                <InlineText inlines={b.inlines} />
              </h3>
            );
          case 'paragraph':
            return (
              <p key={k}>
                <InlineText inlines={b.inlines} />
              </p>
            );
          case 'note':
            return (
              <p key={k} className="note">
                <InlineText inlines={b.inlines} />
              </p>
            );
          case 'list': {
            const List = b.ordered ? 'ol' : 'ul';
            return (
              <List key={k}>
                {b.items.map((item, j) => (
                  <li key={j}>
                    <InlineText inlines={item} />
                  </li>
                ))}
              </List>
            );
          }
          case 'examples':
            return (
              <ul key={k} className="examples">
                {b.items.map((item, j) => (
                  <li key={j} className={item.good ? 'good' : 'bad'}>
                    <span className="mark" aria-hidden="true">
                      {item.good ? '✓' : '✗'}
                    </span>
                    <span className="visually-hidden">{item.good ? 'Contoh yang baik: ' : 'Contoh yang perlu diperbaiki: '}</span>
                    <InlineText inlines={item.inlines} />
                  </li>
                ))}
              </ul>
            );
        }
      })}
    </>
  );
}

function SectionView({ section, lang, active }: { section: GuideSection; lang: Lang; active: boolean }) {
  const s = STRINGS[lang];
  const headingId = `${section.id}-title`;
  return (
    <section
      id={section.id}
      className={active ? 'section active' : 'section'}
      data-testid="guide-section"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h2 id={headingId}>{lang === 'en' ? section.title.en : section.title.id}</h2>
      <p className="subtitle" lang={lang === 'en' ? 'id' : 'en'}>
        {lang === 'en' ? section.title.id : section.title.en}
      </p>
      {lang === 'en' && (
        <p className="summary" lang="en">
          {section.summaryEn}
        </p>
      )}
      {section.status && (
        <p className="status" role="note" data-testid="guide-status">
          {section.status}
        </p>
      )}
      <div className="body" lang="id">
        <Blocks blocks={section.blocks} headingId={section.id} />
      </div>
      <p className="source" data-testid="guide-source">
        <strong>{s.source}:</strong> {section.source}
      </p>
    </section>
  );
}

function Snippet({ hit }: { hit: SearchHit }) {
  const parts: ReactNode[] = [];
  let last = 0;
  hit.highlights.forEach(([a, b], k) => {
    if (a < last) return;
    parts.push(hit.snippet.slice(last, a), <mark key={k}>{hit.snippet.slice(a, b)}</mark>);
    last = b;
  });
  parts.push(hit.snippet.slice(last));
  return <span className="snippet">{parts}</span>;
}

/** The offline guideline reference: table of contents, search, and every section with its source. */
export function Guide() {
  const [chosen, setChosen] = useState<Lang | null>(urlLang);
  const setting = useSettings((st) => st.settings.locale);
  const lang: Lang = chosen ?? resolveLocale(setting, uiLanguage());
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string>(hashId);
  const searchRef = useRef<HTMLInputElement>(null);
  const searchId = useId();
  const s = STRINGS[lang];

  const index = useMemo(() => buildGuideIndex(GUIDE_SECTIONS), []);
  const hits = useMemo(() => (query.trim() ? index.search(query, 12) : null), [index, query]);

  const reveal = useCallback((id: string) => {
    setActive(id);
    // After React has rendered the sections (on first load the hash arrives before them).
    requestAnimationFrame(() => {
      const el = document.getElementById(id);
      if (!el || !getGuideSection(id)) return;
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    });
  }, []);

  useEffect(() => {
    const onHash = () => reveal(hashId());
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [reveal]);

  useEffect(() => {
    // "/" jumps to the search box, as on many documentation sites.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === '/' && !(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = lang === 'en' ? 'Cermat — Guidelines' : 'Cermat — Pedoman';
  }, [lang]);

  const chooseLang = (next: Lang) => {
    setChosen(next);
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(null, '', url);
  };

  const missing = active && !getGuideSection(active) ? active : null;
  const complete = hits?.[0]?.complete !== false;

  return (
    <div className="guide">
      <header className="head">
        <div className="head-text">
          <h1>{s.title}</h1>
          <p>{s.intro}</p>
        </div>
        <div className="lang" role="group" aria-label={s.lang} data-testid="guide-lang">
          {(['id', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => chooseLang(l)}>
              {l === 'id' ? 'Bahasa Indonesia' : 'English'}
            </button>
          ))}
        </div>
        <div className="search" role="search">
          <label htmlFor={searchId}>{s.search}</label>
          <input
            id={searchId}
            ref={searchRef}
            type="search"
            data-testid="guide-search"
            placeholder={s.searchHint}
            value={query}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setQuery('');
              if (e.key === 'Enter' && hits?.[0]) {
                if (location.hash === `#${hits[0].id}`) reveal(hits[0].id);
                else location.hash = hits[0].id;
              }
            }}
          />
        </div>
      </header>

      {missing && (
        <p className="missing" role="alert" data-testid="guide-missing">
          {s.missing(missing)}
        </p>
      )}

      {hits && (
        <section className="results" aria-label={s.search} data-testid="guide-results">
          <p role="status" className="results-count">
            {s.results(hits.length)}
            {hits.length > 0 && !complete && ` ${s.partial}`}
          </p>
          <ol>
            {hits.map((hit) => (
              <li key={hit.id} data-testid="guide-result" data-id={hit.id}>
                <a
                  href={`#${hit.id}`}
                  onClick={() => {
                    // The same hash again fires no hashchange: scroll anyway.
                    if (hashId() === hit.id) reveal(hit.id);
                  }}
                >
                  {lang === 'en' ? hit.title.en : hit.title.id}
                </a>
                <Snippet hit={hit} />
              </li>
            ))}
          </ol>
        </section>
      )}

      <div className="columns">
        <nav className="toc" aria-label={s.contents} data-testid="guide-toc">
          <h2>{s.contents}</h2>
          {CHAPTERS.map((chapter) => (
            <div key={chapter} className="toc-chapter">
              <h3>{CHAPTER_TITLES[chapter][lang]}</h3>
              <ul>
                {GUIDE_SECTIONS.filter((x) => x.chapter === chapter).map((x) => (
                  <li key={x.id}>
                    <a
                      href={`#${x.id}`}
                      aria-current={active === x.id ? 'location' : undefined}
                      onClick={() => {
                        if (hashId() === x.id) reveal(x.id);
                      }}
                    >
                      {lang === 'en' ? x.title.en : x.title.id}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>

        <main className="content">
          <p className="disclaimer">{s.disclaimer}</p>
          {CHAPTERS.map((chapter) => (
            <div key={chapter} className="chapter">
              <h2 className="chapter-title">{CHAPTER_TITLES[chapter][lang]}</h2>
              {GUIDE_SECTIONS.filter((x) => x.chapter === chapter).map((x) => (
                <SectionView key={x.id} section={x} lang={lang} active={active === x.id} />
              ))}
            </div>
          ))}
          <p className="to-top">
            <a href="#">{s.top}</a>
          </p>
        </main>
      </div>
    </div>
  );
}
