import { startHints } from '@/lib/content/controller';
import { adapterForHost } from '@/lib/content/sites';
import { WEBMAIL_MATCHES } from '@/lib/core/sites';
import { installCatalogTexts } from '@/lib/platform/i18n-texts';

// Inline phrasing hints. Also injected on sites the user enables (scripting.registerContentScripts with
// content-scripts/webmail.js): an unknown host gets the generic adapter.
export default defineContentScript({
  matches: [...WEBMAIL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    installCatalogTexts();
    startHints(adapterForHost(location.hostname), ctx.signal, () => ctx.isValid).catch((error) =>
      console.debug('StrongLetter: hints could not start', error),
    );
  },
});
