/**
 * `purl`: the command-line front door. Each subcommand lives in ./commands; all writes go through
 * the same dispatcher as the API. Errors print one clear line and exit non-zero:
 * 1 refused (validation, conflict, not found), 2 usage, 3 store unreachable, 4 verification failed
 * (also: the log disagrees with the events table, so writes are refused).
 */
import { Command, CommanderError } from 'commander';
import { DomainError } from '../domain/errors.ts';
import { LogIntegrityError } from '../store/log/integrity-error.ts';
import { registerCommands } from './commands/index.ts';
import { EXIT } from './exit-codes.ts';

const program = new Command('purl')
  .description('PURL Ledger: the shared record of the Prioritized Ukraine Requirements List')
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exit(err.exitCode === 0 ? 0 : EXIT.usage);
  }
  if (err instanceof DomainError) {
    console.error(`purl: ${err.message}`);
    for (const i of err.issues) console.error(`  - ${i.field}: ${i.message}`);
    process.exit(EXIT.refused);
  }
  if (err instanceof LogIntegrityError) {
    console.error(`purl: ${err.message}`);
    process.exit(EXIT.verifyFailed);
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ECONNREFUSED' || e?.code === 'ENOTFOUND' || e?.code === '28P01' || e?.code === '3D000') {
    console.error(`purl: cannot reach the database: ${e.message}`);
    process.exit(EXIT.store);
  }
  console.error(`purl: ${e?.message ?? String(err)}`);
  process.exit(EXIT.failed);
}
