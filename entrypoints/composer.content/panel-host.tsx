/**
 * Mounts the panel (components/panel) in a shadow root (<cermat-panel>) and places it beside the active composer
 * without covering the post button. Renders synchronously (flushSync) so a keystroke's result is on screen in
 * the same frame as the analysis. The host carries `data-cermat-revision`, bumped on each new report, which the
 * browser benchmark watches.
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel } from '@/components/panel/Panel';
// The panel's stylesheet as text, put into the shadow root directly: no fetch of an extension file (which would
// have to be web-accessible to every site the user enables), and no wait before the panel can mount.
import panelCss from '@/components/panel/panel.css?inline';
import type { PanelPosition, PanelProps } from '@/components/panel/types';
import { placePanel, type Rect } from './placement';

export type { Rect };

const PANEL_WIDTH = 340;
const MARGIN = 8;

/** Keys typed in the panel stay in the panel (the site's shortcuts must not see them). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut'];

export class PanelHost {
  private revision = 0;
  private userPosition: PanelPosition | null = null;
  private lastProps: PanelProps | null = null;
  private resizeObserver: ResizeObserver | null = null;
  /** Called when the panel's size changes (findings come and go, the picker opens): the caller re-places it. */
  onResize: (() => void) | null = null;

  private constructor(
    private readonly ui: ShadowRootContentScriptUi<Root>,
    private readonly frame: HTMLElement,
  ) {}

  static async create(ctx: ContentScriptContext): Promise<PanelHost> {
    let frame: HTMLElement | null = null;
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'cermat-panel',
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
      append: 'last',
      isolateEvents: ISOLATED_EVENTS,
      css: panelCss,
      onMount(container, shadow) {
        frame = shadow.querySelector('html');
        return createRoot(container);
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    ui.shadowHost.setAttribute('data-cermat', '');
    const host = new PanelHost(ui, frame ?? ui.uiContainer);
    const s = host.frame.style;
    s.position = 'fixed';
    s.zIndex = '2147483600';
    s.width = `${PANEL_WIDTH}px`;
    s.left = '-10000px';
    s.top = '0';
    host.resizeObserver = new ResizeObserver(() => host.onResize?.());
    host.resizeObserver.observe(host.frame);
    return host;
  }

  get element(): HTMLElement {
    return this.ui.shadowHost;
  }

  /** Whether an event's path went through the panel. */
  contains(node: EventTarget | null): boolean {
    return node === this.ui.shadowHost || (node instanceof Node && this.ui.shadowHost.contains(node));
  }

  render(props: PanelProps, newReport: boolean): void {
    const root = this.ui.mounted;
    if (!root) return;
    const full: PanelProps = {
      ...props,
      position: this.userPosition,
      onMove: (p) => {
        this.userPosition = p;
      },
    };
    this.lastProps = full;
    flushSync(() => root.render(<Panel {...full} />));
    this.ui.shadowHost.setAttribute('data-platform', props.platform ?? '');
    if (newReport) this.ui.shadowHost.setAttribute('data-cermat-revision', String(++this.revision));
  }

  show(visible: boolean): void {
    this.frame.style.display = visible ? '' : 'none';
  }

  /** Places the panel beside `card` (top-document viewport coordinates), off the `avoid` rectangles. */
  place(card: Rect, avoid: readonly Rect[]): void {
    if (this.userPosition) return;
    const measured = this.frame.getBoundingClientRect();
    const size = { width: PANEL_WIDTH, height: Math.max(64, measured.height || 320) };
    const { left, top } = placePanel(card, size, { width: window.innerWidth, height: window.innerHeight }, avoid);
    this.frame.style.left = `${Math.round(left)}px`;
    this.frame.style.top = `${Math.round(top)}px`;
    this.frame.style.maxHeight = `${window.innerHeight - 2 * MARGIN}px`;
  }

  get props(): PanelProps | null {
    return this.lastProps;
  }

  remove(): void {
    this.resizeObserver?.disconnect();
    this.ui.remove();
  }
}
