import { defineConfig } from 'wxt';

// Platform hosts the content script runs on; kept here so the manifest asks for nothing wider.
const PLATFORM_MATCHES = [
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://www.instagram.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.tiktok.com/*',
  'https://studio.youtube.com/*',
  'https://www.threads.com/*',
  'https://www.threads.net/*',
  'https://www.linkedin.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Cermat',
    description:
      'Asisten penulisan unggahan media sosial instansi pemerintah: 5W1H, data pribadi, netralitas ASN, EYD V. Semua diperiksa di peramban Anda.',
    permissions: ['storage'],
    host_permissions: PLATFORM_MATCHES,
  },
});
