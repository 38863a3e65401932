import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { POST_TYPES, type PostType } from '@/lib/analysis/types';
import { focusIsWithin } from './focus';
import { Icon } from './icons';
import type { PanelStrings } from './strings';
import type { TemplateChoice } from './types';

/** Above this many templates a filter field appears. */
const FILTER_FROM = 6;

interface TemplatePickerProps {
  templates: readonly TemplateChoice[];
  strings: PanelStrings;
  onInsertTemplate(id: string): void;
}

function isPostType(value: string): value is PostType {
  return (POST_TYPES as readonly string[]).includes(value);
}

/**
 * A disclosure listing the templates, grouped by post type. Arrow keys move through the list, Escape closes it
 * and returns focus to its button (without collapsing the panel).
 */
export function TemplatePicker({ templates, strings, onInsertTemplate }: TemplatePickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const listId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  const groups = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const matching = q ? templates.filter((t) => t.title.toLocaleLowerCase().includes(q)) : templates;
    const byType = new Map<string, TemplateChoice[]>();
    for (const t of matching) {
      const items = byType.get(t.postType);
      if (items) items.push(t);
      else byType.set(t.postType, [t]);
    }
    return [...byType.entries()];
  }, [templates, query]);

  const focusables = (): HTMLElement[] =>
    list.current ? [...list.current.querySelectorAll<HTMLElement>('input, button')] : [];

  const openAndFocus = (which: 'first' | 'last') => {
    setOpen(true);
    // The list mounts on this render; focus it right after.
    requestAnimationFrame(() => {
      const items = focusables();
      (which === 'first' ? items[0] : items[items.length - 1])?.focus();
    });
  };

  const close = (refocus: boolean) => {
    setOpen(false);
    setQuery('');
    if (refocus) opener.current?.focus();
  };

  const onOpenerKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openAndFocus(e.key === 'ArrowDown' ? 'first' : 'last');
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close(true);
    }
  };

  const onListKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      // preventDefault tells the panel root this Escape is taken (it would collapse the panel otherwise).
      e.preventDefault();
      close(true);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const items = focusables();
    if (items.length === 0) return;
    e.preventDefault();
    const index = items.indexOf(e.target as HTMLElement);
    let next: number;
    if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === 'ArrowDown') next = index < 0 || index === items.length - 1 ? 0 : index + 1;
    else next = index <= 0 ? items.length - 1 : index - 1;
    items[next]?.focus();
  };

  const choose = (id: string) => {
    onInsertTemplate(id);
    // If the caller moved focus to the composer, leave it there.
    close(focusIsWithin(list.current));
  };

  return (
    <div className="cp-templates">
      {open && (
        <div className="cp-template-menu" id={listId} ref={list} onKeyDown={onListKeyDown}>
          <p className="cp-template-title">{strings.templatesHeading}</p>
          {templates.length >= FILTER_FROM && (
            <input
              type="search"
              className="cp-template-filter"
              placeholder={strings.templatesFilter}
              aria-label={strings.templatesFilter}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          )}
          {templates.length === 0 ? (
            <p className="cp-template-empty">{strings.templatesEmpty}</p>
          ) : groups.length === 0 ? (
            <p className="cp-template-empty">{strings.templatesNoMatch}</p>
          ) : (
            groups.map(([postType, items]) => (
              <div key={postType} className="cp-template-group" role="group" aria-label={label(postType, strings)}>
                <p className="cp-template-group-label" aria-hidden="true">
                  {label(postType, strings)}
                </p>
                <ul className="cp-template-list">
                  {items.map((t) => (
                    <li key={t.id}>
                      <button
                        type="button"
                        className="cp-template"
                        data-testid="cermat-template"
                        data-template-id={t.id}
                        onClick={() => choose(t.id)}
                      >
                        {t.title}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </div>
      )}
      <button
        ref={opener}
        type="button"
        className="cp-templates-button"
        data-testid="cermat-templates"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => (open ? close(false) : openAndFocus('first'))}
        onKeyDown={onOpenerKeyDown}
      >
        <Icon name="template" />
        {strings.templates}
        <Icon name={open ? 'chevron-down' : 'chevron-up'} />
      </button>
    </div>
  );
}

function label(postType: string, strings: PanelStrings): string {
  return isPostType(postType) ? strings.postTypes[postType] : postType;
}
