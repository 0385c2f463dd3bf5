/**
 * Proves how the server serves the web app beside the API: /app/ and every client route answer
 * the app's index.html to a browser navigation (with a Content-Security-Policy), hashed assets are
 * served with a long cache, GET / sends a browser to /app/, while unknown API paths and non-HTML
 * requests for unknown paths still answer problem+json 404, and the API keeps every path it had.
 * A missing build is reported plainly instead of failing. Uses a stand-in build in a temporary
 * folder, so it runs without Vite.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.ts';
import { STORES, type TestStore } from './support/stores.ts';

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('serving the web app', () => {
  let root: string;
  let store: TestStore;
  let app: FastifyInstance;
  let bare: FastifyInstance;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'purl-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>PURL</title><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    store = await STORES[0]!.open();
    app = await buildApp({ db: store.db, webRoot: root });
    bare = await buildApp({ db: store.db, webRoot: join(root, 'missing') });
  });
  afterAll(async () => {
    await app?.close();
    await bare?.close();
    await store?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers a navigation to /app/ or any client route with the app, under a strict CSP', async () => {
    for (const url of ['/app/', '/app', '/app/pledges/ann-001', '/app/list?status=priced', '/app/no/such/page']) {
      const r = await app.inject({ method: 'GET', url, headers: HTML });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.body).toContain('<div id="root">');
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
      expect(r.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache and a missing asset as problem+json', async () => {
    const r = await app.inject({ method: 'GET', url: '/app/assets/index-abc123.js' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toContain('immutable');
    const missing = await app.inject({ method: 'GET', url: '/app/assets/nope.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('sends a browser from / to the app', async () => {
    const r = await app.inject({ method: 'GET', url: '/', headers: HTML });
    expect(r.statusCode).toBe(302);
    expect(r.headers.location).toBe('/app/');
  });

  it('keeps the API as it was: unknown paths answer problem+json 404, even to a browser', async () => {
    for (const [url, headers] of [
      ['/pledgez', {}],
      ['/pledges/ann-001/nope', {}],
      ['/nope', HTML],
      ['/summary/extra', HTML],
    ] as const) {
      const r = await app.inject({ method: 'GET', url, headers });
      expect(r.statusCode, url).toBe(404);
      expect(r.headers['content-type'], url).toMatch(/^application\/problem\+json/);
      expect(r.json().code).toBe('not_found');
    }
    expect((await app.inject({ method: 'GET', url: '/health' })).json().ok).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/summary' })).statusCode).toBe(401);
  });

  it('says plainly when the app is not built, and the API still works', async () => {
    const r = await bare.inject({ method: 'GET', url: '/app/', headers: HTML });
    expect(r.statusCode).toBe(503);
    expect(r.body).toContain('npm run build:web');
    expect((await bare.inject({ method: 'GET', url: '/app/x.js' })).statusCode).toBe(404);
    expect((await bare.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });
});
