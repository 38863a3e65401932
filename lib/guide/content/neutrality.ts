import type { GuideSectionSource } from '../types';

export const NEUTRALITY: GuideSectionSource[] = [
  {
    id: 'pp-94-2021',
    chapter: 'neutrality',
    title: { id: 'PP 94/2021: PNS dilarang mendukung calon', en: 'Regulation 94/2021: civil servants must not support candidates' },
    summaryEn:
      'Civil servants must not support candidates for president, regional head, DPR, DPD or DPRD: no campaigning, party or civil-service attributes, state facilities, or "meetings, invitations, appeals, calls or gifts".',
    source: 'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, Pasal 5 huruf n.',
    keywords: ['netralitas', 'netral', 'asn', 'pns', 'pemilu', 'pilkada', 'kampanye', 'calon', 'paslon', 'partai', 'capres', 'cagub', 'cabup', 'dukungan', 'coblos', 'politik praktis', 'disiplin pns'],
    body: `
Pasal 5 huruf n PP 94/2021 melarang PNS memberikan dukungan kepada calon presiden dan wakil presiden, calon kepala daerah, calon anggota DPR, DPD, dan DPRD. Larangan itu mencakup antara lain:

- ikut kampanye;
- menggunakan atribut partai atau atribut PNS dalam kegiatan dukungan;
- menggunakan fasilitas negara;
- mengadakan atau terlibat dalam **pertemuan, ajakan, imbauan, seruan, atau pemberian barang** yang berpihak kepada calon.

Akun media sosial instansi adalah fasilitas negara dan dikelola ASN, sehingga tidak boleh memuat ajakan memilih atau dukungan kepada calon, partai, atau nomor urut mana pun.

## Yang boleh dan justru diharapkan
Informasi pemilihan yang netral: jadwal dan tahapan dari KPU, jam buka TPS, ajakan menggunakan hak pilih tanpa menyebut pihak mana pun, serta ajakan melaporkan pelanggaran kepada Bawaslu. Templat "Informasi pemilihan (netral)" menyediakan contohnya.

x Ayo coblos nomor 2 demi Trenggalek yang lebih maju!
+ Pemungutan suara Pilkada Kabupaten Trenggalek berlangsung Rabu, 27 November 2024 pukul 07.00–13.00 WIB. Gunakan hak pilih Anda di TPS sesuai surat pemberitahuan.

Lihat juga [SKB 2/2022](#skb-2-2022) tentang perilaku ASN di media sosial.
`,
  },
  {
    id: 'skb-2-2022',
    chapter: 'neutrality',
    title: { id: 'SKB 2/2022: netralitas ASN di media sosial', en: 'Joint Decree 2/2022: civil-service neutrality on social media' },
    summaryEn:
      "No posting, commenting, sharing, liking, joining or following a candidate's campaign team account or group, and no photos with candidates or campaign teams that show partisanship or party attributes.",
    source:
      'Keputusan Bersama (SKB) Nomor 2 Tahun 2022 Menteri Dalam Negeri, Menteri PANRB, Kepala BKN, Ketua KASN, dan Ketua Bawaslu tentang netralitas pegawai ASN, ditetapkan 22 September 2022.',
    keywords: ['skb', 'netralitas', 'asn', 'like', 'suka', 'share', 'bagikan', 'komentar', 'tim sukses', 'timses', 'tim pemenangan', 'foto bersama calon', 'simbol jari', 'pose jari', 'atribut partai', 'bawaslu', 'kasn'],
    body: `
SKB yang ditetapkan lima lembaga pada 22 September 2022 merinci perilaku ASN yang dianggap tidak netral, termasuk di media sosial:

- mengunggah, mengomentari, membagikan, menyukai, bergabung, atau mengikuti akun atau grup pemenangan calon;
- berfoto bersama calon atau tim kampanye dengan menunjukkan tanda keberpihakan atau atribut partai.

## Artinya bagi admin
- Akun instansi tidak membagikan ulang unggahan calon atau tim pemenangan, dan tidak memakai tagar kampanye.
- Foto kegiatan yang memuat calon atau atribut partai perlu dipertimbangkan ulang; hindari pose atau simbol jari yang dapat dibaca sebagai nomor urut.
- Pejabat yang juga calon tetap dapat diberitakan dalam kapasitas jabatannya, tanpa ajakan memilih dan tanpa slogan kampanye.

Cermat menandai nama partai, slogan atau tagar kampanye, dan ajakan memilih calon tertentu. Informasi pemilihan yang netral tidak ditandai, lihat [PP 94/2021](#pp-94-2021).
`,
  },
  {
    id: 'se-menpan-rb-137-2018',
    chapter: 'neutrality',
    title: { id: 'SE MenPAN-RB 137/2018: ASN bermedia sosial', en: 'Circular 137/2018: civil servants on social media' },
    summaryEn:
      'Information civil servants share must have a clear, verifiable source and contain no falsehood; no hoaxes, slander, provocation, radicalism, terrorism or pornography; nothing that creates hatred towards individuals or groups.',
    source: 'Surat Edaran Menteri PANRB Nomor 137 Tahun 2018 tentang penggunaan media sosial oleh ASN, butir 6, 7, dan 8.',
    keywords: ['surat edaran', 'se', 'menpan', 'asn', 'sumber jelas', 'dapat dipertanggungjawabkan', 'verifikasi', 'katanya', 'kabarnya', 'provokasi', 'radikalisme', 'terorisme', 'fitnah'],
    body: `
Surat edaran ini mengatur cara ASN menggunakan media sosial, termasuk ketika mengelola akun instansi:

- **Butir 6**: informasi yang disebarkan harus jelas sumbernya, dapat diverifikasi, dan tidak mengandung kebohongan.
- **Butir 7**: tidak membuat atau menyebarkan hoaks, fitnah, provokasi, radikalisme, terorisme, atau pornografi.
- **Butir 8**: tidak menyebarkan informasi yang menimbulkan kebencian atau permusuhan terhadap individu atau kelompok.

## Artinya bagi admin
- Sebutkan sumber setiap angka dan keputusan: "menurut data Dinas Kesehatan per Desember 2024", "berdasarkan prakiraan BMKG".
- Hindari kalimat kabar angin seperti "katanya", "kabarnya", atau "info dari grup sebelah". Cermat menandai ungkapan seperti ini.
- Bila informasi belum pasti, tunggu konfirmasi sebelum mengunggah.

x Kabarnya jalan provinsi akan ditutup minggu depan, info dari grup sebelah.
+ Dinas PUPR Provinsi Jawa Timur menutup Jalan Raya Trenggalek–Ponorogo pada 21–23 Juli 2025 untuk perbaikan jembatan (siaran pers Dinas PUPR, 15 Juli 2025).

Lihat juga [ciri kabar bohong](#hoax-labels).
`,
  },
  {
    id: 'permenpan-rb-83-2012',
    chapter: 'neutrality',
    title: { id: 'Permenpan-RB 83/2012: pedoman media sosial instansi', en: 'Ministerial Regulation 83/2012: social-media guidelines for agencies' },
    summaryEn:
      'Principles (credible, integrity, professional, responsive, integrated, representative) and ethics for agency accounts. Its current status could not be verified: use it as a reference, not as binding law.',
    source:
      'Peraturan Menteri PANRB Nomor 83 Tahun 2012 tentang Pedoman Pemanfaatan Media Sosial Instansi Pemerintah; aturan turunan daerah: Pergub Jawa Timur 18/2016, Perbup Bandung 73/2018, Perbup Buleleng 17/2017.',
    status:
      'Status belum terverifikasi: pada 2018 seorang pejabat daerah menyebut peraturan ini telah dicabut, sementara aturan turunan di daerah masih berlaku. Cermat memakainya sebagai rujukan, bukan sebagai hukum yang pasti masih mengikat. Periksa status terbarunya sebelum mengutipnya secara resmi.',
    keywords: ['permenpan', 'pedoman media sosial', 'prinsip', 'kredibel', 'integritas', 'profesional', 'responsif', 'terintegrasi', 'keterwakilan', 'etika', 'rahasia negara', 'pergub', 'perbup'],
    body: `
Peraturan ini menjadi pedoman awal pengelolaan media sosial instansi pemerintah.

## Prinsip
- **Kredibel**: informasi dapat dipercaya.
- **Integritas**: jujur dan konsisten.
- **Profesional**: dikelola dengan cakap.
- **Responsif**: menanggapi masyarakat.
- **Terintegrasi**: selaras dengan kanal dan kebijakan instansi lainnya.
- **Keterwakilan**: akun mewakili instansi, bukan pribadi pengelolanya.

## Etika
- menjunjung kehormatan instansi;
- menjaga rahasia negara;
- menaati kode etik pegawai negeri;
- memberikan informasi publik yang benar, tepat, dan akurat.

Tidak ditemukan batas waktu menanggapi komentar dalam peraturan ini; angka yang sering beredar sebaiknya tidak dikutip sebagai ketentuan resmi.

> Beberapa daerah menurunkan pedoman ini ke aturan sendiri, misalnya Pergub Jawa Timur 18/2016, Perbup Bandung 73/2018, dan Perbup Buleleng 17/2017. Bila daerah Anda memiliki aturan serupa, aturan daerah itulah yang pertama Anda rujuk.
`,
  },
];
