import type { ElementKey, Finding, Locale, Platform, Report } from '@/lib/analysis/types';

/** A template as the panel's picker lists it. */
export interface TemplateChoice {
  id: string;
  title: string;
  postType: string;
}

/** A point in viewport pixels (the panel's top-left corner). */
export interface PanelPosition {
  x: number;
  y: number;
}

/** Where the last 'Save draft' stands: being saved, saved (at: when), or failed. */
export interface DraftSaveState {
  state: 'saving' | 'saved' | 'failed';
  at: number;
}

/** What the content script gives the panel; the panel renders and sends intents back, nothing else. */
export interface PanelProps {
  report: Report | null;
  /** The engine platform of the active composer (decides the length counter). */
  platform: Platform | undefined;
  /** The platform's length limit, when it has one. */
  maxLength?: number;
  templates: TemplateChoice[];
  locale: Locale;
  onApplyFix(finding: Finding, replacement: string): void;
  onInsertTemplate(id: string): void;
  /** Focus or hover on a finding: the content script shows its highlight. */
  onFocusFinding(finding: Finding | null): void;
  onOpenGuide(ref: string): void;

  // Optional: everything below may be left out; the panel then manages it on its own.

  /**
   * Where the panel floats (viewport pixels, `position: fixed`). Without it the panel stays in the flow of its
   * host, so the caller places the host; once the user drags it, it floats at the dragged position.
   */
  position?: PanelPosition | null;
  /** The user finished moving the panel (drag or arrow keys), so the caller can remember the place. */
  onMove?(position: PanelPosition): void;
  /** Start as the small badge. */
  defaultCollapsed?: boolean;
  /** The user collapsed or expanded the panel. */
  onCollapsedChange?(collapsed: boolean): void;
  /** Focus or hover on one of the 5W1H elements (null when it ends): the caller may highlight its evidence. */
  onFocusElement?(key: ElementKey | null): void;
  /** 'Save draft' was clicked: the caller stores the draft in the history. Without it there is no button. */
  onSaveDraft?(): void;
  /** The last save's state, shown beside the button (null or left out: not saved yet). */
  draftSave?: DraftSaveState | null;
  /** Force a colour scheme (the site's own dark mode); by default it follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
}
