/**
 * Proves the README's API tour runs verbatim against the demo record: every curl line in it is
 * parsed and sent to an app seeded with `seedDemo`. Lines the tour presents as refusals must be
 * refused with a 4xx problem; every other line must succeed. Running the tour a second time must
 * record nothing new, since every write in it carries an Idempotency-Key.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.ts';
import { briefDataDir, hasBriefData } from '../src/demo/brief-data.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { lastSeq } from '../src/store/event-log.ts';
import { STORES, type TestStore } from './support/stores.ts';

interface TourStep {
  comment: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Splits a shell line on spaces, honouring single quotes (the only quoting the tour uses). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let quoted = false;
  let inWord = false;
  for (const ch of line) {
    if (ch === "'") {
      quoted = !quoted;
      inWord = true;
    } else if (ch === ' ' && !quoted) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

function tourSteps(): TourStep[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const block = readme.split('## A tour of the API')[1]!.split('```sh')[1]!.split('```')[0]!.replace(/\\\n/g, ' ');
  const steps: TourStep[] = [];
  let comment = '';
  for (const line of block.split('\n').map((l) => l.trim())) {
    if (line.startsWith('#')) comment = line;
    if (!line.startsWith('curl ')) continue;
    const words = shellWords(line);
    const step: TourStep = { comment, method: 'GET', url: '', headers: {}, body: undefined };
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (w === '-s') continue;
      else if (w === '-X') step.method = words[++i]!;
      else if (w === '-H') {
        const [k, ...v] = words[++i]!.split(':');
        step.headers[k!.trim().toLowerCase()] = v.join(':').trim();
      } else if (w === '-d') step.body = words[++i]!;
      else step.url = w.replace(/^http:\/\/localhost:8080/, '');
    }
    steps.push(step);
  }
  return steps;
}

const briefAvailable = hasBriefData(briefDataDir());
const pglite = STORES[0]!;

describe.skipIf(!briefAvailable)('the README tour on the demo record', () => {
  let store: TestStore;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    store = await pglite.open();
    await seedDemo(store.db);
    app = await buildApp({ db: store.db });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const runTour = async () => {
    const results: { step: TourStep; status: number; body: string }[] = [];
    for (const step of tourSteps()) {
      const res = await app.inject({ method: step.method as 'GET', url: step.url, headers: step.headers, ...(step.body ? { payload: step.body } : {}) });
      results.push({ step, status: res.statusCode, body: res.body });
    }
    return results;
  };

  it('runs every line as the tour says, and a second run records nothing new', async () => {
    const steps = tourSteps();
    expect(steps.length).toBeGreaterThan(10);
    for (const { step, status, body } of await runTour()) {
      const refusal = /403|bad input/i.test(step.comment);
      if (refusal) {
        expect(status, `${step.method} ${step.url}`).toBeGreaterThanOrEqual(400);
        expect(status).toBeLessThan(500);
        expect(JSON.parse(body).type).toMatch(/problems/);
      } else {
        expect(status, `${step.method} ${step.url}: ${body.slice(0, 300)}`).toBeLessThan(300);
      }
    }
    const after = await lastSeq(store.db);
    for (const { step, status } of await runTour()) expect(status, `${step.method} ${step.url} again`).toBeLessThan(500);
    expect(await lastSeq(store.db)).toBe(after);
  });
});
