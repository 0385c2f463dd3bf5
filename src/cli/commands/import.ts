/** purl import FILE: load an export into an empty store, re-deriving every projection. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { invalid } from '../../domain/errors.ts';
import { importLog, parseExportText } from '../../store/import.ts';
import { describeStore } from '../../store/open.ts';
import { withStore } from '../context.ts';

export function importCommand(program: Command): void {
  program
    .command('import')
    .description('load a `purl export` file into an EMPTY store (same seq, actors, times and idempotency keys) and apply the projections')
    .argument('<file>', 'the export file')
    .action(async (path: string) => {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (err) {
        throw invalid('FILE', `cannot read '${path}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      // Check the whole file before touching the store: a bad file neither creates nor changes one.
      const file = parseExportText(text);
      await withStore(async (db, settings) => {
        const r = await importLog(db, file);
        console.log(`imported ${r.events} events into ${describeStore(settings)}; every projection applied`);
      });
    });
}
