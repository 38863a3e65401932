/**
 * A built-in example template until the templates issue brings the real catalogue: an event caption with the
 * 5W1H slots in square brackets for the admin to fill in.
 */
import type { TemplateChoice } from '@/components/panel/types';

export interface BuiltInTemplate extends TemplateChoice {
  text: string;
}

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    id: 'contoh-kegiatan',
    title: 'Kegiatan (contoh)',
    postType: 'event',
    text: [
      '[Nama instansi] menggelar [nama kegiatan] pada [hari, tanggal] pukul [jam] WIB di [tempat kegiatan].',
      'Kegiatan ini bertujuan [tujuan kegiatan] dan diikuti oleh [peserta].',
      'Informasi lebih lanjut: [kanal resmi instansi].',
      '#[TagarInstansi]',
    ].join('\n'),
  },
];

export function templateText(id: string): string | null {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id)?.text ?? null;
}
