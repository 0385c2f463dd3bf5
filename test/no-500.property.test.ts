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
// Text PostgreSQL cannot store: NUL and unpaired surrogates ('binary' strings may hold either).
const unstorableArb = fc.oneof(fc.constantFrom('a\u0000b', '\u0000', '\ud800', 'x\udc00y'), fc.string({ unit: 'binary', maxLength: 12 }));
// A URL cannot carry an unpaired surrogate; its nearest form is the surrogate's UTF-8 bytes, percent-encoded.
const encodeParam = (p: string): string => {
  try {
    return encodeURIComponent(p);
  } catch {
    return '%ED%A0%80';
  }
};
const paramArb = fc.oneof(fc.string({ maxLength: 40 }), unstorableArb, fc.constantFrom('ann-001', 'nl', 'x', '0', '-1', '..', 'a'.repeat(300)));
const valueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ minor: fc.oneof(fc.string({ maxLength: 25 }), fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String)), currency: fc.constantFrom('USD', 'EUR', 'XXX', '') }),
  fc.constantFrom('2025-02-30', '2025-13', '0000-01-01', '0000-01', '', '1e400', '-0', 'NaN', '9'.repeat(40)),
  unstorableArb,
);

describe.each(STORES)('no client input yields a 500, on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    // Limits high enough that every random request reaches its route instead of a 429.
    if (store.available) api = await openTestApi(store, { auth: { failuresPerIp: 1e9, writesPerActor: 1e9, signInPerIp: 1e9, signInPerAccount: 1e9 } });
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
        fc.dictionary(fc.constantFrom('limit', 'offset', 'state', 'status', 'afterSeq', 'contributor', 'dryRun', 'claimId', 'base'), fc.oneof(fc.string({ maxLength: 12 }), unstorableArb)),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null)),
        fc.array(valueArb, { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        async (route, token, params, query, anyBody, values, shaped) => {
          let i = 0;
          const path = route.path.replace(/\{[^}]+\}/g, () => encodeParam(params[i++ % params.length]!));
          const qs = new URLSearchParams(query).toString();
          const body = shaped && route.bodyKeys.length > 0 ? Object.fromEntries(route.bodyKeys.map((k, j) => [k, values[j % values.length]])) : anyBody;
          const res = await api.app.inject({
            method: route.method as 'GET',
            url: `${path}${qs ? `?${qs}` : ''}`,
            headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(route.method !== 'GET' ? { 'content-type': 'application/json' } : {}) },
            ...(route.method !== 'GET' ? { payload: JSON.stringify(body) } : {}),
          });
          expect(res.statusCode, `${route.method} ${path} -> ${res.body.slice(0, 300)}`).toBeLessThan(500);
          expect(res.statusCode, 'no rate limit in this test').not.toBe(429);
          if (res.statusCode >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
        },
      ),
      { numRuns: 1500 },
    );
  });

  it.skipIf(!store.available)('refuses text PostgreSQL cannot store (NUL, unpaired surrogates) in a valid request, naming the field, and writes nothing', async () => {
    const before = await api.store.db.query<{ n: bigint }>('SELECT count(*) AS n FROM events');
    const fx = { date: '2025-08-04', base: 'EUR', quote: 'USD', rate: '1.16', source: 'ECB reference rate' };
    const pledge = { pledgeId: 'nul-test', contributors: [{ orgId: 'nl' }], amount: { minor: '100', currency: 'EUR' }, announcedOn: '2025-08-04' };
    const cases: [string, string, string | null, unknown, string][] = [
      ['POST', '/fx-rates', TOKENS.coordinator, { ...fx, source: 'ECB\u0000' }, 'body.source'],
      ['POST', '/fx-rates', TOKENS.coordinator, { ...fx, note: '\ud800' }, 'body.note'],
      ['POST', '/pledges', TOKENS.nl, { ...pledge, contributors: [{ orgId: 'nl\u0000' }] }, 'body.contributors.0.orgId'],
      ['GET', `/pledges?contributor=${encodeURIComponent('nl\u0000')}`, TOKENS.nl, undefined, 'query.contributor'],
    ];
    for (const [method, url, token, body, field] of cases) {
      const res = await api.call(method, url, token, body);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((JSON.parse(res.body) as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
    }
    // A date in year 0000 is not a date PostgreSQL knows: refused as input, not failed in the store.
    const zero = await api.call('POST', '/fx-rates', TOKENS.coordinator, { ...fx, date: '0000-01-01' });
    expect(zero.statusCode).toBe(400);
    expect(await api.store.db.query<{ n: bigint }>('SELECT count(*) AS n FROM events')).toEqual(before);
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
