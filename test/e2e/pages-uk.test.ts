/**
 * Proves every page of the web app in Ukrainian for the roles that use it (test/e2e/support/pages.ts):
 * its own heading in Ukrainian, lang="uk" and no English navigation, no serious or critical
 * accessibility violation, no script error or Content-Security-Policy violation. A file of its own so
 * that it runs beside the English pages (pages.test.ts).
 */
import { describe, it } from 'vitest';
import { BRIEF } from '../support/brief.ts';
import { STORES } from '../support/stores.ts';
import { HAS_CHROMIUM, SKIP_REASON } from './support/browser.ts';
import { checkEveryPage } from './support/pages.ts';
import { appAndBrowser } from './support/server.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

// The pages are the same interface on either store, so they are checked on the first (PGlite).
describe.each(STORES.slice(0, 1))('every page in Ukrainian on $name', (store) => {
  const ready = store.available && HAS_CHROMIUM && BRIEF !== null;
  const env = appAndBrowser(store, ready);

  it.skipIf(!ready)('renders every page in Ukrainian, accessible, without errors', () => checkEveryPage(env, store.name, 'uk'), 180_000);
});
