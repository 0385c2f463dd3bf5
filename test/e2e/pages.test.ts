/**
 * Proves every page of the web app in English for the roles that use it (test/e2e/support/pages.ts;
 * pages-uk.test.ts does the same in Ukrainian, beside it): its own heading, no serious or critical
 * accessibility violation, no script error or Content-Security-Policy violation. And: numbers and
 * dates follow the locale, the planner computes a what-if plan that cannot be accepted, each role is
 * offered only its actions, a log entry verifies in the browser, and the chosen language is kept.
 */
import { describe, expect, it } from 'vitest';
import { uk } from '../../src/web/i18n/uk.ts';
import { BRIEF } from '../support/brief.ts';
import { STORES } from '../support/stores.ts';
import { HAS_CHROMIUM, screenshot, signIn, SKIP_REASON } from './support/browser.ts';
import { checkEveryPage } from './support/pages.ts';
import { appAndBrowser } from './support/server.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

// The pages are the same interface on either store, so they are checked on the first (PGlite, always
// available); the flow test runs on both stores.
describe.each(STORES.slice(0, 1))('every page in English, and the locale, planner, actions and log on $name', (store) => {
  // The demo's packages and pledges come from the brief's public record (test/support/brief.ts says when it is missing).
  const ready = store.available && HAS_CHROMIUM && BRIEF !== null;

  const env = appAndBrowser(store, ready);

  it.skipIf(!ready)('renders every page in English, accessible, without errors', () => checkEveryPage(env, store.name, 'en'), 180_000);

  it.skipIf(!ready)('formats money and dates for the chosen locale', async () => {
    const texts: Record<string, string> = {};
    for (const locale of ['en', 'uk'] as const) {
      const ctx = await env.browser.context({ locale });
      const page = await ctx.newPage();
      await signIn(page, env.server.url, 'demo-auditor-audit');
      await page.goto(`${env.server.url}/app/pledges/ann-001`);
      await page.locator('dl.facts').waitFor();
      texts[locale] = (await page.locator('dl.facts').innerText()).replace(/\s/g, ' ');
      await ctx.close();
    }
    expect(texts.en).toContain('EUR 500,000,000');
    expect(texts.en).toContain('4 Aug 2025');
    expect(texts.uk).toMatch(/500 000 000 EUR|EUR 500 000 000/);
    expect(texts.uk).toContain('2025');
    expect(texts.uk).toMatch(/серп/);
  });

  it.skipIf(!ready)('computes a plan with the planner, and offers to accept it only when it can be', async () => {
    const ctx = await env.browser.context({ locale: 'en' });
    const page = await ctx.newPage();
    await signIn(page, env.server.url, 'demo-coordinator-nato');
    await page.goto(`${env.server.url}/app/plans`);
    await page.locator('input[name="extra"]').fill('-5');
    await page.getByRole('button', { name: 'Compute a plan' }).click();
    await expect.poll(() => page.locator('input[name="extra"]').getAttribute('aria-invalid')).toBe('true');
    await page.locator('input[name="extra"]').fill('600 000 000');
    await page.getByRole('button', { name: 'Compute a plan' }).click();
    await page.getByRole('heading', { name: 'Proposed allocations' }).waitFor();
    // Hypothetical money can be planned but never accepted.
    expect(await page.locator('main').innerText()).toContain('cannot be accepted');
    expect(await page.getByRole('button', { name: 'Accept the plan' }).count()).toBe(0);
    await screenshot(page, `planner-${store.name}-what-if`);
    await ctx.close();
  });

  it.skipIf(!ready)('offers each role only the actions it may take', async () => {
    const buttons = async (token: string, path: string) => {
      const ctx = await env.browser.context({ locale: 'en' });
      const page = await ctx.newPage();
      await signIn(page, env.server.url, token);
      await page.goto(`${env.server.url}/app${path}`);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      const names = await page.locator('main button, main a.btn').allInnerTexts();
      await ctx.close();
      return names.map((n) => n.trim());
    };
    const auditorList = await buttons('demo-auditor-audit', '/list');
    for (const action of ['Propose a line', 'Validate', 'Reject', 'Price']) expect(auditorList).not.toContain(action);
    expect(await buttons('demo-coordinator-nato', '/list')).toContain('Validate');
    expect(await buttons('demo-recipient-ua-mod', '/list')).toContain('Propose a line');
    expect(await buttons('demo-auditor-audit', '/packages')).not.toContain('Form a package');
    expect(await buttons('demo-auditor-audit', '/pledges')).not.toContain('Announce a pledge');
    // Poland manages its own pledge, and Germany may not touch it.
    expect(await buttons('demo-ally-pl', '/pledges/ann-021')).toContain('Commit the money');
    expect(await buttons('demo-ally-de', '/pledges/ann-021')).not.toContain('Commit the money');
  });

  it.skipIf(!ready)('verifies a log entry in the browser against the signed checkpoint', async () => {
    const ctx = await env.browser.context({ locale: 'en' });
    const page = await ctx.newPage();
    await signIn(page, env.server.url, 'demo-auditor-audit');
    await page.goto(`${env.server.url}/app/log`);
    await page.getByRole('heading', { name: 'Latest signed checkpoint' }).waitFor();
    await page.getByRole('button', { name: /^Verify entry \d+ in this browser$/ }).first().click();
    const result = page.locator('[data-testid="verify-result"]');
    await result.locator('text=Verified:').waitFor();
    expect(await result.locator('.checks li.ok').count()).toBe(5);
    await screenshot(page, `log-${store.name}-verified`);
    await ctx.close();
  });

  it.skipIf(!ready)('remembers the chosen language', async () => {
    const ctx = await env.browser.context();
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}/app/public`);
    await page.getByRole('button', { name: 'Українська' }).click();
    await page.locator('h1', { hasText: uk['public.title'] }).waitFor();
    await page.reload();
    await page.locator('h1', { hasText: uk['public.title'] }).waitFor();
    expect(await page.evaluate("localStorage.getItem('purl.locale')")).toBe('uk');
    await ctx.close();
  });
});
