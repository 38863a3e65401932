/**
 * The glue: finds the composer the user works in, reads its text as it changes, runs the engine, draws the
 * highlights, feeds the panel, writes fixes and templates back through the editor, and reports submissions.
 *
 * Cost model: a MutationObserver on the active composer only schedules work; the work runs on the next animation
 * frame (text walk + engine + highlights + panel render, a few milliseconds on a 2,200-character caption). When
 * one run costs more (a 60,000-character post), the next waits three times that cost, so typing never queues
 * up analyses. The page-wide observer only sets a flag; the scan it asks for runs when the page is idle, at
 * most once a second.
 *
 * Failure model: every entry point from the page is wrapped; an exception deactivates the composer, a third one
 * switches Cermat off for the page. Nothing is ever thrown into the site's code.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DraftSaveState, PanelProps } from '@/components/panel/types';
import type { ElementKey, Finding, Locale, Report } from '@/lib/analysis/types';
import { sendMessage } from '@/lib/messaging';
import { closestComposed, deepActiveElement, eventOrigin, frameDocument } from '@/lib/platforms/dom/find';
import { fieldFor, type FieldSnapshot, type TextField } from '@/lib/platforms/dom/field';
import { selectionFor } from '@/lib/platforms/dom/write';
import type { ComposerMatch, PlatformAdapter, TextSpan } from '@/lib/platforms/types';
import limitsData from '@/lib/rules/data/platform-limit/limits.json';
import { browser } from 'wxt/browser';
import type { AnalyzeOptions } from '@/lib/analysis';
import type { Platform } from '@/lib/analysis/types';
import { browserStorage } from '@/lib/settings/browser-storage';
import { listenForComposerStatus } from '@/lib/settings/composer-status';
import { listenForInsertTemplate, type InsertTemplateAnswer } from '@/lib/settings/insert-template';
import { engineOptions, resolveLocale } from '@/lib/settings/engine-options';
import { liveSettings, type LiveSettings } from '@/lib/settings/live';
import type { TemplateDefinition } from '@/lib/templates/types';
import { engineNow, loadParts, partsNow, type AnalyzeFn } from './engine';
import { Highlighter } from './highlights';
import type { PanelHost } from './panel-host';
import type { Rect } from './placement';
import { TextareaMirror } from './textarea-mirror';
import { Tooltip } from './tooltip';

const LIMITS = limitsData as unknown as Record<string, { maxLength?: number } | undefined>;

/** Below this cost (ms) a run happens on the very next frame. */
const CHEAP_RUN_MS = 12;
/** From this cost on (a very long post) a run waits for a pause in typing, so it never stalls a keystroke. */
const COSTLY_RUN_MS = 50;
/** Longest wait between a change and its analysis while the user keeps typing. */
const MAX_DELAY_MS = 600;
const MAX_DELAY_COSTLY_MS = 3000;
const SCAN_INTERVAL_MS = 1000;
const CARET_TOOLTIP_DELAY_MS = 400;
const MAX_ERRORS = 3;
/** Hover checks look at this many findings at most (a 60,000-character post can have hundreds). */
const MAX_HOVER_FINDINGS = 400;
const OWN_UI = '[data-cermat]';

interface HoverTarget {
  finding: Finding;
  rects(): DOMRectList | DOMRect[];
  range: Range | null;
}

/** What the history knows of one composer's draft: its record (once saved) and the template it started from. */
interface DraftInfo {
  uid?: string;
  templateId?: string;
  save?: DraftSaveState;
}

interface Active {
  composer: ComposerMatch;
  field: TextField;
  doc: Document;
  observer: MutationObserver;
  mirror: TextareaMirror | null;
  /** The caret or selection last seen inside the composer (a live Range: it follows the editor's edits). */
  caret: Range | null;
  text: string | null;
  snapshot: FieldSnapshot | null;
  report: Report | null;
  targets: HoverTarget[];
}

function frame(view: Window, fn: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    view.cancelAnimationFrame(raf);
    view.clearTimeout(timer);
    fn();
  };
  const raf = view.requestAnimationFrame(run);
  // Hidden tabs get no frames: a timer keeps the analysis (and the history) current there too.
  const timer = view.setTimeout(run, 120);
  return () => {
    done = true;
    view.cancelAnimationFrame(raf);
    view.clearTimeout(timer);
  };
}

