/**
 * Caption and hoax-clarification templates: the built-ins, the renderer, the short form, validation of imported
 * templates. The store (store.ts) is imported on its own by extension pages and the background: it pulls in Dexie.
 */
export { BUILTIN_TEMPLATES } from './builtins';
export { allTemplates, findTemplate, getBuiltinTemplate, isBuiltinTemplate, templateChoices, type TemplateChoice } from './catalog';
export { templateForm, type FormInput } from './form';
export {
  CAPTION_PLATFORMS,
  TemplateRenderError,
  exampleFields,
  hashtagsFor,
  normalizeHashtag,
  renderTemplate,
  templatePlatforms,
  type PlaceholderSpan,
  type RenderOptions,
  type RenderResult,
} from './render';
export { PROFILE_PLACEHOLDERS, type AgencyProfile, type Bilingual, type TemplateDefinition, type TemplateField } from './types';
export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  formatProblem,
  parseTemplateFile,
  validateTemplate,
  type TemplateFile,
  type TemplateProblem,
  type ValidationResult,
} from './validate';
