/** purl rebuild: re-derive every projection from the event log. */
import type { Command } from 'commander';
import { rebuild } from '../../store/projections/index.ts';
import { withStore } from '../context.ts';

export function rebuildCommand(program: Command): void {
  program
    .command('rebuild')
    .description('empty every projection table and replay the event log into it, in one transaction')
    .action(async () => {
      await withStore(async (db) => {
        const r = await rebuild(db);
        console.log(`rebuilt every projection from ${r.events} events`);
      });
    });
}
