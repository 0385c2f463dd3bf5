/** purl status: what the store holds, at a glance, and whether the transparency log covers it. */
import type { Command } from 'commander';
import { lastSeq } from '../../store/event-log.ts';
import { latestCheckpoint, originOf } from '../../store/log/checkpoints.ts';
import { keyDirectory } from '../../store/log/key-store.ts';
import { describeStore } from '../../store/open.ts';
import { PROJECTION_TABLES } from '../../store/projections/index.ts';
import type { Database } from '../../store/db.ts';
import { withStore } from '../context.ts';

interface LogStatus {
  origin: string | null;
  treeSize: number;
  checkpoint: number;
  rootHash: string | null;
  logKey: string | null;
  /** Whether the latest checkpoint covers exactly the events table (what `purl verify` checks in full). */
  inStep: boolean;
}

async function logStatus(db: Database, events: number): Promise<LogStatus> {
  const cp = await latestCheckpoint(db);
  const origin = cp ? originOf(cp) : null;
  const logKey = (await keyDirectory(db)).filter((k) => k.purpose === 'log' && k.name === origin && k.held).at(-1)?.vkey ?? null;
  return {
    origin,
    treeSize: cp?.treeSize ?? 0,
    checkpoint: cp?.number ?? 0,
    rootHash: cp ? cp.rootHash.toString('base64') : null,
    logKey,
    inStep: (cp?.treeSize ?? 0) === events,
  };
}

export function statusCommand(program: Command): void {
  program
    .command('status')
    .description('show the store, the length of the event log, the latest checkpoint of the transparency log and the size of each projection')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withStore(async (db, settings) => {
        const counts: Record<string, number> = {};
        for (const t of PROJECTION_TABLES) {
          const r = await db.query<{ n: bigint }>(`SELECT count(*)::bigint AS n FROM ${t}`);
          counts[t] = Number(r[0]?.n ?? 0n);
        }
        const events = await lastSeq(db);
        const status = { store: describeStore(settings), events, log: await logStatus(db, events), tables: counts };
        if (opts.json) return console.log(JSON.stringify(status, null, 2));
        const { log } = status;
        console.log(`store:  ${status.store}`);
        console.log(`events: ${events}`);
        if (log.checkpoint === 0) console.log('log:    no checkpoint yet (the log begins with the first write)');
        else {
          console.log(`log:    ${log.origin}, checkpoint ${log.checkpoint} at tree size ${log.treeSize}, root ${log.rootHash}`);
          if (log.logKey) console.log(`        log key ${log.logKey}`);
          if (!log.inStep) console.log(`        WARNING: the log covers ${log.treeSize} of ${events} events; writes are refused until purl verify is run`);
        }
        for (const [t, n] of Object.entries(counts)) console.log(`  ${t.padEnd(22)} ${n}`);
      });
    });
}
