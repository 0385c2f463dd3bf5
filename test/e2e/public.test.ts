/**
 * Proves the public view in the browser: reachable without signing in, it asks only the public
 * endpoints (never with a token), and never shows a restricted field: no package contents or
 * names, line items, case references, shipments, notes, or the reason an amount was withheld,
 * although the record holds all of these.
 */
import { describe, expect, it } from 'vitest';
import { BRIEF } from '../support/brief.ts';
import { STORES } from '../support/stores.ts';
import { HAS_CHROMIUM, screenshot, SKIP_REASON } from './support/browser.ts';
import { appAndBrowser } from './support/server.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

describe.each(STORES)('the public view in the browser, on $name', (store) => {
  // The demo's packages and pledges come from the brief's public record (test/support/brief.ts says when it is missing).
  const ready = store.available && HAS_CHROMIUM && BRIEF !== null;

  const env = appAndBrowser(store, ready);

  it.skipIf(!ready)('shows aggregates and public-record pledges only, without a token', async () => {
    // What the record holds and the public must not see: read with a token, from the API itself.
    const auth = { authorization: 'Bearer demo-auditor-audit' };
    const packages = (await (await fetch(`${env.server.url}/packages?limit=500`, { headers: auth })).json()) as { items: { packageId: string; name: string; caseReference: string | null }[] };
    const lines = (await (await fetch(`${env.server.url}/requirements?limit=500`, { headers: auth })).json()) as { items: { item: string }[] };
    const shipments = (await (await fetch(`${env.server.url}/shipments?limit=500`, { headers: auth })).json()) as { items: { shipmentId: string }[] };
    const pledges = (await (await fetch(`${env.server.url}/pledges?limit=500`, { headers: auth })).json()) as { items: { contents: string | null; note: string | null; amountMissingReason: string | null }[] };
    const restricted = [
      ...packages.items.flatMap((p) => [p.packageId, p.name, p.caseReference ?? '']),
      ...lines.items.map((l) => l.item),
      ...shipments.items.map((s) => s.shipmentId),
      ...pledges.items.flatMap((p) => [p.contents ?? '', p.note ?? '', p.amountMissingReason ?? '']),
    ].filter((s) => s.length > 3);
    expect(restricted.length).toBeGreaterThan(50);

    const ctx = await env.browser.context({ locale: 'en' });
    const page = await ctx.newPage();
    const requests: { path: string; auth: boolean }[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!u.pathname.startsWith('/app')) requests.push({ path: u.pathname, auth: 'authorization' in r.headers() });
    });
    await page.goto(`${env.server.url}/app/public`);
    await page.locator('[data-testid="public-view"]').waitFor();
    await page.waitForLoadState('networkidle');
    // Open every "show the figures" table so that all the page holds is in its text.
    for (const d of await page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
    const text = await page.locator('body').innerText();
    const html = await page.content();
    for (const secret of restricted) {
      expect(text, secret).not.toContain(secret);
      expect(html, secret).not.toContain(secret);
    }
    expect(text).toContain('Pledges on the public record');
    expect(new Set(requests.map((r) => r.path))).toEqual(new Set(['/public/overview', '/reference/gdp', '/organizations']));
    expect(requests.every((r) => !r.auth)).toBe(true);
    await screenshot(page, `public-${store.name}-signed-out`);
    await ctx.close();
  });

  it.skipIf(!ready)('sends a signed-out visitor of a desk page to sign in, with the public view a click away', async () => {
    const ctx = await env.browser.context({ locale: 'en' });
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}/app/packages/pkg-ca-air-defence`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain('ILLUSTRATIVE-LOA');
    await page.getByRole('link', { name: 'Public view' }).first().click();
    await page.locator('[data-testid="public-view"]').waitFor();
    await ctx.close();
  });
});
