import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';
import { CollapsedBadge } from './CollapsedBadge';
import { ElementList } from './ElementList';
import { FindingList } from './FindingList';
import { focusIsWithin } from './focus';
import { Icon } from './icons';
import { LengthCounter } from './LengthCounter';
import { elementState } from './model';
import { ScoreBadge } from './ScoreBadge';
import { panelStrings, type PanelStrings } from './strings';
import { TemplatePicker } from './TemplatePicker';
import type { DraftSaveState, PanelProps } from './types';
import { useFloating } from './useFloating';
import type { Locale, Report } from '@/lib/analysis/types';

// Styles live in ./panel.css, a plain stylesheet the host imports: the content script puts it into the panel's
// shadow root (as `?inline` text or with `cssInjectionMode: 'ui'`), extension pages import it like any CSS.

/** Pixels per arrow-key press on the move handle (Shift: a bigger step). */
const KEY_STEP = 16;
const KEY_STEP_LARGE = 64;

/**
 * Keystrokes typed in the panel must not reach the site's shortcuts ('j'/'k' on X, '?' on Facebook). React's
 * stopPropagation stops the native event at React's root container, which is inside the panel's shadow root,
 * so it never reaches the host page's document or window listeners.
 */
function isolate(e: SyntheticEvent) {
  e.stopPropagation();
}

function summary(report: Report, strings: PanelStrings): { text: string; tone: 'error' | 'warning' | 'ok' } {
  let errors = 0;
  let warnings = 0;
  for (const f of report.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  if (errors > 0) return { text: strings.summaryErrors(errors), tone: 'error' };
  const missing = Object.values(report.elements).filter((e) => elementState(e) === 'missing').length;
  if (warnings > 0) return { text: strings.summaryWarnings(warnings), tone: 'warning' };
  if (missing > 0) return { text: strings.summaryMissing(missing), tone: 'warning' };
  return { text: strings.summaryReady, tone: 'ok' };
}

/**
 * The panel beside the composer: score, 5W1H elements, findings with fixes, the length counter and the
 * template picker. Pure UI: it renders PanelProps and reports intents through the callbacks.
 */
export function Panel(props: PanelProps) {
  const { report, maxLength, templates, locale, onApplyFix, onInsertTemplate, onFocusFinding, onOpenGuide } = props;
  const strings = panelStrings(locale);
  const [collapsed, setCollapsed] = useState(props.defaultCollapsed ?? false);
  const rootRef = useRef<HTMLDivElement>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes after the next collapse/expand render (only when it was inside the panel). */
  const pendingFocus = useRef<'badge' | 'panel' | null>(null);
  const floating = useFloatingPanel(rootRef, props);

  const setCollapsedAndTell = (next: boolean) => {
    pendingFocus.current = focusIsWithin(rootRef.current) ? (next ? 'badge' : 'panel') : null;
    setCollapsed(next);
    props.onCollapsedChange?.(next);
    if (next) onFocusFinding(null);
  };

  useLayoutEffect(() => {
    floating.reclamp();
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === 'badge') badgeRef.current?.focus();
    else if (target === 'panel') collapseRef.current?.focus();
    // Only a change of state matters here, not each render.
  }, [collapsed]);

  const errors = report?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = report?.findings.filter((f) => f.severity === 'warning').length ?? 0;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    e.stopPropagation();
    // A child that handled Escape (the template list) marks it with preventDefault.
    if (e.key === 'Escape' && !e.nativeEvent.defaultPrevented && !collapsed) {
      e.preventDefault();
      setCollapsedAndTell(true);
    }
  };

  const onHandleKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const step = e.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    floating.moveBy(move[0], move[1]);
  };

  const position = floating.position;
  const rootClass = [
    'cermat-panel',
    collapsed ? 'cermat-panel-collapsed' : 'cermat-panel-expanded',
    position ? 'cermat-panel-floating' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const style = position ? { left: position.x, top: position.y } : undefined;
  const isolation = { onKeyDown, onKeyUp: isolate, onKeyPress: isolate };

  if (collapsed) {
    return (
      <div ref={rootRef} className={rootClass} style={style} data-theme={props.theme} lang={locale} {...isolation}>
        <CollapsedBadge
          ref={badgeRef}
          score={report?.score ?? null}
          errors={errors}
          warnings={warnings}
          strings={strings}
          onExpand={() => {
            // The click that ends a drag of the badge is not a request to open it.
            if (!floating.consumeDrag()) setCollapsedAndTell(false);
          }}
          dragHandle={floating.handle}
        />
      </div>
    );
  }

  const status = report ? summary(report, strings) : null;

  return (
    <div ref={rootRef} className={rootClass} style={style} data-theme={props.theme} lang={locale} {...isolation}>
      <section className="cp-card" aria-label={strings.panelLabel}>
        <header className="cp-head" {...floating.handle}>
          <button
            type="button"
            className="cp-grip"
            aria-label={strings.moveHandle}
            title={strings.moveHandle}
            onKeyDown={onHandleKeyDown}
          >
            <Icon name="grip" />
          </button>
          <ScoreBadge score={report?.score ?? null} strings={strings} />
          <div className="cp-title">
            <span className="cp-brand">{strings.brand}</span>
            <span className={`cp-status cp-status-${status?.tone ?? 'idle'}`} data-testid="cermat-status">
              {status?.text ?? strings.startTyping}
            </span>
          </div>
          <button
            ref={collapseRef}
            type="button"
            className="cp-collapse"
            data-testid="cermat-collapse"
            data-no-drag=""
            aria-expanded="true"
            aria-label={strings.collapse}
            title={`${strings.collapse} (Esc)`}
            onClick={() => setCollapsedAndTell(true)}
          >
            <Icon name="minimize" />
          </button>
        </header>

        <div className="cp-body">
          {report ? (
            <>
              <p className="cp-meta">
                {strings.postTypes[report.postType]} · {strings.languages[report.language]}
              </p>
              <ElementList elements={report.elements} strings={strings} onFocusElement={props.onFocusElement} />
              <section className="cp-section" aria-label={strings.findingsHeading}>
                <FindingList
                  findings={report.findings}
                  strings={strings}
                  onApplyFix={onApplyFix}
                  onFocusFinding={onFocusFinding}
                  onOpenGuide={onOpenGuide}
                />
              </section>
            </>
          ) : (
            <div className="cp-idle">
              <p className="cp-idle-title">{strings.startTyping}</p>
              <p className="cp-idle-hint">{strings.startTypingHint}</p>
            </div>
          )}
        </div>

        <footer className="cp-foot">
          <LengthCounter length={report?.counts.weighted ?? 0} maxLength={maxLength} strings={strings} />
          {props.onSaveDraft && <SaveDraft state={props.draftSave ?? null} strings={strings} locale={locale} onSave={props.onSaveDraft} />}
          <TemplatePicker templates={templates} strings={strings} onInsertTemplate={onInsertTemplate} />
        </footer>
      </section>
    </div>
  );
}

