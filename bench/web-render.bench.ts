/**
 * The web app's budget, in Chromium (Debian's, driven by playwright-core), on the demo record:
 * - the gzipped JavaScript the first page (the overview, signed in) loads, against the 250 kB
 *   budget of issue 5 (ratio = size / budget, so below 1.0 is within it);
 * - the time from navigation to the overview fully rendered (figures and charts drawn), against a
 *   plain static HTML page of the same figures served the same way by the same server (ratio =
 *   overview / static page). Medians of several cold loads, each in a fresh browser context.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from '../src/api/app.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { openPglite } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { median, type Benchmark, type BenchResult } from './harness.ts';

const CHROMIUM = '/usr/bin/chromium';
const BUDGET_KB = 250;
const ROUNDS = 5;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Loads `url` in a fresh context until `ready` is in the page; returns ms since navigation start and the JS bodies loaded. */
async function load(browser: Browser, url: string, ready: string, token?: string): Promise<{ ms: number; js: Buffer[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  if (token) await ctx.addInitScript(`sessionStorage.setItem('purl.token', ${JSON.stringify(token)})`);
  const page = await ctx.newPage();
  const js: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) js.push(r.body());
  });
  await page.goto(url);
  await page.waitForSelector(ready);
  // Two animation frames: what was rendered has been painted.
  const ms = (await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))')) as number;
  const bodies = await Promise.all(js);
  await ctx.close();
  return { ms, js: bodies };
}

function staticPage(summary: { monthly: { month: string; committed: { minor: string } }[] }): string {
  const rows = summary.monthly.map((m) => `<tr><td>${m.month}</td><td>${m.committed.minor}</td></tr>`).join('');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>static</title><h1>Overview</h1><table id="ready">${rows}</table></html>`;
}

export const webRender: Benchmark = {
  name: 'web app: first-page JS and overview render in Chromium',
  async run(): Promise<BenchResult[]> {
    if (!existsSync(CHROMIUM)) {
      console.log(`  skipped: ${CHROMIUM} is missing (apt-get install chromium)`);
      return [];
    }
    execFileSync(process.execPath, [resolve(import.meta.dirname, '../bin/build-web.mjs')], { stdio: 'inherit' });
    const db = await openPglite();
    await migrate(db);
    await seedDemo(db, { log: () => undefined });
    const app = await buildApp({ db });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const summary = (await (await fetch(`${base}/summary`, { headers: { authorization: 'Bearer demo-auditor-audit' } })).json()) as Parameters<typeof staticPage>[0];

    // The baseline: a plain page of the same figures, served by @fastify/static the same way.
    const dir = mkdtempSync(join(tmpdir(), 'purl-bench-static-'));
    writeFileSync(join(dir, 'index.html'), staticPage(summary));
    const plain = Fastify();
    await plain.register(fastifyStatic, { root: dir, prefix: '/' });
    await plain.listen({ port: 0, host: '127.0.0.1' });
    const plainUrl = `http://127.0.0.1:${(plain.server.address() as AddressInfo).port}/index.html`;

    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      // One warm-up of each: the first Chromium page pays for process start-up.
      await load(browser, plainUrl, '#ready');
      const first = await load(browser, `${base}/app/`, '[data-testid="overview"] canvas', 'demo-auditor-audit');
      const gzipKb = first.js.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 1024;
      const app: number[] = [];
      const stat: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        stat.push((await load(browser, plainUrl, '#ready')).ms);
        app.push((await load(browser, `${base}/app/`, '[data-testid="overview"] canvas', 'demo-auditor-audit')).ms);
      }
      const a = median(app);
      const s = median(stat);
      return [
        { name: 'first page JS, gzipped', unit: 'kB', subject: gzipKb, baseline: BUDGET_KB, ratio: gzipKb / BUDGET_KB, note: `${first.js.length} files; ratio to the ${BUDGET_KB} kB budget` },
        { name: 'overview rendered (demo data) vs static page', unit: 'ms', subject: a, baseline: s, ratio: a / s, note: `median of ${ROUNDS} cold loads each` },
      ];
    } finally {
      await browser.close();
      await plain.close();
      await app.close();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