function toRect(r: DOMRect): Rect {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
}

/** A rectangle of `doc`'s viewport in the top document's viewport (same-origin frames add their offsets). */
function toTopRect(r: DOMRect | Rect, doc: Document): Rect {
  let left = r.left;
  let top = r.top;
  let view = doc.defaultView;
  for (let depth = 0; view && view !== window && depth < 8; depth++) {
    let frameEl: Element | null = null;
    try {
      frameEl = view.frameElement;
    } catch {
      break;
    }
    if (!frameEl) break;
    const fr = frameEl.getBoundingClientRect();
    left += fr.left + (frameEl as HTMLElement).clientLeft;
    top += fr.top + (frameEl as HTMLElement).clientTop;
    view = frameEl.ownerDocument.defaultView;
  }
  return { left, top, right: left + r.width, bottom: top + r.height, width: r.width, height: r.height };
}

export class ComposerController {
  private active: Active | null = null;
  private disabled = false;
  private errors = 0;
  private readonly listeners: (() => void)[] = [];
  private readonly docs = new Set<Document>();
  private readonly frames = new WeakSet<Element>();
  private pageObserver: MutationObserver | null = null;
  private scanTimer = 0;
  private lastScan = 0;
  private panel: PanelHost | null = null;
  private panelLoading: Promise<PanelHost | null> | null = null;
  private readonly highlighter = new Highlighter();
  private readonly tooltip: Tooltip;
  private cancelRun: (() => void) | null = null;
  private delayTimer = 0;
  private pendingSince = 0;
  /** The last few runs' costs (ms): their median decides the scheduling, so one GC pause changes nothing. */
  private readonly costs: number[] = [];
  private layoutPending: (() => void) | null = null;
  private hoverPending: (() => void) | null = null;
  private hoverPoint: { x: number; y: number; doc: Document } | null = null;
  private caretTimer = 0;
  private lastSubmit = { text: '', at: 0 };
  /** The agency's settings (rules, rule pack, profile, interface language), kept current. */
  private readonly settings: LiveSettings = liveSettings(browserStorage());
  private readonly uiLanguage = browser.i18n?.getUILanguage?.() ?? 'id';
  /** The last composer used, so the popup still sees its draft after the page lost focus to it. */
  private lastStatus: { adapter: string; platform: Platform | undefined; text: string; report: Report | null } | null = null;
  /** The composer last worked in: the popup's quick templates go there when none is active. */
  private lastComposer: ComposerMatch | null = null;
  /** Per composer (its element): the saved draft's uid and the inserted template, until the post is sent. */
  private readonly drafts = new WeakMap<Element, DraftInfo>();
  /**
   * The admin's own templates, asked from the background (this script cannot open the extension database). Asked
   * again on every activation, so a template edited in the options page is in the picker on the next focus.
   */
  private customTemplates: readonly TemplateDefinition[] = [];
  private customLoading: Promise<void> | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: PlatformAdapter,
  ) {
    this.tooltip = new Tooltip((finding, replacement) => this.applyFix(finding, replacement));
  }

  private get locale(): Locale {
    return resolveLocale(this.settings.current().locale, this.uiLanguage);
  }

  private options(platform: Platform | undefined): AnalyzeOptions {
    return engineOptions(this.settings.current(), { platform, uiLanguage: this.uiLanguage });
  }

  /** Checks the active draft again from scratch (settings changed, the dictionary arrived). */
  private recheck(): void {
    if (!this.active) return;
    this.active.report = null;
    this.schedule();
  }

  start(): void {
    this.ctx.onInvalidated(() => this.disable());
    this.listeners.push(() => this.settings.stop());
    this.listeners.push(this.settings.onChange(this.guard(() => this.recheck())));
    this.listeners.push(
      listenForComposerStatus(() => {
        const a = this.active;
        const last = a ? { adapter: this.adapter.id, platform: a.composer.platform, text: a.text ?? '', report: a.report } : this.lastStatus;
        return last ? { ...last, url: location.href, at: Date.now() } : null;
      }),
    );
    this.listeners.push(listenForInsertTemplate((id) => this.insertFromPopup(id)));
    this.attachDocument(document);
    const guardedLayout = this.guard(() => this.requestLayout());
    window.addEventListener('resize', guardedLayout, { passive: true });
    this.listeners.push(() => window.removeEventListener('resize', guardedLayout));
    this.pageObserver = new MutationObserver(() => this.requestScan());
    this.pageObserver.observe(document.documentElement, { childList: true, subtree: true });
    this.listeners.push(() => this.pageObserver?.disconnect());
    this.scan();
  }

  /** Steps back for good on this page: no listeners, no highlights, no panel. */
  disable(): void {
    if (this.disabled) return;
    this.disabled = true;
    try {
      this.deactivate();
      for (const off of this.listeners.splice(0)) off();
      this.tooltip.remove();
      this.panel?.remove();
      this.panel = null;
      window.clearTimeout(this.scanTimer);
    } catch {
      // Nothing more to undo.
    }
  }

  // ---- error containment -------------------------------------------------------------------------------------

  private guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      if (this.disabled) return;
      try {
        fn(...args);
      } catch (error) {
        this.fail(error);
      }
    };
  }

  private fail(_error: unknown): void {
    this.errors++;
    if (this.errors >= MAX_ERRORS) {
      this.disable();
      return;
    }
    try {
      this.deactivate();
    } catch {
      this.disable();
    }
  }

  // ---- documents and frames ----------------------------------------------------------------------------------

  private attachDocument(doc: Document): void {
    if (this.docs.has(doc)) return;
    this.docs.add(doc);
    const on = <K extends keyof DocumentEventMap>(type: K, handler: (e: DocumentEventMap[K]) => void, capture = true) => {
      const h = this.guard(handler);
      const options = { capture, passive: type !== 'keydown' && type !== 'click' };
      doc.addEventListener(type, h, options);
      this.listeners.push(() => doc.removeEventListener(type, h, options));
    };
    on('focusin', (e) => this.onFocusIn(e));
    on('click', (e) => this.onClick(e));
    on('keydown', (e) => this.onKeyDown(e));
    on('input', (e) => this.onInput(e));
    on('selectionchange', () => this.onSelectionChange(doc));
    on('mousemove', (e) => this.onMouseMove(e, doc));
    on('scroll', () => this.requestLayout());
  }

  /** Same-origin frames named by the adapter (Gutenberg's canvas): their documents get our listeners too. */
  private attachFrames(): void {
    for (const selector of this.adapter.data.frames) {
      for (const el of Array.from(document.querySelectorAll(selector))) {
        if (el.tagName !== 'IFRAME') continue;
        const iframe = el as HTMLIFrameElement;
        const doc = frameDocument(iframe);
        if (doc) this.attachDocument(doc);
        if (!this.frames.has(iframe)) {
          this.frames.add(iframe);
          // The frame's document is replaced when it loads (about:blank, then the canvas).
          const onLoad = this.guard(() => {
            const d = frameDocument(iframe);
            if (d) this.attachDocument(d);
          });
          iframe.addEventListener('load', onLoad);
          this.listeners.push(() => iframe.removeEventListener('load', onLoad));
        }
      }
    }
  }

  private requestScan(): void {
    if (this.disabled || this.scanTimer) return;
    const wait = Math.max(0, SCAN_INTERVAL_MS - (performance.now() - this.lastScan));
    this.scanTimer = window.setTimeout(() => {
      const run = this.guard(() => {
        this.scanTimer = 0;
        this.scan();
      });
      if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 1000 });
      else run();
    }, wait);
  }

  /** Idle-time look at the page: a removed composer, new frames, a composer focused before we arrived. */
  private scan(): void {
    this.lastScan = performance.now();
    if (this.active && !this.active.composer.element.isConnected) this.deactivate();
    this.attachFrames();
    if (this.active) return;
    const focused = deepActiveElement(document);
    const match = focused && !this.isOwnUi(focused) ? this.adapter.composerFor(focused) : null;
    if (match) {
      this.activate(match);
      return;
    }
    // A composer on the page: the engine will be needed soon, load it while the page is idle.
    if (!engineNow() && this.adapter.findComposers(document).length) loadParts().catch(() => undefined);
  }

  private isOwnUi(el: Element): boolean {
    return closestComposed(el, OWN_UI) !== null;
  }

  // ---- the active composer -----------------------------------------------------------------------------------

  private onFocusIn(e: FocusEvent): void {
    const origin = eventOrigin(e);
    if (!origin || this.isOwnUi(origin)) return;
    const match = this.adapter.composerFor(origin);
    if (match) this.activate(match);
  }

  private activate(match: ComposerMatch): void {
    if (this.active?.composer.element === match.element) return;
    this.deactivate();
    this.lastComposer = match;
    const element = match.element;
    const observer = new MutationObserver(this.guard(() => this.schedule()));
    observer.observe(element, { childList: true, characterData: true, subtree: true });
    this.active = {
      composer: match,
      field: fieldFor(element),
      doc: element.ownerDocument,
      observer,
      mirror: element.tagName === 'TEXTAREA' ? new TextareaMirror(element as HTMLTextAreaElement) : null,
      caret: null,
      text: null,
      snapshot: null,
      report: null,
      targets: [],
    };
    this.attachDocument(element.ownerDocument);
    void this.refreshCustomTemplates();
    void this.ensurePanel().then(
      this.guard((panel: PanelHost | null) => {
        if (panel && this.active?.composer === match) {
          panel.show(true);
          this.renderPanel(false);
          this.requestLayout();
        }
      }),
    );
    if (!engineNow()) {
      loadParts().then(
        this.guard((parts) => {
          this.schedule();
          parts.spellingReady.then(this.guard(() => this.recheck()), () => undefined);
        }),
        () => undefined, // no engine: the panel stays in its idle state
      );
    }
    this.schedule();
  }

  private deactivate(): void {
    const a = this.active;
    this.active = null;
    this.cancelRun?.();
    this.cancelRun = null;
    window.clearTimeout(this.delayTimer);
    this.pendingSince = 0;
    if (!a) return;
    a.observer.disconnect();
    a.mirror?.remove();
    this.highlighter.clear();
    this.tooltip.hide(0);
    this.panel?.show(false);
  }

  /** Fetches the own templates once at a time; the panel is drawn again when they changed. Never rejects. */
  private refreshCustomTemplates(): Promise<void> {
    this.customLoading ??= Promise.resolve()
      .then(() => sendMessage({ type: 'templates-custom' }))
      .then(
        this.guard((answer: unknown) => {
          // An error answer ({ ok: false }) or none at all keeps what was there.
          if (!Array.isArray(answer)) return;
          const next = answer as TemplateDefinition[];
          const same =
            next.length === this.customTemplates.length &&
            next.every((t, i) => JSON.stringify(t) === JSON.stringify(this.customTemplates[i]));
          if (same) return;
          this.customTemplates = next;
          if (this.active) this.renderPanel(false);
        }),
        () => undefined, // the extension was reloaded under the page: built-ins only
      )
      .finally(() => {
        this.customLoading = null;
      });
    return this.customLoading;
  }

  private ensurePanel(): Promise<PanelHost | null> {
    if (this.panel) return Promise.resolve(this.panel);
    this.panelLoading ??= loadParts()
      .then((parts) => parts.createPanel(this.ctx))
      .then(
        (panel) => {
          if (this.disabled) {
            panel.remove();
            return null;
          }
          this.panel = panel;
          panel.onResize = this.guard(() => this.requestLayout());
          return panel;
        },
        () => {
          // Not loaded (the extension was updated or reloaded under the page): try again on the next focus.
          this.panelLoading = null;
          return null;
        },
      );
    return this.panelLoading;
  }

  // ---- analysis ----------------------------------------------------------------------------------------------

  private onInput(e: Event): void {
    // Textareas change no DOM: their input events are the only signal.
    const a = this.active;
    if (a && a.field.kind === 'textarea' && eventOrigin(e) === a.composer.element) this.schedule();
  }

  /**
   * Asks for an analysis: on the next frame when runs are cheap; after a pause of three times their cost when
   * they are not; and for very long posts only once typing pauses (or every few seconds of non-stop typing),
   * so a 60,000-character post never stalls a keystroke while the user types.
   */
  private schedule(): void {
    const a = this.active;
    if (!a || this.disabled) return;
    this.tooltip.hide(0);
    const now = performance.now();
    if (!this.pendingSince) this.pendingSince = now;
    const view = a.doc.defaultView ?? window;
    const runNow = () => {
      window.clearTimeout(this.delayTimer);
      this.delayTimer = 0;
      if (!this.cancelRun) this.cancelRun = frame(view, this.guard(() => this.run()));
    };
    const cost = this.typicalCost();
    const costly = cost >= COSTLY_RUN_MS;
    const maxDelay = costly ? MAX_DELAY_COSTLY_MS : MAX_DELAY_MS;
    const waited = now - this.pendingSince;
    if (cost < CHEAP_RUN_MS || waited >= maxDelay) {
      runNow();
      return;
    }
    // Debounce: each change restarts the wait, but never past maxDelay from the first change.
    window.clearTimeout(this.delayTimer);
    const pause = costly ? Math.max(400, 2 * cost) : 3 * cost;
    this.delayTimer = window.setTimeout(this.guard(runNow), Math.min(pause, maxDelay - waited));
  }

  private typicalCost(): number {
    if (!this.costs.length) return 0;
    const sorted = [...this.costs].sort((x, y) => x - y);
    return sorted[sorted.length >> 1]!;
  }

  private run(): void {
    this.cancelRun = null;
    this.pendingSince = 0;
    const a = this.active;
    if (!a) return;
    if (!a.composer.element.isConnected) {
      this.deactivate();
      return;
    }
    const analyze = engineNow();
    if (!analyze) return;
    const t0 = performance.now();
    const snapshot = a.field.read();
    const changed = snapshot.text !== a.text || !a.report;
    if (changed) {
      a.report = analyze(snapshot.text, this.options(a.composer.platform));
      a.text = snapshot.text;
      this.lastStatus = { adapter: this.adapter.id, platform: a.composer.platform, text: a.text, report: a.report };
    }
    a.snapshot = snapshot;
    this.draw(a);
    this.renderPanel(changed);
    this.costs.push(performance.now() - t0);
    if (this.costs.length > 5) this.costs.shift();
    this.requestLayout();
  }

  private draw(a: Active): void {
    const findings = a.report?.findings ?? [];
    if (a.mirror) {
      const marks = a.mirror.draw(a.text ?? '', findings);
      a.targets = marks.map((m) => ({ finding: m.finding, range: null, rects: () => m.element.getClientRects() }));
      return;
    }
    const drawn = this.highlighter.draw(a.composer.element, findings, (s, e) => a.snapshot?.range(s, e) ?? null);
    a.targets = drawn.map((d) => ({ finding: d.finding, range: d.range, rects: () => d.range.getClientRects() }));
  }

  private renderPanel(newReport: boolean): void {
    const a = this.active;
    const panel = this.panel;
    if (!panel || !a) return;
    const platform = a.composer.platform;
    const props: PanelProps = {
      report: a.report,
      platform,
      maxLength: platform ? LIMITS[platform]?.maxLength : undefined,
      templates: partsNow()?.templateChoices(this.locale, this.customTemplates) ?? [],
      locale: this.locale,
      onApplyFix: this.guard((finding: Finding, replacement: string) => this.applyFix(finding, replacement)),
      onInsertTemplate: this.guard((id: string) => this.insertTemplate(id)),
      onFocusFinding: this.guard((finding: Finding | null) => this.focusFinding(finding)),
      onFocusElement: this.guard((key: ElementKey | null) => this.focusElement(key)),
      onOpenGuide: this.guard((ref: string) => {
        sendMessage({ type: 'open-guide', ref }).catch(() => undefined);
      }),
      onSaveDraft: this.guard(() => this.saveDraft()),
      draftSave: this.drafts.get(a.composer.element)?.save ?? null,
    };
    panel.render(props, newReport);
  }

  // ---- layout ------------------------------------------------------------------------------------------------

  private requestLayout(): void {
    this.tooltip.hide(0);
    if (this.layoutPending || !this.active) return;
    this.layoutPending = frame(window, this.guard(() => {
      this.layoutPending = null;
      this.layout();
    }));
  }

  private layout(): void {
    const a = this.active;
    if (!a || !this.panel) return;
    a.mirror?.layout();
    const card = closestComposed(a.composer.element, '[role="dialog"]') ?? a.composer.element;
    const cardRect = toTopRect(card.getBoundingClientRect(), card.ownerDocument);
    const avoid = this.submitButtons(a).map((b) => toTopRect(b.getBoundingClientRect(), b.ownerDocument));
    this.panel.place(cardRect, avoid);
  }

  /** The visible post buttons near the composer: the panel must not cover them. */
  private submitButtons(a: Active): Element[] {
    const data = this.adapter.data;
    const root = a.composer.element.getRootNode() as Document | ShadowRoot;
    const scopes = new Set<Document | ShadowRoot>([root, document]);
    const out: Element[] = [];
    for (const scope of scopes) {
      if (data.submit.length) out.push(...Array.from(scope.querySelectorAll(data.submit.join(', '))));
      if (data.submitTexts.length) {
        const labels = new Set(data.submitTexts.map((t) => t.toLowerCase()));
        const container = closestComposed(a.composer.element, '[role="dialog"], form') ?? a.composer.element.parentElement?.parentElement;
        if (container) {
          for (const b of Array.from(container.querySelectorAll('button, [role="button"]'))) {
            const label = (b.getAttribute('aria-label') || b.textContent || '').trim().toLowerCase();
            if (labels.has(label)) out.push(b);
          }
        }
      }
    }
    return out.filter((b) => (b as HTMLElement).offsetParent !== null || b.getClientRects().length > 0);
  }

  // ---- hover and caret tooltips ------------------------------------------------------------------------------

  private onMouseMove(e: MouseEvent, doc: Document): void {
    if (!this.active || !this.active.targets.length) return;
    this.hoverPoint = { x: e.clientX, y: e.clientY, doc };
    if (this.hoverPending) return;
    this.hoverPending = frame(doc.defaultView ?? window, this.guard(() => {
      this.hoverPending = null;
      this.hover();
    }));
  }

  private hover(): void {
    const a = this.active;
    const p = this.hoverPoint;
    if (!a || !p) return;
    const box = a.composer.element.getBoundingClientRect();
    const inDoc = a.mirror ? a.composer.element.ownerDocument : a.doc;
    if (p.doc !== inDoc || p.x < box.left - 4 || p.x > box.right + 4 || p.y < box.top - 4 || p.y > box.bottom + 4) {
      if (this.tooltip.shown) this.tooltip.hide();
      return;
    }
    const hit = this.targetAt(a, p.x, p.y);
    if (!hit) {
      if (this.tooltip.shown) this.tooltip.hide();
      return;
    }
    this.tooltip.show(hit.target.finding, this.asDomRect(toTopRect(hit.rect, p.doc)));
  }

  private targetAt(a: Active, x: number, y: number): { target: HoverTarget; rect: DOMRect } | null {
    let best: { target: HoverTarget; rect: DOMRect; size: number } | null = null;
    const n = Math.min(a.targets.length, MAX_HOVER_FINDINGS);
    for (let i = 0; i < n; i++) {
      const t = a.targets[i]!;
      for (const r of Array.from(t.rects())) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
          // The narrowest span wins (a word inside an over-limit tail).
          const size = t.finding.end - t.finding.start;
          if (!best || size < best.size) best = { target: t, rect: r, size };
        }
      }
    }
    return best;
  }

  private asDomRect(r: Rect): DOMRect {
    return new DOMRect(r.left, r.top, r.width, r.height);
  }

  private onSelectionChange(doc: Document): void {
    const a = this.active;
    if (!a || a.doc !== doc || a.field.kind !== 'editable') return;
    const sel = selectionFor(a.composer.element);
    if (!sel || !sel.rangeCount) return;
    const range = sel.getRangeAt(0);
    const el = a.composer.element;
    if (!el.contains(range.startContainer)) return;
    a.caret = range.cloneRange();
    window.clearTimeout(this.caretTimer);
    if (!range.collapsed) return;
    // The caret resting inside a highlighted span shows its tooltip, as hovering does.
    this.caretTimer = window.setTimeout(
      this.guard(() => {
        const caret = this.active?.caret;
        if (!caret || this.active !== a || !caret.collapsed) return;
        const target = a.targets.find((t) => t.range && t.range.isPointInRange(caret.startContainer, caret.startOffset));
        const rects = target?.range ? Array.from(target.range.getClientRects()) : [];
        const last = rects[rects.length - 1];
        if (target && last) this.tooltip.show(target.finding, this.asDomRect(toTopRect(last, a.doc)));
      }),
      CARET_TOOLTIP_DELAY_MS,
    );
  }

  private focusFinding(finding: Finding | null): void {
    const a = this.active;
    if (!a) return;
    if (a.mirror) {
      a.mirror.focus(finding);
      return;
    }
    const target = finding ? a.targets.find((t) => t.finding === finding) ?? a.targets.find((t) => sameFinding(t.finding, finding)) : null;
    this.highlighter.focus(target?.range ?? null);
  }

  /** The evidence of a 5W1H element (hovered or focused in the panel) is emphasised like a finding. */
  private focusElement(key: ElementKey | null): void {
    const a = this.active;
    if (!a || a.mirror) return;
    const e = key ? a.report?.elements[key] : null;
    const range = e && e.start !== null && e.end !== null ? (a.snapshot?.range(e.start, e.end) ?? null) : null;
    this.highlighter.focus(range);
  }

  // ---- writing -----------------------------------------------------------------------------------------------

  private applyFix(finding: Finding, replacement: string): void {
    const a = this.active;
    if (!a) return;
    const snapshot = a.field.read();
    // The text moved on since the report: the span may be elsewhere now. Re-check instead of guessing.
    if (snapshot.text !== a.text || snapshot.text.slice(finding.start, finding.end) !== finding.text) {
      a.text = null;
      this.schedule();
      return;
    }
    this.write(a, { start: finding.start, end: finding.end }, replacement);
  }

  /** Inserts template `id` at the caret (else at the end); resolves whether the editor took it. */
  private insertTemplate(id: string): Promise<boolean> {
    const a = this.active;
    if (!a) return Promise.resolve(false);
    const { profile } = this.settings.current();
    const text = partsNow()?.renderTemplate(id, a.composer.platform, profile, this.customTemplates) ?? null;
    if (text === null) return Promise.resolve(false);
    this.draftInfo(a.composer.element).templateId = id;
    const snapshot = a.field.read();
    let span: TextSpan | null = null;
    if (a.field.kind === 'textarea') {
      const ta = a.composer.element as HTMLTextAreaElement;
      span = { start: ta.selectionStart, end: ta.selectionEnd };
    } else if (a.caret && a.composer.element.contains(a.caret.startContainer)) {
      const start = snapshot.offsetOf(a.caret.startContainer, a.caret.startOffset);
      const end = snapshot.offsetOf(a.caret.endContainer, a.caret.endOffset);
      if (start !== null && end !== null) span = { start: Math.min(start, end), end: Math.max(start, end) };
    }
    span ??= { start: snapshot.text.length, end: snapshot.text.length };
    // A template starts on a line of its own.
    const before = snapshot.text.slice(0, span.start);
    const insert = before && !before.endsWith('\n') ? `\n${text}` : text;
    return this.write(a, span, insert);
  }

  /**
   * The popup's quick template: into the active composer, else the one last used (if still on the page). Null when
   * this frame has none, so another frame may answer.
   */
  private insertFromPopup(id: string): Promise<InsertTemplateAnswer> | null {
    if (this.disabled) return null;
    if (!this.active) {
      const last = this.lastComposer;
      if (!last || !last.element.isConnected) return null;
      this.activate(last);
    }
    // The popup lists the own templates straight from the database: ask for them again before looking the id up.
    return Promise.all([loadParts(), this.refreshCustomTemplates()]).then(
      async () => ((await this.insertTemplate(id)) ? { ok: true } : { ok: false, reason: 'failed' }),
      () => ({ ok: false, reason: 'failed' }),
    );
  }

  private write(a: Active, span: TextSpan, text: string): Promise<boolean> {
    return a.field
      .replace(span, text)
      .then((result) => {
        if (this.active === a) {
          a.text = null;
          this.schedule();
        }
        return result.ok;
      })
      .catch((error: unknown) => {
        this.fail(error);
        return false;
      });
  }

  // ---- drafts ------------------------------------------------------------------------------------------------

  private draftInfo(element: Element): DraftInfo {
    let info = this.drafts.get(element);
    if (!info) {
      info = {};
      this.drafts.set(element, info);
    }
    return info;
  }

  /** 'Simpan draf': the composer's text and report go to the history; its uid is kept for the next save and the post. */
  private saveDraft(): void {
    const a = this.active;
    if (!a) return;
    const text = a.field.read().text;
    if (!text.trim()) return;
    const info = this.draftInfo(a.composer.element);
    const analyze = engineNow();
    const report = a.text === text && a.report ? a.report : analyze ? analyze(text, this.options(a.composer.platform)) : null;
    const update = (save: DraftSaveState) => {
      info.save = save;
      if (this.active === a) this.renderPanel(false);
    };
    update({ state: 'saving', at: Date.now() });
    sendMessage({
      type: 'history-save-draft',
      draft: {
        uid: info.uid,
        platform: a.composer.platform,
        adapter: this.adapter.id,
        url: location.href,
        text,
        report,
        templateId: info.templateId ?? null,
      },
    }).then(
      this.guard((result: { ok: boolean; uid: string; pending: boolean } | undefined) => {
        // Pending writes are kept and retried by the background: the draft has its uid already.
        if (result?.uid) info.uid = result.uid;
        update({ state: result && (result.ok || result.pending) ? 'saved' : 'failed', at: Date.now() });
      }),
      this.guard(() => update({ state: 'failed', at: Date.now() })),
    );
  }

  // ---- submissions -------------------------------------------------------------------------------------------

  private onKeyDown(e: KeyboardEvent): void {
    if (this.tooltip.shown && !this.isOwnUi(eventOrigin(e) ?? document.body)) this.tooltip.hide(0);
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) this.maybeSubmit(e);
  }

  private onClick(e: MouseEvent): void {
    const origin = eventOrigin(e);
    if (!origin || this.isOwnUi(origin)) return;
    this.maybeSubmit(e);
  }

  private maybeSubmit(e: Event): void {
    let composer = this.active?.composer ?? null;
    if (!composer) {
      // Text put there before Cermat arrived, never focused: the page's only composer is the one.
      const all = this.adapter.findComposers(document);
      if (all.length !== 1) return;
      composer = all[0]!;
    }
    if (!this.adapter.isSubmit(e, composer)) return;
    const field = this.active?.composer === composer ? this.active.field : fieldFor(composer.element);
    const text = field.read().text;
    if (!text.trim()) return;
    const now = Date.now();
    if (text === this.lastSubmit.text && now - this.lastSubmit.at < 3000) return;
    this.lastSubmit = { text, at: now };
    const analyze: AnalyzeFn | null = engineNow();
    const report =
      this.active?.composer === composer && this.active.text === text && this.active.report
        ? this.active.report
        : analyze
          ? analyze(text, this.options(composer.platform))
          : null;
    const draft = this.drafts.get(composer.element);
    // The next post from this composer is a new record.
    this.drafts.delete(composer.element);
    sendMessage({
      type: 'post-submitted',
      platform: composer.platform,
      adapter: this.adapter.id,
      url: location.href,
      text,
      report,
      at: now,
      ...(draft?.uid ? { draftUid: draft.uid } : {}),
      ...(draft?.templateId ? { templateId: draft.templateId } : {}),
    }).catch(() => undefined);
  }
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.start === b.start && a.end === b.end;
}