/** The floating position, plus re-clamping whenever the panel's size changes (findings come and go). */
function useFloatingPanel(rootRef: RefObject<HTMLDivElement | null>, props: PanelProps) {
  const floating = useFloating(rootRef, props.position, props.onMove);
  const { reclamp } = floating;
  useEffect(() => {
    const el = rootRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => reclamp());
    observer.observe(el);
    return () => observer.disconnect();
  }, [rootRef, reclamp]);
  return floating;
}

/** 'Simpan draf' and, beside it, where the last save stands (announced politely to screen readers). */
function SaveDraft({ state, strings, locale, onSave }: { state: DraftSaveState | null; strings: PanelStrings; locale: Locale; onSave(): void }) {
  const time = state ? new Date(state.at).toLocaleTimeString(locale === 'id' ? 'id-ID' : 'en-GB', { hour: '2-digit', minute: '2-digit' }) : '';
  const text =
    state?.state === 'saving' ? strings.draftSaving : state?.state === 'saved' ? strings.draftSaved(time) : state?.state === 'failed' ? strings.draftSaveFailed : '';
  return (
    <div className="cp-draft">
      <span className={`cp-draft-status cp-draft-${state?.state ?? 'none'}`} data-testid="cermat-draft-status" data-state={state?.state ?? 'none'} role="status">
        {text}
      </span>
      <button
        type="button"
        className="cp-templates-button cp-draft-button"
        data-testid="cermat-save-draft"
        aria-label={strings.saveDraftLabel}
        title={strings.saveDraftLabel}
        disabled={state?.state === 'saving'}
        onClick={onSave}
      >
        {strings.saveDraft}
      </button>
    </div>
  );
}
