/** purl init [--demo]: create the store and its schema; with --demo, load the demo record. */
import type { Command } from 'commander';
import { describeStore } from '../../store/open.ts';
import { withStore } from '../context.ts';

export function initCommand(program: Command): void {
  program
    .command('init')
    .description('create the store (PGlite in $PURL_DATA, or $DATABASE_URL) and apply migrations')
    .option('--demo', 'load the demo record (public PURL announcements with sources, illustrative lists) into an empty store')
    .action(async (opts: { demo?: boolean }) => {
      await withStore(async (db, settings) => {
        console.log(`store ready: ${describeStore(settings)}`);
        if (opts.demo) {
          // Loaded only here: the demo record is most of what this command would otherwise load.
          const { seedDemo } = await import('../../demo/seed.ts');
          const r = await seedDemo(db);
          console.log(r.seeded ? `demo record loaded: ${r.events} events` : `store already has ${r.events} events; demo not loaded again`);
        }
      });
    });
}
