/**
 * Logs the events of a store created before the transparency log existed (events, no checkpoint).
 * Runs at start-up under the writer lock and costs one query otherwise. A store whose log has begun
 * is never backfilled: an event row outside the log there is tampering, for `purl verify` to name,
 * and further appends are refused (src/store/log/record.ts).
 */
import type { Database } from '../db.ts';
import { ledgerConfig } from './ledger-config.ts';
import { recordInLog } from './record.ts';

const WRITER_LOCK = 7402;

export async function logBacklog(db: Database, now = new Date()): Promise<number> {
  const gap = async (q: Pick<Database, 'query'>) =>
    (await q.query<{ behind: boolean }>('SELECT EXISTS (SELECT 1 FROM events) AND NOT EXISTS (SELECT 1 FROM log_checkpoints) AS behind'))[0]!.behind;
  if (!(await gap(db))) return 0;
  const cp = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
    return (await gap(tx)) ? recordInLog(tx, ledgerConfig(db), [], now) : undefined;
  });
  return cp?.treeSize ?? 0;
}
