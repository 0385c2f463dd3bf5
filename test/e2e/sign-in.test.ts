/**
 * Proves password sign-in in the browser: a wrong password is refused in place; a demo user signs
 * in, the session cookie is HttpOnly and SameSite=Strict (no script can read it), a write through a
 * form carries the CSRF token and is recorded as that person; a reload keeps the session; signing
 * out ends it on the server.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/users.ts';
import { STORES } from '../support/stores.ts';
import { HAS_CHROMIUM, screenshot, SKIP_REASON } from './support/browser.ts';
import { appAndBrowser } from './support/server.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

describe.each(STORES)('password sign-in in the browser, on $name', (store) => {
  const ready = store.available && HAS_CHROMIUM;

  const env = appAndBrowser(store, ready);

  it.skipIf(!ready)(
    'signs a person in with a cookie session, writes with its CSRF token, keeps it on reload, and signs out',
    async () => {
      const ctx = await env.browser.context({ locale: 'en' });
      const page = await ctx.newPage();
      page.on('pageerror', (e) => {
        throw e;
      });
      const writes: { path: string; csrf: boolean; bearer: boolean }[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST') writes.push({ path: new URL(r.url()).pathname, csrf: 'x-csrf-token' in r.headers(), bearer: 'authorization' in r.headers() });
      });
      await page.goto(`${env.server.url}/app/sign-in`);
      const form = page.locator('form:has(input[name="password"])');

      await form.locator('input[name="username"]').fill('planner@ua-mod');
      await form.locator('input[name="password"]').fill('not the password');
      await form.locator('button[type="submit"]').click();
      await expect.poll(() => form.locator('input[name="password"]').getAttribute('aria-invalid')).toBe('true');
      expect(await form.locator('input[name="username"]').inputValue()).toBe('planner@ua-mod');

      await form.locator('input[name="password"]').fill(DEMO_PASSWORD);
      await form.locator('button[type="submit"]').click();
      await page.locator('.who').waitFor();
      const cookie = (await ctx.cookies()).find((c) => c.name === 'purl_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(await page.evaluate('document.cookie')).not.toContain('purl_session');
      await screenshot(page, `sign-in-${store.name}-signed-in`);

      // A write through a form: the cookie goes by itself, the CSRF token in its header, no token at all.
      const lineId = `e2e-session-${store.name}`;
      await page.goto(`${env.server.url}/app/list/new`);
      await page.locator('input[name="item"]').fill('Session-written line');
      await page.locator('select[name="capabilityArea"]').selectOption('counter_drone');
      await page.locator('input[name="quantity"]').fill('10');
      await page.locator('input[name="unit"]').fill('lot');
      await page.locator('input[name="estimatedUnitPrice"]').fill('1000');
      await page.locator('input[name="neededBy"]').fill('2026-12');
      await page.locator('input[name="lineId"]').fill(lineId);
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL(`**/app/list/${lineId}`);
      expect(writes.find((w) => w.path === '/requirements')).toEqual({ path: '/requirements', csrf: true, bearer: false });
      const events = (await (await fetch(`${env.server.url}/events?type=RequirementProposed&limit=1000`, { headers: { authorization: 'Bearer demo-auditor-audit' } })).json()) as {
        items: { actorUser: string; payload: { lineId: string } }[];
      };
      expect(events.items.find((e) => e.payload.lineId === lineId)?.actorUser).toBe('planner@ua-mod');

      // A reload keeps the session (the cookie, and the CSRF token asked for again).
      await page.reload();
      await page.locator('.who').waitFor();

      await page.locator('.who button').click();
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      const me = await fetch(`${env.server.url}/me`, { headers: { cookie: `purl_session=${cookie!.value}` } });
      expect(me.status).toBe(401);
      await ctx.close();
    },
    120_000,
  );
});
