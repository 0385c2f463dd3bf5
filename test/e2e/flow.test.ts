/**
 * Proves the whole PURL flow works through the web app in a real browser (Debian's Chromium), on
 * each store: Ukraine proposes a line and moves it up by keyboard, NATO validates it, the US prices
 * it, NATO forms a package and opens it for funding, Portugal announces, commits and pays a pledge,
 * NATO allocates it, the US contracts and ships, Ukraine confirms receipt, and the overview shows
 * the new money. Along the way: a refusal from the server is shown in place and keeps the input,
 * a client check speaks next to its field, and irreversible steps ask for confirmation.
 * Screenshots of each step go to test-results/screenshots/.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF } from '../support/brief.ts';
import { STORES } from '../support/stores.ts';
import { HAS_CHROMIUM, launch, screenshot, signIn, SKIP_REASON, type BrowserSession } from './support/browser.ts';
import { startApp, type RunningApp } from './support/server.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

const TOKENS = { recipient: 'demo-recipient-ua-mod', coordinator: 'demo-coordinator-nato', supplier: 'demo-supplier-us-dod', ally: 'demo-ally-pt' } as const;
type Role = keyof typeof TOKENS;

describe.each(STORES)('the whole PURL flow in the browser, on $name', (store) => {
  // The flow runs on the demo record (lines to rank against, the overview's figures), which needs the brief's CSVs.
  const ready = store.available && HAS_CHROMIUM && BRIEF !== null;
  let server: RunningApp;
  let browser: BrowserSession;
  const contexts: BrowserContext[] = [];
  const pages = new Map<Role, Page>();

  /** One signed-in tab per role, as four people at four desks would have. */
  async function as(role: Role): Promise<Page> {
    const open = pages.get(role);
    if (open) return open;
    const ctx = await browser.context({ locale: 'en' });
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
    await signIn(page, server.url, TOKENS[role]);
    pages.set(role, page);
    return page;
  }

  const go = async (page: Page, path: string) => {
    await page.goto(`${server.url}/app${path}`);
    await page.locator('h1').waitFor();
  };
  const shot = (page: Page, name: string) => screenshot(page, `flow-${store.name}-${name}`);
  const confirmDialog = async (page: Page) => {
    const dialog = page.locator('dialog.confirm[open]');
    await dialog.waitFor();
    await dialog.locator('.btn-danger').click();
  };

  beforeAll(async () => {
    if (!ready) return;
    server = await startApp(store);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it.skipIf(!ready)(
    'runs from a proposed line to a confirmed delivery, and the overview shows the change',
    async () => {
      const lineId = `e2e-line-${store.name}`;
      const packageId = `pkg-e2e-${store.name}`;
      const pledgeId = `pt-e2e-${store.name}`;

      // The overview before: the running total of committed money.
      const coordinator = await as('coordinator');
      await go(coordinator, '/');
      const before = BigInt((await coordinator.locator('[data-testid="overview"]').getAttribute('data-cumulative')) ?? '0');

      // 1. Ukraine proposes a line. A client check speaks next to its field first.
      const recipient = await as('recipient');
      await go(recipient, '/list/new');
      await recipient.locator('input[name="item"]').fill('E2E counter-drone interceptor');
      await recipient.locator('select[name="capabilityArea"]').selectOption('counter_drone');
      await recipient.locator('input[name="quantity"]').fill('100');
      await recipient.locator('input[name="unit"]').fill('interceptor');
      await recipient.locator('input[name="estimatedUnitPrice"]').fill('250 000');
      await recipient.locator('input[name="neededBy"]').fill('2026-13');
      await recipient.locator('input[name="lineId"]').fill(lineId);
      await recipient.locator('form button[type="submit"]').click();
      await expect.poll(() => recipient.locator('input[name="neededBy"]').getAttribute('aria-invalid')).toBe('true');
      expect(await recipient.locator('.field-invalid .error').innerText()).toContain('YYYY-MM');
      await recipient.locator('input[name="neededBy"]').fill('2026-12');
      await recipient.locator('form button[type="submit"]').click();
      await recipient.waitForURL(`**/app/list/${lineId}`);
      await recipient.getByRole('heading', { level: 1, name: 'E2E counter-drone interceptor' }).waitFor();
      await shot(recipient, '1-proposed');

      // The same id again: the server refuses (409), the refusal shows in place, the input stays.
      await go(recipient, '/list/new');
      await recipient.locator('input[name="item"]').fill('Same id again');
      await recipient.locator('input[name="quantity"]').fill('1');
      await recipient.locator('input[name="unit"]').fill('lot');
      await recipient.locator('input[name="estimatedUnitPrice"]').fill('10');
      await recipient.locator('input[name="neededBy"]').fill('2026-12');
      await recipient.locator('input[name="lineId"]').fill(lineId);
      await recipient.locator('form button[type="submit"]').click();
      await recipient.locator('[data-form-error]').waitFor();
      expect(await recipient.locator('[data-form-error]').innerText()).toContain('already exists');
      expect(await recipient.locator('input[name="item"]').inputValue()).toBe('Same id again');

      // Ukraine moves the new line up the list with the keyboard alone.
      await go(recipient, '/list');
      const rankOf = async () => Number(await recipient.locator(`tr[data-line="${lineId}"] td`).first().innerText());
      const rank = await rankOf();
      await recipient.locator(`#move-up-${lineId}`).focus();
      await recipient.keyboard.press('Enter');
      await expect.poll(rankOf).toBe(rank - 1);
      await expect.poll(() => recipient.evaluate('document.activeElement?.id')).toBe(`move-up-${lineId}`);
      await recipient.keyboard.press('Enter');
      await expect.poll(rankOf).toBe(rank - 2);

      // 2. NATO validates it.
      await go(coordinator, `/list/${lineId}`);
      await coordinator.getByRole('button', { name: 'Validate' }).click();
      await coordinator.locator('.badge-validated').waitFor();

      // 3. The US prices it.
      const supplier = await as('supplier');
      await go(supplier, `/list/${lineId}`);
      await supplier.locator('input[name="unitPrice"]').fill('240,000');
      await supplier.locator('textarea[name="availability"]').fill('From US stocks, about six weeks after contract');
      await supplier.getByRole('button', { name: 'Record the price' }).click();
      await supplier.locator('.badge-priced').waitFor();
      await shot(supplier, '3-priced');

      // 4. NATO forms a package of it, prioritises it and opens it for funding.
      await go(coordinator, '/packages/new');
      await coordinator.locator('input[name="name"]').fill('E2E package — counter-drone');
      await coordinator.locator('input[name="packageId"]').fill(packageId);
      await coordinator.locator(`input[name="lines"][value="${lineId}"]`).check();
      await coordinator.getByRole('button', { name: 'Form the package' }).click();
      await coordinator.waitForURL(`**/app/packages/${packageId}`);
      await coordinator.getByRole('button', { name: 'Prioritise' }).click();
      await coordinator.locator('.badge-prioritised').waitFor();
      await coordinator.getByRole('button', { name: 'Open for funding' }).click();
      await coordinator.locator('.badge-funding').waitFor();
      await shot(coordinator, '4-package-raising-funds');

      // 5. Portugal announces a pledge with its source, commits it (confirmed first) and pays it.
      const ally = await as('ally');
      await go(ally, '/pledges/new');
      await ally.locator('input[name="amount"]').fill('24 000 000');
      await ally.locator('select[name="currency"]').selectOption('USD');
      await ally.locator('input[name="sourceUrl"]').fill('https://example.org/pt-e2e');
      await ally.locator('input[name="pledgeId"]').fill(pledgeId);
      await ally.getByRole('button', { name: 'Announce' }).click();
      await ally.waitForURL(`**/app/pledges/${pledgeId}`);
      await ally.getByRole('button', { name: 'Commit the money' }).click();
      await confirmDialog(ally);
      await ally.locator('.badge-committed').waitFor();
      await ally.locator('input[name="amount"]').first().fill('30 000 000');
      await ally.getByRole('button', { name: 'Record the payment' }).click();
      await expect.poll(() => ally.locator('.field-invalid .error').first().innerText()).toContain('More than is left to pay');
      await ally.locator('input[name="amount"]').first().fill('24 000 000');
      await ally.getByRole('button', { name: 'Record the payment' }).click();
      await ally.locator('.badge-paid').waitFor();
      await shot(ally, '5-pledge-paid');

      // 6. NATO allocates Portugal's money to the package: it is funded.
      await go(coordinator, `/packages/${packageId}`);
      await coordinator.locator('select[name="pledgeId"]').selectOption(pledgeId);
      expect(await coordinator.locator('input[name="amount"]').inputValue()).toBe('24000000.00');
      await coordinator.getByRole('button', { name: 'Allocate', exact: true }).click();
      await coordinator.locator('.badge-funded').waitFor();

      // 7. The US contracts the package and ships the line.
      await go(supplier, `/packages/${packageId}`);
      await supplier.locator('input[name="caseReference"]').fill('E2E-LOA-1');
      await supplier.getByRole('button', { name: 'Record the contract' }).click();
      await supplier.locator('.badge-contracted').waitFor();
      await supplier.locator('input[name="quantity"]').fill('100');
      await supplier.getByRole('button', { name: 'Record the shipment' }).click();
      await supplier.locator('.badge-delivering').waitFor();

      // 8. Ukraine confirms what arrived: the package is delivered.
      await go(recipient, `/packages/${packageId}`);
      await recipient.getByRole('button', { name: 'Confirm receipt' }).click();
      await recipient.locator('.badge-delivered').waitFor();
      await shot(recipient, '8-delivered');

      // The overview now counts Portugal's USD 24m toward this month.
      await go(coordinator, '/');
      await expect
        .poll(async () => BigInt((await coordinator.locator('[data-testid="overview"]').getAttribute('data-cumulative')) ?? '0'))
        .toBe(before + 2_400_000_000n);
      expect((await coordinator.locator('.kpi').first().innerText()).replace(/\s/g, ' ')).toContain('USD 24,000,000');
      await shot(coordinator, '9-overview-after');
    },
    240_000,
  );
});
