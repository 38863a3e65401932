/**
 * Fills a template for one platform: the platform's variant (or the body), the admin's field values, the agency
 * profile's name, hashtags and sign-off. A field left empty stays in the text as `[Its label]` and its span is
 * returned, so the panel can highlight what is still to be written after the text lands at the caret.
 */
import twitterText from 'twitter-text';
import { PLATFORMS, type Platform } from '../analysis/types';
import { PLATFORM_LIMITS } from '../rules/platform-limit';
import { parseTemplateText, type TemplateNode } from './syntax';
import type { AgencyProfile, Bilingual, TemplateDefinition, TemplateField } from './types';

export interface RenderOptions {
  /** Target platform; without one the body is used and no hashtag cap applies. */
  platform?: Platform;
  /** Field values by name; empty or missing values stay as placeholders. */
  fields?: Readonly<Record<string, string | undefined>>;
  profile?: AgencyProfile;
}

export interface PlaceholderSpan {
  name: string;
  /** The label shown in the text (`[Nama kegiatan]`). */
  label: string;
  /** UTF-16 offsets into `text`, end exclusive. */
  start: number;
  end: number;
  required: boolean;
}

export interface RenderResult {
  text: string;
  /** Fields still to fill, in text order: `text.slice(start, end)` is `[Label]`. */
  placeholders: PlaceholderSpan[];
  /** Required fields with no value (each also appears in `placeholders`). */
  missing: string[];
  /** Which text was used: the platform's variant, or the body. */
  variant: Platform | 'body';
  /** Length as the platform counts it (X's weighted length on `x`, else code points). */
  length: number;
  /** The platform's maximum, when it has one. */
  limit: number | null;
  fits: boolean;
  /** The hashtags written (fewer than the profile has when the platform's cap or length limit cut them). */
  hashtags: string[];
}

export class TemplateRenderError extends Error {
  constructor(readonly messages: Bilingual) {
    super(messages.en);
    this.name = 'TemplateRenderError';
  }
}

/** Platforms whose text is a caption: YouTube's 100-character title is a different thing and needs its own variant. */
export const CAPTION_PLATFORMS: readonly Platform[] = PLATFORMS.filter((p) => p !== 'youtube-title');

/** Where a platform without a variant of its own borrows one: Threads' 500 characters suit X's short text. */
const BORROWS: Partial<Record<Platform, Platform[]>> = { threads: ['x'] };

/** Hashtags a platform shows well: X's own advice is one or two; other caps are the platforms' limits. */
const HASHTAG_STYLE_CAP: Partial<Record<Platform, number>> = { x: 2 };

/** The platforms a template renders for: every caption platform, and any other it has a variant for. */
export function templatePlatforms(template: TemplateDefinition): Platform[] {
  return PLATFORMS.filter((p) => CAPTION_PLATFORMS.includes(p) || template.variants[p] !== undefined);
}

function pickVariant(template: TemplateDefinition, platform: Platform | undefined): { key: Platform | 'body'; source: string } {
  if (!platform) return { key: 'body', source: template.body };
  for (const key of [platform, ...(BORROWS[platform] ?? [])]) {
    const source = template.variants[key];
    if (source !== undefined) return { key, source };
  }
  if (!CAPTION_PLATFORMS.includes(platform)) {
    throw new TemplateRenderError({
      id: `Templat "${template.id}" tidak memiliki varian untuk ${platform}.`,
      en: `Template "${template.id}" has no variant for ${platform}.`,
    });
  }
  return { key: 'body', source: template.body };
}

