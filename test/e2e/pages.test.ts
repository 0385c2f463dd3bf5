/**
 * Proves every page of the web app, in English and in Ukrainian, for the roles that use it: it
 * renders its own heading in the chosen language (Ukrainian pages carry lang="uk" and no English
 * navigation), numbers and dates follow the locale, axe-core finds no serious or critical
 * accessibility violation, and the page loads without a script error or a Content-Security-Policy
 * violation. A screenshot of each page in each language goes to test-results/screenshots/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/web/i18n/en.ts';
import { uk } from '../../src/web/i18n/uk.ts';
import { BRIEF } from '../support/brief.ts';
import { STORES } from '../support/stores.ts';
import { HAS_CHROMIUM, screenshot, seriousViolations, signIn, SKIP_REASON } from './support/browser.ts';
import { appAndBrowser } from './support/server.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

interface PageCase {
  name: string;
  path: string;
  token: string | null;
  /** The h1, by its message key, or null when the title is the record's own name. */
  title: MessageKey | null;
}

const PAGES: PageCase[] = [
  { name: 'overview', path: '/', token: 'demo-auditor-audit', title: 'overview.title' },
  { name: 'list', path: '/list', token: 'demo-recipient-ua-mod', title: 'list.title' },
  { name: 'list-coordinator', path: '/list', token: 'demo-coordinator-nato', title: 'list.title' },
  { name: 'propose-line', path: '/list/new', token: 'demo-recipient-ua-mod', title: 'propose.title' },
  { name: 'line', path: '/list/ill-harm-a', token: 'demo-supplier-us-dod', title: null },
  { name: 'packages', path: '/packages', token: 'demo-coordinator-nato', title: 'packages.title' },
  { name: 'new-package', path: '/packages/new', token: 'demo-coordinator-nato', title: 'newPackage.title' },
  { name: 'package', path: '/packages/pkg-nordic-baltic', token: 'demo-coordinator-nato', title: null },
  { name: 'package-delivering', path: '/packages/pkg-nordic-air-defence', token: 'demo-recipient-ua-mod', title: null },
  // Withheld from the caller: a shipment's schedule (the auditor) and a package's lines (an Ally).
  { name: 'package-schedule-withheld', path: '/packages/pkg-de-air-defence', token: 'demo-auditor-audit', title: null },
  { name: 'package-lines-withheld', path: '/packages/pkg-ca-air-defence', token: 'demo-ally-nl', title: null },
  { name: 'access-log', path: '/access-log', token: 'demo-ally-nl', title: 'access.title' },
  { name: 'pledges', path: '/pledges', token: 'demo-ally-pl', title: 'pledges.title' },
  { name: 'announce', path: '/pledges/new', token: 'demo-ally-pl', title: 'announce.title' },
  { name: 'pledge', path: '/pledges/ann-021', token: 'demo-ally-pl', title: null },
  { name: 'log', path: '/log', token: 'demo-auditor-audit', title: 'log.title' },
  { name: 'planner', path: '/plans', token: 'demo-coordinator-nato', title: 'plans.title' },
  { name: 'guarantees', path: '/guarantees', token: 'demo-coordinator-nato', title: 'g.title' },
  { name: 'framework', path: '/guarantees/agreement-be', token: 'demo-coordinator-nato', title: null },
  { name: 'public', path: '/public', token: null, title: 'public.title' },
  { name: 'sign-in', path: '/sign-in', token: null, title: 'auth.title' },
];

const NAV_KEYS: MessageKey[] = ['nav.overview', 'nav.list', 'nav.packages', 'nav.pledges', 'nav.plans', 'nav.guarantees', 'nav.log', 'nav.accessLog'];

// The pages are the same interface on either store, so they are checked on the first (PGlite, always
// available); the flow test runs on both stores.
describe.each(STORES.slice(0, 1))('every page in both languages on $name', (store) => {
  // The demo's packages and pledges come from the brief's public record (test/support/brief.ts says when it is missing).
  const ready = store.available && HAS_CHROMIUM && BRIEF !== null;

  const env = appAndBrowser(store, ready);

  for (const locale of ['en', 'uk'] as const) {
    const messages = locale === 'uk' ? uk : en;
    it.skipIf(!ready)(
      `renders every page in ${locale === 'uk' ? 'Ukrainian' : 'English'}, accessible, without errors`,
      async () => {
        const ctx = await env.browser.context({ locale, axe: true });
        const problems: string[] = [];
        let page: Page | null = null;
        let signedInAs: string | null = null;
        for (const c of PAGES) {
          if (c.token !== signedInAs || !page) {
            await page?.close();
            page = await ctx.newPage();
            const p = page;
            p.on('pageerror', (e) => problems.push(`${c.name}: ${e.message}`));
            p.on('console', (m) => {
              if (m.type() === 'error' && /Content Security Policy|Uncaught/.test(m.text())) problems.push(`${c.name}: ${m.text()}`);
            });
            if (c.token) await signIn(p, env.server.url, c.token);
            signedInAs = c.token;
          }
          await page.goto(`${env.server.url}/app${c.path}`);
          await page.locator('h1').waitFor();
          await page.waitForLoadState('networkidle');
          await page.locator('[role="status"]').waitFor({ state: 'detached' }).catch(() => undefined);

          expect(await page.evaluate('document.documentElement.lang'), c.name).toBe(locale);
          const h1 = (await page.locator('h1').innerText()).trim();
          if (c.title) expect(h1, c.name).toBe(messages[c.title]);
          if (c.token) {
            const nav = await page.locator('nav.main-nav').innerText();
            for (const k of NAV_KEYS) expect(nav, c.name).toContain(messages[k]);
            if (locale === 'uk') for (const k of NAV_KEYS) expect(nav, c.name).not.toContain(en[k]);
          }
          const violations = await seriousViolations(page);
          expect(violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${c.name} (${locale})`).toEqual([]);
          await screenshot(page, `page-${store.name}-${locale}-${c.name}`);
        }
        expect(problems).toEqual([]);
        await ctx.close();
      },
      180_000,
    );
  }

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
