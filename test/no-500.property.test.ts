/**
 * Proves that no client input yields a 500: for every route the OpenAPI document lists, random
 * path parameters, query strings and JSON bodies (arbitrary values, and objects shaped like the
 * route's own body with random values) are sent with each role's token; every answer must be a
 * success or a 4xx problem+json, never a server error. Also malformed JSON, wrong content types and
 * an oversized body.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { STORES } from './support/stores.ts';

interface Route {
  method: string;
  path: string;
  bodyKeys: string[];
}

function routesOf(api: TestApi): Route[] {
  const spec = api.app.swagger() as {
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }>>;
  };
  const out: Route[] = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const props = op.requestBody?.content?.['application/json']?.schema?.properties ?? {};
      out.push({ method: method.toUpperCase(), path, bodyKeys: Object.keys(props) });
    }
  }
  return out;
}

const tokenArb = fc.constantFrom<string | null>(null, TOKENS.coordinator, TOKENS.recipient, TOKENS.supplier, TOKENS.auditor, TOKENS.nl, 'not-a-real-token-at-all');
const paramArb = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('ann-001', 'nl', 'x', '0', '-1', '..', 'a'.repeat(300)));
const valueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ minor: fc.oneof(fc.string({ maxLength: 25 }), fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String)), currency: fc.constantFrom('USD', 'EUR', 'XXX', '') }),
  fc.constantFrom('2025-02-30', '2025-13', '', '1e400', '-0', 'NaN', '9'.repeat(40)),
);

describe.each(STORES)('no client input yields a 500, on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (store.available) api = await openTestApi(store);
  });
  afterAll(async () => api?.close());

  it.skipIf(!store.available)('answers random requests to every route with 2xx or a 4xx problem', async () => {
    const routes = routesOf(api);
    expect(routes.length).toBeGreaterThan(40);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        tokenArb,
        fc.array(paramArb, { minLength: 3, maxLength: 3 }),
        fc.dictionary(fc.constantFrom('limit', 'offset', 'state', 'status', 'afterSeq', 'contributor', 'dryRun', 'claimId', 'base'), fc.string({ maxLength: 12 })),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null)),
        fc.array(valueArb, { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        async (route, token, params, query, anyBody, values, shaped) => {
          let i = 0;
          const path = route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(params[i++ % params.length]!));
          const qs = new URLSearchParams(query).toString();
          const body = shaped && route.bodyKeys.length > 0 ? Object.fromEntries(route.bodyKeys.map((k, j) => [k, values[j % values.length]])) : anyBody;
          const res = await api.app.inject({
            method: route.method as 'GET',
            url: `${path}${qs ? `?${qs}` : ''}`,
            headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(route.method !== 'GET' ? { 'content-type': 'application/json' } : {}) },
            ...(route.method !== 'GET' ? { payload: JSON.stringify(body) } : {}),
          });
          expect(res.statusCode, `${route.method} ${path} -> ${res.body.slice(0, 300)}`).toBeLessThan(500);
          if (res.statusCode >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
        },
      ),
      { numRuns: 1500 },
    );
  });

  it.skipIf(!store.available)('refuses malformed JSON, a wrong content type and an oversized body with a 4xx problem', async () => {
    const cases = [
      { payload: '{"contributors": [', type: 'application/json' },
      { payload: 'contributors=nl', type: 'application/x-www-form-urlencoded' },
      { payload: JSON.stringify({ note: 'x'.repeat(2 * 1024 * 1024) }), type: 'application/json' },
    ];
    for (const c of cases) {
      const res = await api.app.inject({ method: 'POST', url: '/pledges', headers: { authorization: `Bearer ${TOKENS.nl}`, 'content-type': c.type }, payload: c.payload });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});
