/** purl status: what the store holds, at a glance. */
import type { Command } from 'commander';
import { lastSeq } from '../../store/event-log.ts';
import { describeStore } from '../../store/open.ts';
import { PROJECTION_TABLES } from '../../store/projections/index.ts';
import { withStore } from '../context.ts';

export function statusCommand(program: Command): void {
  program
    .command('status')
    .description('show the store, the length of the event log and the size of each projection')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withStore(async (db, settings) => {
        const counts: Record<string, number> = {};
        for (const t of PROJECTION_TABLES) {
          const r = await db.query<{ n: bigint }>(`SELECT count(*)::bigint AS n FROM ${t}`);
          counts[t] = Number(r[0]?.n ?? 0n);
        }
        const status = { store: describeStore(settings), events: await lastSeq(db), tables: counts };
        if (opts.json) return console.log(JSON.stringify(status, null, 2));
        console.log(`store:  ${status.store}`);
        console.log(`events: ${status.events}`);
        for (const [t, n] of Object.entries(counts)) console.log(`  ${t.padEnd(22)} ${n}`);
      });
    });
}
