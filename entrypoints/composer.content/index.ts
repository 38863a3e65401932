/**
 * The composer content script. On the platforms' pages (the manifest's matches, the same list as
 * wxt.config.ts's host_permissions) it picks the platform's adapter; on a site the user enabled from the popup
 * (registered at run time by the background, see lib/platforms/site-access.ts) it picks WordPress by the
 * editor's path, or the generic adapter. Everything else happens in the controller.
 *
 * The engine and the panel (React) are not in this bundle: they are injected on demand (see ./engine.ts), so a
 * platform page only pays for this small script until a composer appears.
 */
import { adapterForUrl, PLATFORM_MATCHES } from '@/lib/platforms';
import { ComposerController } from './controller';

const RUNNING = Symbol.for('cermat.composer');

export default defineContentScript({
  matches: [...PLATFORM_MATCHES],
  runAt: 'document_idle',
  // The panel's stylesheet is inlined into its shadow root (panel-host.tsx), never put into the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    const scope = globalThis as { [RUNNING]?: boolean };
    // Injected twice (the manifest and a just-granted site): one controller is enough.
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    try {
      const adapter = adapterForUrl(new URL(location.href));
      new ComposerController(ctx, adapter).start();
    } catch {
      // A page we do not understand: stay out of its way.
    }
  },
});
