export { Panel } from './Panel';
export type { PanelPosition, PanelProps, TemplateChoice } from './types';
