/**
 * The tooltip of a highlighted span: its message and its fix, shown on hover or when the caret rests in it.
 * Plain DOM in its own shadow root (no React: it must appear within a frame of the pointer moving).
 */
import type { Finding } from '@/lib/analysis/types';

const CSS = `
:host { all: initial; }
.tip { position: fixed; z-index: 2147483647; max-width: 320px; box-sizing: border-box; padding: 8px 10px;
  border-radius: 8px; background: #111827; color: #f9fafb; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.tip[hidden] { display: none; }
.sev { display: inline-block; margin-right: 6px; padding: 0 6px; border-radius: 999px; font-size: 11px; font-weight: 600; text-transform: uppercase; }
.sev.error { background: #dc2626; } .sev.warning { background: #d97706; } .sev.info { background: #2563eb; }
.msg { margin-top: 4px; }
.fix { margin-top: 6px; display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.fix code { font: inherit; font-weight: 600; background: rgba(255,255,255,.12); padding: 1px 5px; border-radius: 4px; }
button { font: inherit; font-size: 12px; cursor: pointer; border: 0; border-radius: 6px; padding: 3px 8px; background: #f9fafb; color: #111827; }
`;

const SEVERITY_LABEL = { error: 'Galat', warning: 'Periksa', info: 'Info' } as const;

export class Tooltip {
  private host: HTMLElement | null = null;
  private tip: HTMLDivElement | null = null;
  private current: Finding | null = null;
  private hideTimer = 0;
  private hovered = false;

  constructor(private readonly onApply: (finding: Finding, replacement: string) => void) {}

  private ensure(): HTMLDivElement {
    if (this.tip) return this.tip;
    const host = document.createElement('cermat-tooltip');
    host.setAttribute('data-cermat', '');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CSS;
    const tip = document.createElement('div');
    tip.className = 'tip';
    tip.hidden = true;
    tip.setAttribute('role', 'tooltip');
    tip.setAttribute('data-testid', 'cermat-tooltip');
    tip.addEventListener('mouseenter', () => {
      this.hovered = true;
      window.clearTimeout(this.hideTimer);
    });
    tip.addEventListener('mouseleave', () => {
      this.hovered = false;
      this.hide(150);
    });
    // Keys and clicks in the tooltip are Cermat's, not the site's.
    for (const type of ['keydown', 'keyup', 'keypress', 'mousedown']) tip.addEventListener(type, (e) => e.stopPropagation());
    shadow.append(style, tip);
    document.documentElement.append(host);
    this.host = host;
    this.tip = tip;
    return tip;
  }

  /** Shows `finding` below `rect` (viewport coordinates of the top document). */
  show(finding: Finding, rect: DOMRect): void {
    window.clearTimeout(this.hideTimer);
    const tip = this.ensure();
    if (this.current !== finding) {
      this.current = finding;
      tip.replaceChildren();
      const head = document.createElement('div');
      const sev = document.createElement('span');
      sev.className = `sev ${finding.severity}`;
      sev.textContent = SEVERITY_LABEL[finding.severity];
      head.append(sev, document.createTextNode(finding.text));
      const msg = document.createElement('div');
      msg.className = 'msg';
      msg.textContent = finding.message;
      tip.append(head, msg);
      const replacement = finding.suggestion;
      if (replacement !== null) {
        const fix = document.createElement('div');
        fix.className = 'fix';
        const code = document.createElement('code');
        code.textContent = replacement || '(hapus)';
        const apply = document.createElement('button');
        apply.type = 'button';
        apply.textContent = 'Terapkan';
        apply.setAttribute('data-testid', 'cermat-tooltip-apply');
        apply.addEventListener('click', () => {
          this.hide(0);
          this.onApply(finding, replacement);
        });
        fix.append(document.createTextNode('Saran:'), code, apply);
        tip.append(fix);
      }
    }
    tip.hidden = false;
    const width = Math.min(320, window.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const below = rect.bottom + 6;
    tip.style.left = `${left}px`;
    tip.style.top = `${below}px`;
    // Above the span when there is no room below.
    const h = tip.offsetHeight;
    if (below + h > window.innerHeight - 4 && rect.top - h - 6 > 0) tip.style.top = `${rect.top - h - 6}px`;
  }

  get shown(): Finding | null {
    return this.tip && !this.tip.hidden ? this.current : null;
  }

  hide(delay = 120): void {
    window.clearTimeout(this.hideTimer);
    const run = () => {
      if (this.hovered || !this.tip) return;
      this.tip.hidden = true;
      this.current = null;
    };
    if (delay <= 0) run();
    else this.hideTimer = window.setTimeout(run, delay);
  }

  remove(): void {
    window.clearTimeout(this.hideTimer);
    this.host?.remove();
    this.host = null;
    this.tip = null;
    this.current = null;
  }
}
