/**
 * Proves the security-guarantees registry's forms through the web app. A signed-in guarantor
 * (Belgium) registers a framework from the registry page, records a negotiation step on its page,
 * sets its commitment's schedule, links a delivery as evidence and withdraws it again; after each,
 * the page shows the result and the API holds it. Each form first refuses a bad input beside the
 * field (a check in the page, or the server's field-named refusal) and writes nothing. Those the
 * commands do not authorize are not offered the forms: the auditor registers nothing, an Ally that
 * is no party to a framework keeps none of it, and the coordinator keeps only the public record.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.ts';
import { BRIEF } from '../support/brief.ts';
import { STORES } from '../support/stores.ts';
import { HAS_CHROMIUM, screenshot, seriousViolations, signIn, SKIP_REASON } from './support/browser.ts';
import { appAndBrowser } from './support/server.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const BELGIUM = 'demo-ally-be';
const FRAMEWORK = 'e2e-be-maritime';
const COMMITMENT = 'e2e-be-maritime-money';

async function get<T>(base: string, path: string, token: string): Promise<{ status: number; json: T }> {
  const r = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: r.status, json: (await r.json()) as T };
}

async function post(base: string, path: string, token: string, body: unknown): Promise<number> {
  const r = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `e2e-guarantees-${path}` }, body: JSON.stringify(body) });
  return r.status;
}

type Commitment = { fulfilment: { obligations: { obligationId: string | null; dueBy: string | null }[]; evidence: { fulfilmentId: string; description: string | null }[] }; schedule: { setAt: string | null } };

/** A page signed in as `token`, failing the test on any uncaught error in it. */
async function pageFor(env: ReturnType<typeof appAndBrowser>, token: string, axe = false): Promise<Page> {
  const ctx = await env.browser.context({ locale: 'en', axe });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await signIn(page, env.server.url, token);
  return page;
}

const invalid = (page: Page, selector: string) => expect.poll(() => page.locator(selector).getAttribute('aria-invalid')).toBe('true');

