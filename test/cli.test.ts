/**
 * Proves the `purl` command line as a user meets it: the real binary in a child process, on a
 * temporary PGlite folder (DATABASE_URL unset). init --demo, status (text and JSON), rebuild (same
 * projections after), export to stdout and to a file (the same log), import into a fresh folder
 * (the same events and projections), tokens issue/list/revoke, --help on every command, and the
 * error paths: usage errors exit 2, refusals exit 1 with a message naming what is wrong and no stack
 * trace. With DATABASE_URL set, export and import also run against PostgreSQL, each in a fresh schema.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Database, type Queryable } from '../src/store/db.ts';
import { latestCheckpoint } from '../src/store/log/checkpoints.ts';
import { DEFAULT_ORIGIN } from '../src/store/log/ledger-config.ts';
import { snapshotProjections } from '../src/store/projections/index.ts';
import { authenticate } from '../src/store/tokens.ts';
import { runPurl, urlWithSchema, type PurlRun } from './support/cli.ts';
import { BRIEF } from './support/brief.ts';

const eventRows = (q: Queryable) =>
  q.query('SELECT seq, type, stream, actor_org, actor_user, recorded_at, command, idempotency_key, request_hash, payload FROM events ORDER BY seq');

/** Opens a PGlite folder in this process (no child may hold it meanwhile), runs `fn`, closes it. */
async function inFolder<T>(dir: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openPglite(dir);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

const withoutExportedAt = (text: string) => text.replace(/"exportedAt":"[^"]*"/, '"exportedAt":"-"');

/** A refusal as the CLI should give it: exit 1, a `purl:` line matching `message`, no stack trace. */
function expectRefused(r: PurlRun, message: RegExp): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toMatch(/^purl: /);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

/** The subcommand names listed under "Commands:" in a help text (without `help`). */
function listedCommands(help: string): string[] {
  const section = help.split(/^Commands:$/m)[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
}

describe('purl on PGlite', () => {
  let root: string;
  const dir = (name: string) => join(root, name);
  const purl = (args: string[], data = dir('a')) => runPurl(args, { PURL_DATA: data });
  let demoEvents = 0;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'purl-cli-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints help for every command and subcommand, exiting 0', async () => {
    const top = await purl(['--help']);
    expect(top.code).toBe(0);
    const commands = listedCommands(top.stdout);
    expect(commands).toEqual(expect.arrayContaining(['init', 'status', 'rebuild', 'export', 'import', 'tokens']));
    const paths = [...commands.map((c) => [c])];
    const tokensHelp = await purl(['tokens', '--help']);
    paths.push(...listedCommands(tokensHelp.stdout).map((c) => ['tokens', c]));
    expect(paths).toEqual(expect.arrayContaining([['tokens', 'list'], ['tokens', 'issue'], ['tokens', 'revoke']]));
    const runs = await Promise.all(paths.map((p) => purl([...p, '--help'])));
    runs.forEach((r, i) => {
      expect(r.code, paths[i]!.join(' ')).toBe(0);
      expect(r.stdout).toContain(`Usage: purl ${paths[i]!.join(' ')}`);
    });
    expect(existsSync(dir('a'))).toBe(false); // help never opens a store
  });

  it('answers usage errors with exit 2 and the reason', async () => {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /unknown command 'frobnicate'/],
      [['import'], /missing required argument 'file'/],
      [['status', '--frob'], /unknown option '--frob'/],
      [['tokens', 'issue', '--label', 'x'], /required option '--org <orgId>' not specified/],
      [['export', '--out'], /option '--out <file>' argument missing/],
    ];
    const runs = await Promise.all(cases.map(([args]) => purl(args)));
    runs.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(' ')).toBe(2);
      expect(r.stderr).toMatch(cases[i]![1]);
    });
  });

  it('init --demo creates the store and loads the demo record; status reports it in text and JSON', async () => {
    const init = await purl(['init', '--demo']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain(`store ready: PGlite in ${dir('a')}`);
    demoEvents = Number(/demo record loaded: (\d+) events/.exec(init.stdout)?.[1]);
    expect(demoEvents).toBeGreaterThan(0);

    const json = await purl(['status', '--json']);
    expect(json.code).toBe(0);
    const status = JSON.parse(json.stdout) as {
      store: string;
      events: number;
      log: { origin: string; treeSize: number; checkpoint: number; rootHash: string; logKey: string; inStep: boolean };
      tables: Record<string, number>;
    };
    expect(status.store).toBe(`PGlite in ${dir('a')}`);
    expect(status.events).toBe(demoEvents);
    expect(status.tables.organizations).toBeGreaterThan(0);
    const checkpoint = await inFolder(dir('a'), latestCheckpoint);
    expect(status.log).toEqual({
      origin: DEFAULT_ORIGIN,
      treeSize: demoEvents,
      checkpoint: checkpoint!.number,
      rootHash: checkpoint!.rootHash.toString('base64'),
      logKey: expect.stringMatching(new RegExp(`^${DEFAULT_ORIGIN.replace(/[./]/g, '\\$&')}\\+[0-9a-f]{8}\\+`)),
      inStep: true,
    });

    const text = await purl(['status']);
    expect(text.stdout).toContain(`events: ${demoEvents}`);
    expect(text.stdout).toContain(`log:    ${DEFAULT_ORIGIN}, checkpoint ${checkpoint!.number} at tree size ${demoEvents}, root ${status.log.rootHash}`);
    expect(text.stdout).not.toContain('WARNING');
    for (const [table, n] of Object.entries(status.tables)) expect(text.stdout).toMatch(new RegExp(`^ {2}${table} +${n}$`, 'm'));

    const again = await purl(['init', '--demo']);
    expect(again.stdout).toContain(`store already has ${demoEvents} events; demo not loaded again`);
  });

  // The demo's packages are funded by the public record's pledges: without the brief's CSVs nothing is funded.
  it.skipIf(!BRIEF)('summary --as reads as an organization or the public would, and names an unknown one', async () => {
    const all = JSON.parse((await purl(['summary', '--json'])).stdout) as { coverage: { funded: { minor: string } }[]; withheld: { pledges: number } };
    const pub = await purl(['summary', '--json', '--as', 'public']);
    expect(pub.code, pub.stderr).toBe(0);
    const seen = JSON.parse(pub.stdout) as typeof all;
    // Line prices are coalition figures: the public counts the lines but no money, so nothing is funded for it.
    expect(all.coverage.some((b) => b.funded.minor !== '0')).toBe(true);
    expect(seen.coverage.every((b) => b.funded.minor === '0')).toBe(true);
    const bad = await purl(['summary', '--as', 'atlantis']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--as: unknown organization 'atlantis'");
  });

  it('rebuild re-derives exactly the projections the live appends made', async () => {
    const before = await inFolder(dir('a'), snapshotProjections);
    const r = await purl(['rebuild']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`rebuilt every projection from ${demoEvents} events`);
    expect(await inFolder(dir('a'), snapshotProjections)).toEqual(before);
  });

  it('exports the same log to stdout and to a file, and imports it into a fresh folder unchanged', async () => {
    const stdout = await purl(['export']);
    expect(stdout.code, stdout.stderr).toBe(0);
    const out = await purl(['export', '--out', dir('log.json')]);
    expect(out.stdout).toContain(`exported ${demoEvents} events to ${dir('log.json')}`);
    const file = readFileSync(dir('log.json'), 'utf8');
    expect(withoutExportedAt(file)).toBe(withoutExportedAt(stdout.stdout));
    expect(existsSync(dir('log.json.partial'))).toBe(false);

    const imported = await purl(['import', dir('log.json')], dir('b'));
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`imported ${demoEvents} events into PGlite in ${dir('b')}`);

    const [rowsA, snapA] = await inFolder(dir('a'), async (db) => [await eventRows(db), await snapshotProjections(db)]);
    const [rowsB, snapB] = await inFolder(dir('b'), async (db) => [await eventRows(db), await snapshotProjections(db)]);
    expect(rowsB).toEqual(rowsA);
    expect(snapB).toEqual(snapA);
    const reexport = await purl(['export'], dir('b'));
    expect(withoutExportedAt(reexport.stdout)).toBe(withoutExportedAt(file));
  });

  it('refuses to import into a store that has events, changing nothing', async () => {
    const r = await purl(['import', dir('log.json')], dir('b'));
    expectRefused(r, /already holds \d+ events; import only into an empty store/);
    expect(await inFolder(dir('b'), async (db) => (await eventRows(db)).length)).toBe(demoEvents);
  });

  it('refuses a corrupted file with exit 1, naming the entry, and creates no store', async () => {
    const doc = JSON.parse(readFileSync(dir('log.json'), 'utf8')) as { events: { type: string; seq: number; payload: Record<string, unknown> }[] };
    doc.events[3]!.type = 'PledgeForgotten';
    writeFileSync(dir('bad-type.json'), JSON.stringify(doc));
    expectRefused(await purl(['import', dir('bad-type.json')], dir('c')), /events\[3\] \(seq 4\): type: 'PledgeForgotten' is not a known event type/);

    doc.events[3]!.type = JSON.parse(readFileSync(dir('log.json'), 'utf8')).events[3].type;
    doc.events[5]!.seq = 9;
    writeFileSync(dir('bad-seq.json'), JSON.stringify(doc));
    expectRefused(await purl(['import', dir('bad-seq.json')], dir('c')), /events\[5\] \(seq 9\): seq: expected 6/);

    writeFileSync(dir('truncated.json'), readFileSync(dir('log.json'), 'utf8').slice(0, 500));
    expectRefused(await purl(['import', dir('truncated.json')], dir('c')), /is not valid JSON/);
    expectRefused(await purl(['import', dir('missing.json')], dir('c')), /cannot read '.*missing\.json': ENOENT/);
    expect(existsSync(dir('c'))).toBe(false);
  });

  it('issues, lists and revokes API tokens, and refuses bad token requests', async () => {
    const issued = await purl(['tokens', 'issue', '--org', 'nl', '--label', 'cli test', '--days', '30']);
    expect(issued.code, issued.stderr).toBe(0);
    const token = issued.stdout.trim();
    expect(token).toMatch(/^purl_[\w-]{20,}$/);
    expect(await inFolder(dir('a'), (db) => authenticate(db, token))).toMatchObject({ orgId: 'nl', role: 'ally' });

    const list = JSON.parse((await purl(['tokens', 'list', '--json'])).stdout) as { prefix: string; label: string; orgId: string; expiresAt: string | null; revokedAt: string | null }[];
    const mine = list.find((t) => t.label === 'cli test')!;
    expect(mine).toMatchObject({ orgId: 'nl', revokedAt: null });
    expect(mine.expiresAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain(token); // the secret is never listed
    expect((await purl(['tokens', 'list'])).stdout).toMatch(new RegExp(`^${mine.prefix} +nl +cli test +expires `, 'm'));

    const revoked = await purl(['tokens', 'revoke', mine.prefix]);
    expect(revoked.stdout).toContain('revoked 1 token(s)');
    expect(await inFolder(dir('a'), (db) => authenticate(db, token))).toBeUndefined();
    const after = JSON.parse((await purl(['tokens', 'list', '--json'])).stdout) as { label: string; revokedAt: string | null }[];
    expect(after.find((t) => t.label === 'cli test')?.revokedAt).not.toBeNull();

    expectRefused(await purl(['tokens', 'revoke', mine.prefix]), /no active token hash starts with/);
    expectRefused(await purl(['tokens', 'issue', '--org', 'zz', '--label', 'x']), /organization 'zz' does not exist/);
    expectRefused(await purl(['tokens', 'issue', '--org', 'nl', '--label', 'x', '--days', '0']), /--days: must be a whole number from 1 to 3650/);
  });
});

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('purl export and import on PostgreSQL', () => {
  const schemas = [`cli_${randomBytes(5).toString('hex')}`, `cli_${randomBytes(5).toString('hex')}`] as const;
  const dbs: Database[] = [];
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'purl-cli-pg-'));
    // openPostgres creates the schema; the child processes reach it through the URL's options.
    for (const schema of schemas) dbs.push(await openPostgres({ connectionString: url!, schema }));
  });
  afterAll(async () => {
    for (const [i, db] of dbs.entries()) {
      await db.query(`DROP SCHEMA IF EXISTS ${schemas[i]} CASCADE`);
      await db.close();
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('exports a demo store from one schema and imports it into another, unchanged', async () => {
    const [source, target] = schemas.map((s) => ({ DATABASE_URL: urlWithSchema(url!, s) }));
    const init = await runPurl(['init', '--demo'], source);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('store ready: PostgreSQL');
    const file = join(root, 'log.json');
    expect((await runPurl(['export', '--out', file], source)).code).toBe(0);
    const imported = await runPurl(['import', file], target);
    expect(imported.code, imported.stderr).toBe(0);

    const [a, b] = dbs as [Database, Database];
    expect((await eventRows(a)).length).toBeGreaterThan(0);
    expect(await eventRows(b)).toEqual(await eventRows(a));
    expect(await snapshotProjections(b)).toEqual(await snapshotProjections(a));
    expectRefused(await runPurl(['import', file], target), /already holds \d+ events/);
  });
});
