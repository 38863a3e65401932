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
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    default_locale: 'id',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    action: { default_title: '__MSG_extName__' },
    // Enterprise policy: a Diskominfo IT team can pre-set the agency profile and rule pack (public/managed_schema.json).
    storage: { managed_schema: 'managed_schema.json' },
    // activeTab: the popup reads the current tab's URL on a site Cermat has no host permission for.
    // scripting: the background injects the engine on demand and registers the composer script on user-enabled sites.
    permissions: ['storage', 'scripting', 'activeTab', 'unlimitedStorage'],
    host_permissions: PLATFORM_MATCHES,
    // WordPress (any agency host) and the generic adapter: only on sites the user enables from the popup.
    optional_host_permissions: ['*://*/*'],
    // Firefox asks every extension to declare what it collects: Cermat collects nothing.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'cermat@cermat.local', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