describe.each(STORES.slice(0, 1))('the guarantee registry through the web app, on $name', (store) => {
  const ready = store.available && HAS_CHROMIUM && BRIEF !== null;
  const env = appAndBrowser(store, ready);

  it.skipIf(!ready)(
    'a guarantor registers a framework, records a negotiation step, sets a schedule, links evidence and withdraws it',
    async () => {
      const base = env.server.url;
      const page = await pageFor(env, BELGIUM, true);
      const frameworks = async () => (await get<{ items: unknown[] }>(base, '/guarantees/frameworks', BELGIUM)).json.items.length;

      // Register, from the registry page. Belgium is named as the first party already.
      await page.goto(`${base}/app/guarantees`);
      const register = page.locator('section[aria-labelledby="register-framework-title"] form');
      await register.waitFor();
      await expect.poll(() => register.locator('select[name="parties.0.orgId"]').inputValue()).toBe('be');
      const before = await frameworks();
      const rowsBefore = await page.locator('section[aria-labelledby="frameworks-title"] tbody tr').count();
      await register.locator('input[name="title"]').fill('Be');
      await register.locator('select[name="kind"]').selectOption('coalition_arrangement');
      await register.locator('select[name="parties.1.orgId"]').selectOption('ua-mod');
      await register.locator('input[name="frameworkId"]').fill(FRAMEWORK);
      // A title too short is caught in the page, beside the field.
      await register.locator('button[type="submit"]').click();
      await invalid(page, 'section[aria-labelledby="register-framework-title"] input[name="title"]');
      await register.locator('input[name="title"]').fill('Belgium–Ukraine maritime arrangement (test)');
      // A date that does not exist passes the page's pattern; the server names the field and it is shown there.
      await register.locator('input[name="startsOn"]').fill('2025-02-30');
      await register.locator('button[type="submit"]').click();
      await invalid(page, 'section[aria-labelledby="register-framework-title"] input[name="startsOn"]');
      expect(await register.locator('input[name="startsOn"] ~ p.error').textContent()).toContain('real date');
      expect(await register.locator('input[name="title"]').inputValue()).toBe('Belgium–Ukraine maritime arrangement (test)');
      expect(await frameworks()).toBe(before);
      expect(await seriousViolations(page)).toEqual([]);

      await register.locator('input[name="startsOn"]').fill('2025-03');
      await register.locator('button[type="submit"]').click();
      await expect.poll(() => page.locator('section[aria-labelledby="frameworks-title"] tbody tr').count(), { timeout: 15_000 }).toBe(rowsBefore + 1);
      await page.locator('.alert-ok a', { hasText: 'Belgium–Ukraine maritime arrangement (test)' }).waitFor();
      const fw = await get<{ parties: { orgId: string; role: string }[]; publicRecord: boolean; kind: string; startsOn: { value: string } }>(base, `/guarantees/frameworks/${FRAMEWORK}`, BELGIUM);
      expect(fw.status).toBe(200);
      expect(fw.json).toMatchObject({ kind: 'coalition_arrangement', publicRecord: false, startsOn: { value: '2025-03' } });
      expect(fw.json.parties.map((p) => [p.orgId, p.role])).toEqual([
        ['be', 'guarantor'],
        ['ua-mod', 'beneficiary'],
      ]);

      // A negotiation step, on the framework's page.
      await page.locator('.alert-ok a').click();
      const milestone = page.locator('section[aria-labelledby="milestone-form-title"] form');
      await milestone.waitFor();
      await milestone.locator('input[name="on"]').fill('2025-06');
      await milestone.locator('select[name="kind"]').selectOption('negotiation_round');
      await milestone.locator('input[name="title"]').fill('First round on patrol boats (test)');
      await milestone.locator('input[name="participants"][value="be"]').check();
      await milestone.locator('input[name="topics"][value="maritime_security"]').check();
      await milestone.locator('button[type="submit"]').click();
      await invalid(page, 'section[aria-labelledby="milestone-form-title"] textarea[name="outcome"]');
      expect((await get<{ milestones: unknown[] }>(base, `/guarantees/frameworks/${FRAMEWORK}`, BELGIUM)).json.milestones).toEqual([]);
      await milestone.locator('textarea[name="outcome"]').fill('Both sides agree on the number of boats to discuss next.');
      await milestone.locator('button[type="submit"]').click();
      await page.locator('section[aria-labelledby="fw-milestones"] td', { hasText: 'First round on patrol boats (test)' }).waitFor();
      expect((await get<{ milestones: unknown[] }>(base, `/guarantees/frameworks/${FRAMEWORK}`, BELGIUM)).json.milestones).toMatchObject([
        { kind: 'negotiation_round', on: { value: '2025-06' }, participants: [{ orgId: 'be' }], topics: ['maritime_security'] },
      ]);

      // Belgium's commitment under it (the commitment form is proved in actions.test.ts): EUR 150m a year for 2025-2026.
      const commitment = {
        commitmentId: COMMITMENT,
        frameworkId: FRAMEWORK,
        guarantors: ['be'],
        pillars: ['maritime_security'],
        terms: { kind: 'money', amount: { minor: '15000000000', currency: 'EUR' }, qualifier: 'exact', basis: 'per_year', period: { from: '2025', to: '2026', text: 'each year of 2025-2026' } },
        statement: 'Belgium: EUR 150m a year for maritime security in 2025 and 2026 (test entry).',
      };
      expect(await post(base, '/guarantees/commitments', BELGIUM, commitment)).toBe(201);
      await page.reload();
      const details = page.locator(`details#commitment-${COMMITMENT}`);
      await details.locator('summary').click();

      // The schedule: one obligation a year is offered; a year's amount that differs from the yearly figure is refused by the server beside that field.
      const schedule = details.locator(`section[aria-labelledby="schedule-title-${COMMITMENT}"] form`);
      await schedule.waitFor();
      expect(await schedule.locator('input[name="obligations.0.dueBy"]').inputValue()).toBe('2025');
      expect(await schedule.locator('input[name="obligations.1.dueBy"]').inputValue()).toBe('2026');
      await schedule.locator('input[name="obligations.1.amount"]').fill('140000000');
      await schedule.locator('button[type="submit"]').click();
      await invalid(page, `details#commitment-${COMMITMENT} input[name="obligations.1.amount"]`);
      const scheduleOf = async () => (await get<Commitment>(base, `/guarantees/commitments/${COMMITMENT}`, BELGIUM)).json;
      expect((await scheduleOf()).schedule.setAt).toBeNull();
      expect(await seriousViolations(page)).toEqual([]);
      await schedule.locator('input[name="obligations.1.amount"]').fill('150000000');
      await schedule.locator('button[type="submit"]').click();
      await details.locator('td', { hasText: '2026' }).first().waitFor();
      expect((await scheduleOf()).fulfilment.obligations.map((o) => [o.obligationId, o.dueBy])).toEqual([
        ['2025', '2025'],
        ['2026', '2026'],
      ]);

      // Evidence: a sourced delivery toward 2025. Without a basis it is refused in the page.
      const fulfil = details.locator(`section[aria-labelledby="fulfilment-title-${COMMITMENT}"] form`);
      await fulfil.locator('select[name="evidence.kind"]').selectOption('delivery');
      await fulfil.locator('select[name="obligationId"]').selectOption('2025');
      await fulfil.locator('textarea[name="evidence.description"]').fill('Two patrol boats handed over (test)');
      await fulfil.locator('input[name="evidence.amount"]').fill('20000000');
      await fulfil.locator('input[name="evidence.deliveredOn"]').fill('2025-05-01');
      await fulfil.locator('input[name="evidence.sources"]').fill('https://example.org/be-boats');
      await fulfil.locator('button[type="submit"]').click();
      await invalid(page, `section[aria-labelledby="fulfilment-title-${COMMITMENT}"] textarea[name="basis"]`);
      expect((await scheduleOf()).fulfilment.evidence).toEqual([]);
      await fulfil.locator('textarea[name="basis"]').fill('The boats were delivered under this arrangement.');
      await fulfil.locator('button[type="submit"]').click();
      await details.locator('td', { hasText: 'Two patrol boats handed over (test)' }).waitFor();
      const evidence = (await scheduleOf()).fulfilment.evidence;
      expect(evidence).toMatchObject([{ description: 'Two patrol boats handed over (test)' }]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `guarantees-${store.name}-evidence`);

      // Withdrawing it, from its row: a reason too short is refused, then confirmed, it counts nowhere.
      const withdraw = details.locator('details.withdraw-evidence');
      await withdraw.locator('summary').click();
      await withdraw.locator('textarea[name="reason"]').fill('no');
      await withdraw.locator('button[type="submit"]').click();
      await invalid(page, `details#commitment-${COMMITMENT} details.withdraw-evidence textarea[name="reason"]`);
      await withdraw.locator('textarea[name="reason"]').fill('Recorded against the wrong commitment');
      await withdraw.locator('button[type="submit"]').click();
      await page.locator('dialog.confirm button.btn-danger', { hasText: en['gform.withdrawSubmit'] }).click();
      await details.locator('p', { hasText: en['g.noEvidence'] }).waitFor();
      expect((await scheduleOf()).fulfilment.evidence).toEqual([]);
      await page.context().close();

      // The coordinator keeps only the public record: this framework and commitment were recorded by their party.
      const coordinator = await pageFor(env, 'demo-coordinator-nato');
      await coordinator.goto(`${base}/app/guarantees/${FRAMEWORK}`);
      await coordinator.locator(`details#commitment-${COMMITMENT} summary`).click();
      await coordinator.locator(`details#commitment-${COMMITMENT} h3`, { hasText: en['g.schedule'] }).waitFor();
      for (const form of ['milestone-form-title', 'status-form-title', `schedule-title-${COMMITMENT}`, `fulfilment-title-${COMMITMENT}`]) expect(await coordinator.locator(`section[aria-labelledby="${form}"]`).count()).toBe(0);
      await coordinator.context().close();
    },
    240_000,
  );

  it.skipIf(!ready)(
    'offers no form to those the commands do not authorize',
    async () => {
      const base = env.server.url;
      // The auditor reads the registry and registers nothing.
      const auditor = await pageFor(env, 'demo-auditor-audit');
      await auditor.goto(`${base}/app/guarantees`);
      await auditor.locator('#frameworks-title').waitFor();
      expect(await auditor.locator('#register-framework-title').count()).toBe(0);
      await auditor.context().close();

      // Poland is no party to Belgium's agreement: it may record no step and keep none of its commitments.
      const poland = await pageFor(env, 'demo-ally-pl');
      await poland.goto(`${base}/app/guarantees`);
      await poland.locator('#register-framework-title').waitFor();
      await poland.goto(`${base}/app/guarantees/agreement-be`);
      await poland.locator('details#commitment-agreement-be-f16 summary').click();
      await poland.locator('details#commitment-agreement-be-f16 h3', { hasText: en['g.evidence'] }).waitFor();
      for (const form of ['milestone-form-title', 'status-form-title', 'commitment-form-title', 'schedule-title-agreement-be-f16', 'fulfilment-title-agreement-be-f16']) expect(await poland.locator(`section[aria-labelledby="${form}"]`).count()).toBe(0);
      await poland.context().close();

      // The coordinator keeps the public record: the same page offers it the step, the schedule and the evidence.
      const coordinator = await pageFor(env, 'demo-coordinator-nato');
      await coordinator.goto(`${base}/app/guarantees/agreement-be`);
      await coordinator.locator('details#commitment-agreement-be-f16 summary').click();
      for (const form of ['milestone-form-title', 'schedule-title-agreement-be-f16', 'fulfilment-title-agreement-be-f16']) await coordinator.locator(`section[aria-labelledby="${form}"]`).waitFor();
      await coordinator.context().close();
    },
    180_000,
  );
});
