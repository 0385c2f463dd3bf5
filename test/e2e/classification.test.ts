/**
 * Proves classification through the web app: the Netherlands restricts its pledge's amount with the
 * form on the pledge page (a missing reason is caught beside the field and nothing chosen is lost;
 * setting the same level twice shows the server's refusal in place; lowering it to public asks
 * first, and cancelling sends nothing), naming NATO as reader. The auditor then sees the amount,
 * payments and sums withheld with the reason and is offered no form; NATO sees the amount; and the
 * Netherlands finds NATO's read in its access log. axe-core finds no serious violation on the form
 * and on the access log, in English and in Ukrainian.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.ts';
import { uk } from '../../src/web/i18n/uk.ts';
import { BRIEF } from '../support/brief.ts';
import { STORES } from '../support/stores.ts';
import { HAS_CHROMIUM, screenshot, seriousViolations, signIn, SKIP_REASON } from './support/browser.ts';
import { appAndBrowser } from './support/server.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const NL = 'demo-ally-nl';
const NATO = 'demo-coordinator-nato';
const AUDITOR = 'demo-auditor-audit';
const PLEDGE = 'ann-001'; // the Netherlands' EUR 500m, public on the record (it has published sources)

async function get(base: string, path: string, token: string): Promise<unknown> {
  const r = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(r.status, path).toBe(200);
  return r.json();
}

const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

function failOnErrors(page: Page): void {
  page.on('pageerror', (e) => {
    throw e;
  });
}

describe.each(STORES)('classification through the web app, on $name', (store) => {
  const ready = store.available && HAS_CHROMIUM && BRIEF !== null;

  const env = appAndBrowser(store, ready);

  it.skipIf(!ready)(
    "an Ally restricts its pledge's amount to NATO: the auditor sees it withheld with the reason, NATO sees it, and the read is in the Ally's access log",
    async () => {
      const before = (await get(env.server.url, `/pledges/${PLEDGE}`, AUDITOR)) as { amount: { minor: string; currency: string } | null; classification: { amount: string } };
      expect(before.amount).not.toBeNull();
      expect(before.classification.amount).toBe('public');

      // The Netherlands sets the level through the form.
      const ctx = await env.browser.context({ locale: 'en', axe: true });
      const page = await ctx.newPage();
      failOnErrors(page);
      await signIn(page, env.server.url, NL);
      await page.goto(`${env.server.url}/app/pledges/${PLEDGE}`);
      const form = page.locator('details#classify-pledge');
      await form.locator('summary', { hasText: en['classify.pledgeTitle'] }).click();
      await form.locator('select[name="field"]').selectOption('amount');
      await form.locator('select[name="level"]').selectOption('restricted');
      await form.locator('textarea[name="note"]').fill('the Netherlands asks that its figure stay confidential');
      // No reason: caught beside the field; the level, field and note chosen are kept.
      await form.locator('button[type="submit"]').click();
      await expect.poll(() => form.locator('select[name="reason"]').getAttribute('aria-invalid')).toBe('true');
      expect(await form.locator('.error', { hasText: en['classify.needReason'] }).count()).toBe(1);
      expect(await form.locator('select[name="level"]').inputValue()).toBe('restricted');
      expect(await form.locator('select[name="field"]').inputValue()).toBe('amount');
      expect(await form.locator('textarea[name="note"]').inputValue()).toBe('the Netherlands asks that its figure stay confidential');
      expect(await seriousViolations(page)).toEqual([]);

      await form.locator('select[name="reason"]').selectOption('donor-confidentiality');
      await form.locator('input[name="readers"][value="nato"]').check();
      await form.locator('button[type="submit"]').click();
      // The page reloads the pledge: the amount's level is shown restricted, with the reason.
      const amountLevel = page.locator('dl.facts li[data-field="amount"]');
      await amountLevel.locator('.badge-level-restricted').waitFor();
      expect(await amountLevel.innerText()).toContain(en['reason.donor-confidentiality']);
      const rows = ((await get(env.server.url, '/classifications?kind=pledge', NL)) as { items: { id: string; field: string; level: string; reason: string | null }[] }).items;
      expect(rows.find((r) => r.id === PLEDGE && r.field === 'amount')).toMatchObject({ level: 'restricted', reason: 'donor-confidentiality' });

      // The same level again: the server's refusal is shown in place, and what was chosen is kept.
      await form.locator('button[type="submit"]').click();
      await form.locator('[role="alert"]', { hasText: 'already so classified' }).waitFor();
      expect(await form.locator('select[name="level"]').inputValue()).toBe('restricted');

      // Lowering it to public asks first; cancelling sends nothing.
      await form.locator('select[name="level"]').selectOption('public');
      await form.locator('button[type="submit"]').click();
      const dialog = page.locator('dialog.confirm');
      await dialog.locator('#confirm-title', { hasText: en['classify.publishTitle'] }).waitFor();
      await dialog.locator('button', { hasText: en['common.cancel'] }).click();
      expect(((await get(env.server.url, `/pledges/${PLEDGE}`, NL)) as { classification: { amount: string } }).classification.amount).toBe('restricted');
      await screenshot(page, `classification-${store.name}-nl-form-en`);
      await ctx.close();

      // The auditor: the amount and what would reveal it are withheld, with the reason; no form.
      const reason = fill(en['classification.withheldBecause'], { reason: en['reason.donor-confidentiality'] });
      const audCtx = await env.browser.context({ locale: 'en' });
      const aud = await audCtx.newPage();
      failOnErrors(aud);
      await signIn(aud, env.server.url, AUDITOR);
      await aud.goto(`${env.server.url}/app/pledges/${PLEDGE}`);
      const facts = aud.locator('dl.facts');
      await facts.locator('li[data-field="amount"] .badge-level-restricted').waitFor();
      const fact = (label: string) => facts.locator(`xpath=./dt[normalize-space()="${label}"]/following-sibling::dd[1]`);
      for (const label of [en['pledges.amount'], en['pledges.paid'], en['pledges.allocated']]) expect((await fact(label).innerText()).trim(), label).toBe(reason);
      expect(await facts.innerText()).not.toContain('500,000,000');
      expect(await aud.locator('ul.withheld').innerText()).toContain(fill(en['classification.withheld'], { level: en['level.restricted'], reason: en['reason.donor-confidentiality'] }));
      expect(await aud.locator('section[aria-labelledby="payments-title"] td', { hasText: reason }).count()).toBeGreaterThan(0);
      expect(await aud.locator('details#classify-pledge').count()).toBe(0);
      expect(((await get(env.server.url, `/pledges/${PLEDGE}`, AUDITOR)) as { amount: unknown }).amount).toBeNull();
      await screenshot(aud, `classification-${store.name}-auditor-withheld`);
      await audCtx.close();

      // NATO, named as reader, sees the amount; not a contributor, it is offered no form.
      const natoCtx = await env.browser.context({ locale: 'en' });
      const nato = await natoCtx.newPage();
      failOnErrors(nato);
      await signIn(nato, env.server.url, NATO);
      await nato.goto(`${env.server.url}/app/pledges/${PLEDGE}`);
      await nato.locator('dl.facts li[data-field="amount"] .badge-level-restricted').waitFor();
      const natoFacts = await nato.locator('dl.facts').innerText();
      expect(await nato.locator(`xpath=//dl[contains(@class, "facts")]/dt[normalize-space()="${en['pledges.amount']}"]/following-sibling::dd[1]`).innerText()).toContain('500,000,000');
      expect(natoFacts).not.toContain(reason);
      expect(await nato.locator('details#classify-pledge').count()).toBe(0);
      await natoCtx.close();

      // The Netherlands reads its access log, in Ukrainian: NATO's read of the amount is there.
      const logCtx = await env.browser.context({ locale: 'uk', axe: true });
      const log = await logCtx.newPage();
      failOnErrors(log);
      await signIn(log, env.server.url, NL);
      await log.locator('nav.main-nav a', { hasText: uk['nav.accessLog'] }).click();
      await log.locator('h1', { hasText: uk['access.title'] }).waitFor();
      const natoRow = log.locator('tbody tr', { hasText: uk['org.nato'] }).filter({ hasText: 'GET /pledges/:pledgeId' });
      await natoRow.first().waitFor();
      const rowText = await natoRow.first().innerText();
      expect(rowText).toContain(PLEDGE);
      expect(rowText).toContain(uk['classification.field.amount']);
      expect(await log.evaluate('document.documentElement.lang')).toBe('uk');
      expect(await seriousViolations(log)).toEqual([]);
      const api = (await get(env.server.url, '/access-log', NL)) as { items: { viewerOrg: string; recordId: string; field: string }[]; total: number };
      expect(api.items.some((r) => r.viewerOrg === 'nato' && r.recordId === PLEDGE && r.field === 'amount')).toBe(true);
      expect(await log.locator('tbody tr').count()).toBe(Math.min(api.total, 50));
      await screenshot(log, `classification-${store.name}-access-log-uk`);

      // The form in Ukrainian, with the readers shown, is accessible too.
      await log.goto(`${env.server.url}/app/pledges/${PLEDGE}`);
      const ukForm = log.locator('details#classify-pledge');
      await ukForm.locator('summary', { hasText: uk['classify.pledgeTitle'] }).click();
      await ukForm.locator('select[name="field"]').selectOption('amount');
      await ukForm.locator('select[name="level"]').selectOption('restricted');
      await ukForm.locator('input[name="readers"]').first().waitFor();
      await ukForm.locator('select[name="reason"]').selectOption('');
      await ukForm.locator('button[type="submit"]').click();
      await ukForm.locator('.error', { hasText: uk['classify.needReason'] }).waitFor();
      expect(await seriousViolations(log)).toEqual([]);
      await screenshot(log, `classification-${store.name}-nl-form-uk`);
      await logCtx.close();
    },
    240_000,
  );
});
