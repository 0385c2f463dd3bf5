/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), headless, with a fresh
 * profile, and the helpers every browser test uses: sign in through the form, run axe-core in the
 * page, save a screenshot to test-results/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_REASON = `browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium; never download a browser)`;
export const SCREENSHOTS = resolve(import.meta.dirname, '../../../test-results/screenshots');

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface BrowserSession {
  browser: Browser;
  close(): Promise<void>;
  /** axe: lets the test inject axe-core past the app's Content-Security-Policy (which forbids inline scripts). */
  context(opts?: { locale?: 'en' | 'uk'; axe?: boolean }): Promise<BrowserContext>;
}

export async function launch(): Promise<BrowserSession> {
  // playwright-core gives every launch a fresh, empty profile directory of its own (it refuses --user-data-dir).
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async context(opts = {}) {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: opts.locale === 'uk' ? 'uk-UA' : 'en-GB', timezoneId: 'UTC', bypassCSP: !!opts.axe });
      if (opts.locale) await ctx.addInitScript(`localStorage.setItem('purl.locale', ${JSON.stringify(opts.locale)})`);
      return ctx;
    },
    async close() {
      await browser.close();
    },
  };
}

export async function signIn(page: Page, base: string, token: string): Promise<void> {
  await page.goto(`${base}/app/sign-in`);
  await page.locator('input[name="token"]').fill(token);
  await page.locator('form:has(input[name="token"]) button[type="submit"]').click();
  await page.locator('.who').waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core run in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  // Run in the page (a string, so this Node-side file needs no DOM types).
  const result = (await page.evaluate(`(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  })()`)) as AxeViolation[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
