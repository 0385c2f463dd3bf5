/**
 * Proves two actions taken through the web app, in Ukrainian, with axe-core finding no serious
 * violation on the page: the coordinator releases an allocation from the package page (after a
 * confirmation; the package page then shows it released and the package's gap back), and the
 * coordinator records a guarantee commitment on a framework's page (a missing pillar is caught
 * beside the field and nothing typed is lost; the commitment then appears in the framework's
 * table and in the API). A role that may not release is not offered the form.
 */
import { describe, expect, it } from 'vitest';
import { uk } from '../../src/web/i18n/uk.ts';
import { BRIEF } from '../support/brief.ts';
import { STORES } from '../support/stores.ts';
import { HAS_CHROMIUM, screenshot, seriousViolations, signIn, SKIP_REASON } from './support/browser.ts';
import { appAndBrowser } from './support/server.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const COORDINATOR = 'demo-coordinator-nato';

async function call(base: string, method: string, path: string, token: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const r = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json', 'idempotency-key': `e2e-actions-${method}-${path}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, json: await r.json() };
}

describe.each(STORES.slice(0, 1))('actions through the web app, on $name', (store) => {
  const ready = store.available && HAS_CHROMIUM && BRIEF !== null;

  const env = appAndBrowser(store, ready);

  it.skipIf(!ready)(
    'releases an allocation from the package page, after a confirmation',
    async () => {
      // Poland commits its USD 100m and NATO allocates it to package 5 (as in the README's tour).
      expect((await call(env.server.url, 'POST', '/pledges/ann-021/commit', 'demo-ally-pl', {})).status).toBe(200);
      const alloc = await call(env.server.url, 'POST', '/allocations', COORDINATOR, { pledgeId: 'ann-021', packageId: 'pkg-nordic-baltic', amount: { minor: '10000000000', currency: 'USD' } });
      expect(alloc.status).toBe(201);
      const live = (await call(env.server.url, 'GET', '/allocations?packageId=pkg-nordic-baltic', COORDINATOR)).json as { items: { allocationId: string; pledgeId: string }[] };
      const allocationId = live.items.find((a) => a.pledgeId === 'ann-021')!.allocationId;
      const before = (await call(env.server.url, 'GET', '/packages/pkg-nordic-baltic', COORDINATOR)).json as { gap: { minor: string } };

      // The auditor reads the same page and is offered no release.
      const auditorCtx = await env.browser.context({ locale: 'uk' });
      const auditor = await auditorCtx.newPage();
      await signIn(auditor, env.server.url, 'demo-auditor-audit');
      await auditor.goto(`${env.server.url}/app/packages/pkg-nordic-baltic`);
      await auditor.locator('#alloc-title').waitFor();
      expect(await auditor.locator('#release').count()).toBe(0);
      await auditorCtx.close();

      const ctx = await env.browser.context({ locale: 'uk', axe: true });
      const page = await ctx.newPage();
      page.on('pageerror', (e) => {
        throw e;
      });
      await signIn(page, env.server.url, COORDINATOR);
      await page.goto(`${env.server.url}/app/packages/pkg-nordic-baltic`);
      const release = page.locator('details#release');
      await release.locator('summary', { hasText: uk['release.title'] }).click();
      expect(await page.evaluate('document.documentElement.lang')).toBe('uk');

      // A reason too short is caught beside the field; the choice of allocation is kept.
      await release.locator('select[name="allocationId"]').selectOption(allocationId);
      await release.locator('textarea[name="reason"]').fill('no');
      await release.locator('button[type="submit"]').click();
      await expect.poll(() => release.locator('textarea[name="reason"]').getAttribute('aria-invalid')).toBe('true');
      expect(await release.locator('select[name="allocationId"]').inputValue()).toBe(allocationId);
      expect(await seriousViolations(page)).toEqual([]);

      // Asked to confirm; cancelling sends nothing.
      await release.locator('textarea[name="reason"]').fill('Poland redirects its money to another package');
      await release.locator('button[type="submit"]').click();
      const dialog = page.locator('dialog.confirm');
      await dialog.locator('#confirm-title', { hasText: uk['release.confirmTitle'] }).waitFor();
      await dialog.locator('button', { hasText: uk['common.cancel'] }).click();
      expect(((await call(env.server.url, 'GET', `/allocations/${allocationId}`, COORDINATOR)).json as { released: boolean }).released).toBe(false);

      await release.locator('button[type="submit"]').click();
      await dialog.locator('button.btn-danger', { hasText: uk['release.submit'] }).click();
      // The page reloads its package: the allocation is shown released and the gap is back.
      await page.locator('section[aria-labelledby="alloc-title"] td', { hasText: uk['packages.released'] }).waitFor();
      const after = (await call(env.server.url, 'GET', '/packages/pkg-nordic-baltic', COORDINATOR)).json as { gap: { minor: string } };
      expect(BigInt(after.gap.minor) - BigInt(before.gap.minor)).toBe(10000000000n);
      expect(((await call(env.server.url, 'GET', `/allocations/${allocationId}`, COORDINATOR)).json as { released: boolean; releasedReason: string }).releasedReason).toBe(
        'Poland redirects its money to another package',
      );
      expect(await page.locator('details#release').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `actions-${store.name}-released-uk`);
      await ctx.close();
    },
    180_000,
  );

  it.skipIf(!ready)(
    'records a guarantee commitment on a framework page, keeping what was typed when a field is missing',
    async () => {
      const ctx = await env.browser.context({ locale: 'uk', axe: true });
      const page = await ctx.newPage();
      page.on('pageerror', (e) => {
        throw e;
      });
      await signIn(page, env.server.url, COORDINATOR);
      await page.goto(`${env.server.url}/app/guarantees/agreement-be`);
      const form = page.locator('section[aria-labelledby="commitment-form-title"] form');
      await page.locator('#commitment-form-title', { hasText: uk['gform.commitmentTitle'] }).waitFor();
      expect(await page.evaluate('document.documentElement.lang')).toBe('uk');
      const rowsBefore = await page.locator('section[aria-labelledby="commitments-title"] tbody tr').count();

      const statement = 'Belgium will train Ukrainian F-16 technicians in 2026 (test entry)';
      await form.locator('select[name="kind"]').selectOption('money');
      await form.locator('input[name="amount"]').fill('1 000 000');
      await form.locator('select[name="currency"]').selectOption('EUR');
      await form.locator('input[name="period"]').fill('for 2026');
      await form.locator('textarea[name="statement"]').fill(statement);
      await form.locator('input[name="sourceUrl"]').fill('https://example.org/belgium-2026');
      await form.locator('input[name="commitmentId"]').fill('e2e-commitment-be');
      // No pillar chosen: the error is beside the pillars, and nothing typed is lost.
      await form.locator('button[type="submit"]').click();
      await form.locator('#pillars-error', { hasText: uk['gform.pickPillar'] }).waitFor();
      expect(await form.locator('textarea[name="statement"]').inputValue()).toBe(statement);
      expect(await form.locator('input[name="amount"]').inputValue()).toBe('1 000 000');
      expect(await seriousViolations(page)).toEqual([]);

      await form.locator('input[name="pillars"][value="training"]').check();
      await form.locator('button[type="submit"]').click();
      await expect.poll(() => page.locator('section[aria-labelledby="commitments-title"] tbody tr').count(), { timeout: 15_000 }).toBe(rowsBefore + 1);
      const c = await call(env.server.url, 'GET', '/guarantees/commitments/e2e-commitment-be', COORDINATOR);
      expect(c.status).toBe(200);
      expect(c.json).toMatchObject({
        frameworkId: 'agreement-be',
        guarantors: [{ orgId: 'be' }],
        pillars: ['training'],
        statement,
        publicRecord: true,
        terms: { kind: 'money', amount: { minor: '100000000', currency: 'EUR' }, basis: 'total' },
        sources: [{ url: 'https://example.org/belgium-2026' }],
      });
      // The form is empty again, ready for the next one.
      expect(await form.locator('textarea[name="statement"]').inputValue()).toBe('');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `actions-${store.name}-commitment-uk`);
      await ctx.close();
    },
    180_000,
  );
});
