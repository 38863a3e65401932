/**
 * Ids of the guideline-reference sections (lib/guide). Every finding's `ref` is one of these, so the guide page
 * can open the section that explains it; a test checks that each id has a section.
 */
export const GUIDE_REFS = [
  '5w1h',
  'caption-structure',
  'hoax-labels',
  'hoax-clarification',
  'uu-ite-pasal-26',
  'uu-ite-pasal-27',
  'uu-ite-pasal-27a',
  'uu-ite-pasal-27b',
  'uu-ite-pasal-28',
  'uu-ite-pasal-29',
  'uu-pdp-pasal-4',
  'uu-sppa-pasal-19',
  'pp-94-2021',
  'skb-2-2022',
  'se-menpan-rb-137-2018',
  'permenpan-rb-83-2012',
  'eyd-v',
  'eyd-v-kata-baku',
  'eyd-v-di-ke',
  'eyd-v-waktu',
  'eyd-v-angka',
  'eyd-v-kalimat',
  'accessibility',
  'platform-limits',
  'custom-rules',
] as const;
export type GuideRef = (typeof GUIDE_REFS)[number];

export function isGuideRef(id: string): id is GuideRef {
  return (GUIDE_REFS as readonly string[]).includes(id);
}
