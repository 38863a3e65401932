export { analyze, type AnalyzeOptions } from './analyze';
export { REQUIRED_ELEMENTS } from './post-type';
export { SCORE_WEIGHTS } from './score';
export * from './types';
