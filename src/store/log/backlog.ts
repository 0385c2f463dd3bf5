/**
 * Logs events that are in `events` but not yet in the transparency log: a store created before the
 * log existed. Runs at start-up under the writer lock; a store whose log is complete costs one query.
 */
import type { Database } from '../db.ts';
import { ledgerConfig } from './ledger-config.ts';
import { recordInLog } from './record.ts';

const WRITER_LOCK = 7402;

export async function logBacklog(db: Database, now = new Date()): Promise<number> {
  const gap = async (q: Pick<Database, 'query'>) =>
    (await q.query<{ behind: boolean }>('SELECT coalesce((SELECT max(seq) FROM events), 0) > coalesce((SELECT max(tree_size) FROM log_checkpoints), 0) AS behind'))[0]!.behind;
  if (!(await gap(db))) return 0;
  const cp = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
    return (await gap(tx)) ? recordInLog(tx, ledgerConfig(db), [], now) : undefined;
  });
  return cp?.treeSize ?? 0;
}
