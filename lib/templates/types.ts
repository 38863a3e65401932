/**
 * Caption templates are data: a body with {{placeholders}}, per-platform variants, and the fields a short form asks
 * for. Built-ins ship as JSON (lib/templates/builtins); an admin's own templates have the same shape and are
 * validated (validate.ts) before they are stored or rendered.
 */
import type { ElementKey, Platform, PostType } from '../analysis/types';

/** Text in both interface languages. */
export interface Bilingual {
  id: string;
  en: string;
}

export interface TemplateField {
  /** Placeholder name: `{{name}}` in the body. Letters, digits and `-`/`_`, starting with a letter. */
  name: string;
  label: Bilingual;
  /** The 5W1H element this field tells, so a filled template is complete. Several fields may tell one element. */
  element?: ElementKey;
  /** A realistic value: the form shows it as a hint and the tests render every template with it. */
  example: string;
  required: boolean;
  /** Longer text (a list of requirements, steps): a textarea in the form. */
  multiline?: boolean;
  /** A closed list of values ([HOAKS], [DISINFORMASI] …): a select in the form. */
  options?: string[];
  /** Taken from the agency profile when the admin leaves the field empty. */
  fallback?: 'agencyName' | 'region';
}

export interface TemplateDefinition {
  id: string;
  title: Bilingual;
  /** What the template is for, one sentence. */
  description?: Bilingual;
  /** The language of the post the template writes. */
  language: 'id' | 'en';
  postType: PostType;
  fields: TemplateField[];
  /** The default text, used on every platform without a variant of its own. */
  body: string;
  /** Platform-specific texts: `x` within 280 weighted characters, `instagram` with hashtags last … */
  variants: Partial<Record<Platform, string>>;
  /** Hashtags of the template's topic (#SiagaBencana), added after the agency's own. */
  hashtags?: string[];
}

/** What the agency profile (options page) gives every template. */
export interface AgencyProfile {
  /** "Dinas Komunikasi dan Informatika Kabupaten Trenggalek". */
  agencyName?: string;
  /** "Kabupaten Trenggalek". */
  region?: string;
  /** The agency's own hashtags, with or without `#`. */
  hashtags?: string[];
  /** A closing line ("Salam hangat, Diskominfo Trenggalek"). */
  signOff?: string;
}

/** Placeholders the renderer fills from the profile; a field may not use these names. */
export const PROFILE_PLACEHOLDERS = ['agency', 'region', 'hashtags', 'signOff'] as const;
export type ProfilePlaceholder = (typeof PROFILE_PLACEHOLDERS)[number];