/** `#Trenggalek Meroket` → `#TrenggalekMeroket`; empty after cleaning → null. */
export function normalizeHashtag(tag: string): string | null {
  const body = tag.trim().replace(/^#+/, '').replace(/[\s#]+/g, '');
  return body ? `#${body}` : null;
}

/** The profile's hashtags, then the template's, without duplicates (case-insensitive), capped for the platform. */
export function hashtagsFor(template: TemplateDefinition, profile: AgencyProfile | undefined, platform: Platform | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of [...(profile?.hashtags ?? []), ...(template.hashtags ?? [])]) {
    const tag = normalizeHashtag(raw);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  const caps = [platform && HASHTAG_STYLE_CAP[platform], platform && PLATFORM_LIMITS[platform]?.maxHashtags].filter(
    (n): n is number => typeof n === 'number',
  );
  return caps.length ? out.slice(0, Math.min(...caps)) : out;
}

/** Field values from the examples: what the tests render and the form shows as hints. */
export function exampleFields(template: TemplateDefinition): Record<string, string> {
  return Object.fromEntries(template.fields.map((f) => [f.name, f.example]));
}

// Sentinels in the intermediate text: a slot (\uE000index\uE001) and a line that may vanish (\uE002).
const SLOT_OPEN = '\uE000';
const SLOT_CLOSE = '\uE001';
const DROP = '\uE002';
const SLOT_RE = /\uE000(\d+)\uE001/g;

interface Slot {
  name: string;
  label: string;
  required: boolean;
  value: string | null;
}

export function renderTemplate(template: TemplateDefinition, options: RenderOptions = {}): RenderResult {
  const variant = pickVariant(template, options.platform);
  const parsed = parseTemplateText(variant.source);
  if (!parsed.ok) throw new TemplateRenderError(parsed.problem.message);
  const tags = hashtagsFor(template, options.profile, options.platform);
  let result = renderWith(template, options, variant.key, parsed.nodes, tags);
  // Over the platform's limit: give up hashtags from the last one, before the admin has to cut their own words.
  for (let n = tags.length - 1; !result.fits && n >= 0; n--) {
    result = renderWith(template, options, variant.key, parsed.nodes, tags.slice(0, n));
  }
  return result;
}

function renderWith(
  template: TemplateDefinition,
  options: RenderOptions,
  variantKey: Platform | 'body',
  nodes: readonly TemplateNode[],
  tags: readonly string[],
): RenderResult {
  const { platform, profile } = options;

  const fields = new Map<string, TemplateField>(template.fields.map((f) => [f.name, f]));
  const lang = template.language;
  const valueOf = (name: string): string | null => {
    const field = fields.get(name);
    const given = options.fields?.[name]?.trim();
    if (given) return given;
    if (field?.fallback) return profile?.[field.fallback]?.trim() || null;
    switch (name) {
      case 'agency':
        return profile?.agencyName?.trim() || null;
      case 'region':
        return profile?.region?.trim() || null;
      case 'signOff':
        return profile?.signOff?.trim() || null;
      case 'hashtags':
        return tags.join(' ') || null;
      default:
        return null;
    }
  };

  const slots: Slot[] = [];
  const emit = (nodes: readonly TemplateNode[]): string => {
    let out = '';
    for (const node of nodes) {
      if (node.kind === 'text') out += node.text;
      else if (node.kind === 'section') {
        const has = valueOf(node.name) !== null;
        out += has !== node.inverted ? emit(node.children) : DROP;
      } else if (node.name === 'hashtags' || node.name === 'signOff') {
        // Optional parts of the profile: without them the line goes, not a bracket the admin must delete.
        out += valueOf(node.name) ?? DROP;
      } else {
        const field = fields.get(node.name);
        const label = field ? field.label[lang] : PROFILE_LABELS[node.name as keyof typeof PROFILE_LABELS]?.[lang] ?? node.name;
        slots.push({ name: node.name, label, required: field?.required ?? true, value: valueOf(node.name) });
        out += `${SLOT_OPEN}${slots.length - 1}${SLOT_CLOSE}`;
      }
    }
    return out;
  };
  const draft = tidy(emit(nodes));

  let text = '';
  const placeholders: PlaceholderSpan[] = [];
  let last = 0;
  SLOT_RE.lastIndex = 0;
  for (let m = SLOT_RE.exec(draft); m; m = SLOT_RE.exec(draft)) {
    text += draft.slice(last, m.index);
    last = m.index + m[0].length;
    const slot = slots[Number(m[1])]!;
    if (slot.value !== null) {
      text += slot.value;
      continue;
    }
    const shown = `[${slot.label}]`;
    placeholders.push({ name: slot.name, label: slot.label, start: text.length, end: text.length + shown.length, required: slot.required });
    text += shown;
  }
  text += draft.slice(last);

  const missing = [...new Set(placeholders.filter((p) => p.required).map((p) => p.name))];
  const limit = (platform && PLATFORM_LIMITS[platform]?.maxLength) ?? null;
  const length = platform === 'x' ? twitterText.parseTweet(text).weightedLength : [...text].length;
  return { text, placeholders, missing, variant: variantKey, length, limit, fits: limit === null || length <= limit, hashtags: [...tags] };
}

/** Labels of the profile's placeholders when the profile leaves them empty. */
const PROFILE_LABELS = {
  agency: { id: 'Nama instansi', en: 'Agency name' },
  region: { id: 'Wilayah', en: 'Region' },
} as const;

/**
 * Removes the lines an empty section or profile value left blank, trailing spaces, and runs of blank lines, so a
 * template without a sign-off or hashtags reads as if written that way.
 */
function tidy(draft: string): string {
  const lines: string[] = [];
  for (const line of draft.split('\n')) {
    const dropped = line.includes(DROP);
    const clean = line.split(DROP).join('').replace(/[ \t]+$/, '').replace(/ {2,}/g, ' ');
    if (dropped && clean.trim() === '') continue;
    lines.push(dropped ? clean.replace(/^ +/, '') : clean);
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
