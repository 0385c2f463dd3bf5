/**
 * purl verify [FILE] [--server URL]: checks the transparency log and the projections. With no
 * argument, the local store (PURL_DATA or DATABASE_URL); with FILE, an export bundle; with
 * --server, a running server through its public API. Exits 0 when everything verifies, 4 naming the
 * first failing entry, checkpoint, tree node or projection otherwise.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { invalid } from '../../domain/errors.ts';
import { verifyBundle } from '../../ledger/verify/from-bundle.ts';
import { verifyServer } from '../../ledger/verify/from-server.ts';
import { verifyStore, type VerifyOptions, type VerifyReport } from '../../ledger/verify/from-store.ts';
import { VerifyFailure } from '../../ledger/verify/verifier.ts';
import { describeStore } from '../../store/open.ts';
import { withStore } from '../context.ts';
import { EXIT } from '../exit-codes.ts';

interface Opts {
  server?: string;
  logKey?: string[];
  witness?: string[];
  replay: boolean;
  json?: boolean;
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

function print(report: VerifyReport, source: string, json: boolean | undefined): void {
  if (json) {
    console.log(JSON.stringify({ ok: true, source, ...report }, null, 2));
    return;
  }
  console.log(`verified ${source}: ${report.entries} entries, ${report.checkpoints} checkpoints (origin ${report.origin ?? '-'}), root ${report.root}`);
  console.log('  every entry well-formed and signed by its organization; every leaf, node and checkpoint recomputed; each checkpoint consistent with the one before');
  if (report.withheld > 0) console.log(`  ${report.withheld} entries are about records withheld from this reader: in the tree and under every checkpoint, their content not checked`);
  if (report.unreadable) console.log(`  ${report.unreadable} entries hold values not opened to this reader (checked as commitments), so the projections cannot be replayed`);
  console.log(`  witness cosignatures: ${report.cosignatures}; projections: ${report.projections}`);
}

export function verifyCommand(program: Command): void {
  program
    .command('verify')
    .description('verify the transparency log (signatures, Merkle tree, checkpoints) and the projections: of the local store, an export FILE, or --server URL; exit 4 naming the first failure')
    .argument('[file]', 'an export bundle (`purl export --out FILE`) to verify instead of the local store')
    .option('--server <url>', 'verify a running server through its public API')
    .option('--log-key <vkey>', 'trust only this log key for checkpoints (repeatable); default: the keys the log publishes', collect)
    .option('--witness <vkey>', 'count cosignatures by this witness key (repeatable)', collect)
    .option('--no-replay', 'skip replaying the log into fresh projections')
    .option('--json', 'print the report as JSON')
    .action(async (file: string | undefined, opts: Opts) => {
      if (file && opts.server) throw invalid('FILE', 'give a bundle file or --server, not both');
      const vopts: VerifyOptions = { trustedLogKeys: opts.logKey, trustedWitnesses: opts.witness, replay: opts.replay };
      try {
        if (file) {
          let text: string;
          try {
            text = await readFile(file, 'utf8');
          } catch (err) {
            throw invalid('FILE', `cannot read '${file}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
          }
          print(await verifyBundle(text, vopts), file, opts.json);
        } else if (opts.server) {
          print(await verifyServer(opts.server, vopts), opts.server, opts.json);
        } else {
          await withStore(async (db, settings) => print(await verifyStore(db, vopts), describeStore(settings), opts.json));
        }
      } catch (err) {
        if (!(err instanceof VerifyFailure)) throw err;
        if (opts.json) console.log(JSON.stringify({ ok: false, at: err.at, message: err.message }, null, 2));
        console.error(`purl: verification FAILED at ${err.message}`);
        process.exit(EXIT.verifyFailed);
      }
    });
}
