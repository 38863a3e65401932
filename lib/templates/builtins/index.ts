/**
 * The built-in templates, in the order the picker lists them. Each is a JSON file in this folder, in the same format
 * an admin imports, and passes the same validator when the module loads: a broken built-in fails every test at once.
 */
import type { TemplateDefinition } from '../types';
import { formatProblem, validateTemplate } from '../validate';
import announcementEn from './announcement-en.json';
import capaianProgram from './capaian-program.json';
import dukaCita from './duka-cita.json';
import eventReportEn from './event-report-en.json';
import imbauan from './imbauan.json';
import infoPemilu from './info-pemilu.json';
import infografisData from './infografis-data.json';
import klarifikasiHoaks from './klarifikasi-hoaks.json';
import klarifikasiInstansi from './klarifikasi-instansi.json';
import layananPublik from './layanan-publik.json';
import liputanKegiatan from './liputan-kegiatan.json';
import lowonganRekrutmen from './lowongan-rekrutmen.json';
import pengumuman from './pengumuman.json';
import peringatanDiniBencana from './peringatan-dini-bencana.json';
import ucapanHariBesar from './ucapan-hari-besar.json';
import undanganAgenda from './undangan-agenda.json';

const SOURCES: unknown[] = [
  liputanKegiatan,
  undanganAgenda,
  pengumuman,
  layananPublik,
  imbauan,
  peringatanDiniBencana,
  lowonganRekrutmen,
  infoPemilu,
  capaianProgram,
  infografisData,
  klarifikasiHoaks,
  klarifikasiInstansi,
  ucapanHariBesar,
  dukaCita,
  eventReportEn,
  announcementEn,
];

export const BUILTIN_TEMPLATES: readonly TemplateDefinition[] = Object.freeze(
  SOURCES.map((source, i) => {
    const result = validateTemplate(source);
    if (!result.ok) {
      throw new Error(`Built-in template #${i} is invalid:\n${result.problems.map((p) => formatProblem(p, 'en')).join('\n')}`);
    }
    return Object.freeze(result.template);
  }),
);
