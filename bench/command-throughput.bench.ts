/**
 * Command throughput: pledges announced through the full command path (parse, authorize, lock,
 * decide, append, project) against plain INSERTs of the same pledge rows into the same store, in the
 * same run. Ratio = command throughput / plain-insert throughput (1.0 would mean no overhead).
 */
import { COMMANDS } from '../src/commands/index.ts';
import { dispatch } from '../src/commands/dispatch.ts';
import { registerOrganizations } from '../src/demo/seed.ts';
import { openPglite, openPostgres, type Database } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { median, timeMs, type Benchmark, type BenchResult } from './harness.ts';

const N = 300;
const ROUNDS = 3;

async function fresh(kind: 'pglite' | 'postgres'): Promise<Database> {
  const db =
    kind === 'pglite'
      ? await openPglite()
      : await openPostgres({ connectionString: process.env.DATABASE_URL!, schema: `bench_${process.pid}_${Date.now()}` });
  await migrate(db);
  await registerOrganizations(db);
  return db;
}

async function viaCommands(db: Database, round: number): Promise<void> {
  const actor = { orgId: 'nl', role: 'ally' as const, userId: 'bench' };
  for (let i = 0; i < N; i++) {
    await dispatch(db, COMMANDS.announcePledge, {
      actor,
      input: { pledgeId: `b${round}-${i}`, contributors: [{ orgId: 'nl' }], amount: { minor: String(1000 + i), currency: 'EUR' }, announcedOn: '2025-08-04' },
    });
  }
}

async function plainInserts(db: Database, round: number): Promise<void> {
  for (let i = 0; i < N; i++) {
    await db.query(
      `INSERT INTO pledges (pledge_id, amount_minor, currency, qualifier, earmark, announced_on, announced_precision, sources, state, recorded_at)
       VALUES ($1, $2, 'EUR', 'exact', '{"kind":"none"}', '2025-08-04', 'day', '[]', 'announced', now())`,
      [`p${round}-${i}`, 1000 + i],
    );
  }
}

export const commandThroughput: Benchmark = {
  name: 'command throughput',
  async run() {
    const kinds: ('pglite' | 'postgres')[] = ['pglite', ...(process.env.DATABASE_URL ? (['postgres'] as const) : [])];
    const out: BenchResult[] = [];
    for (const kind of kinds) {
      const db = await fresh(kind);
      const cmd: number[] = [];
      const plain: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        cmd.push(await timeMs(() => viaCommands(db, r)));
        plain.push(await timeMs(() => plainInserts(db, r)));
      }
      if (kind === 'postgres') await db.query(`DROP SCHEMA ${(await db.query<{ s: string }>('SELECT current_schema() AS s'))[0]!.s} CASCADE`);
      await db.close();
      const cmdRate = (N / median(cmd)) * 1000;
      const plainRate = (N / median(plain)) * 1000;
      out.push({ name: `announce-pledge via dispatcher (${kind})`, unit: 'writes/s', subject: cmdRate, baseline: plainRate, ratio: cmdRate / plainRate });
    }
    return out;
  },
};
