/** purl export [--out FILE]: the whole event log as one JSON document (see src/store/export.ts). */
import { once } from 'node:events';
import { open, rename, rm } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportLog } from '../../store/export.ts';
import { withStore } from '../context.ts';
import { EXIT } from '../exit-codes.ts';

/** Writes to stdout, waiting for it to drain when the reader is slower than the store. */
async function toStdout(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** A reader that stops early (`purl export | head`) is not an error worth a stack trace. */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    console.error(`purl: cannot write the export: ${err.message}`);
    process.exit(EXIT.failed);
  });
}

export function exportCommand(program: Command): void {
  program
    .command('export')
    .description('write the whole event log (every event, as stored) as JSON, to stdout or --out FILE; `purl import` reads it back')
    .option('--out <file>', 'write to this file instead of stdout (replaced only once the export is complete)')
    .action(async (opts: { out?: string }) => {
      await withStore(async (db) => {
        if (!opts.out) {
          quietOnClosedPipe();
          await exportLog(db, toStdout);
          return;
        }
        // Write beside the target and rename at the end, so a failed export never leaves half a file.
        const partial = `${opts.out}.partial`;
        const file = await open(partial, 'w');
        try {
          const n = await exportLog(db, async (chunk) => void (await file.write(chunk)));
          await file.close();
          await rename(partial, opts.out);
          console.log(`exported ${n} events to ${opts.out}`);
        } catch (err) {
          await file.close().catch(() => undefined);
          await rm(partial, { force: true });
          throw err;
        }
      });
    });
}
