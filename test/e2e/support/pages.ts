/**
 * The page-by-page check of the browser tests, one run per language (pages.test.ts in English,
 * pages-uk.test.ts in Ukrainian, so that the two run side by side): every page renders its own heading
 * in the chosen language (Ukrainian pages carry lang="uk" and no English navigation), axe-core finds
 * no serious or critical accessibility violation, and the page loads without a script error or a
 * Content-Security-Policy violation. A screenshot of each page goes to test-results/screenshots/.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { en, type MessageKey } from '../../../src/web/i18n/en.ts';
import { uk } from '../../../src/web/i18n/uk.ts';
import type { BrowserSession } from './browser.ts';
import { screenshot, seriousViolations, signIn } from './browser.ts';
import type { RunningApp } from './server.ts';

export interface PageCase {
  name: string;
  path: string;
  token: string | null;
  /** The h1, by its message key, or null when the title is the record's own name. */
  title: MessageKey | null;
}

export const PAGES: PageCase[] = [
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

export const NAV_KEYS: MessageKey[] = ['nav.overview', 'nav.list', 'nav.packages', 'nav.pledges', 'nav.plans', 'nav.guarantees', 'nav.log', 'nav.accessLog'];

/** Visits every page as its role in `locale` and checks it (see the file's comment). */
export async function checkEveryPage(env: { server: RunningApp; browser: BrowserSession }, storeName: string, locale: 'en' | 'uk'): Promise<void> {
  const messages = locale === 'uk' ? uk : en;
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
    await screenshot(page, `page-${storeName}-${locale}-${c.name}`);
  }
  expect(problems).toEqual([]);
  await ctx.close();
}
