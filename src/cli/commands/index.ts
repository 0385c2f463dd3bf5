/** Registers every `purl` subcommand. */
import type { Command } from 'commander';
import { initCommand } from './init.ts';
import { serveCommand } from './serve.ts';
import { statusCommand } from './status.ts';
import { summaryCommand } from './summary.ts';
import { rebuildCommand } from './rebuild.ts';
import { reconcileCommand } from './reconcile.ts';
import { tokensCommand } from './tokens.ts';
import { usersCommand } from './users.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { planCommand } from './plan.ts';
import { guaranteesCommand } from './guarantees.ts';
import { verifyCommand } from './verify.ts';
import { witnessCommand } from './witness.ts';

export function registerCommands(program: Command): void {
  for (const add of [initCommand, serveCommand, statusCommand, summaryCommand, rebuildCommand, tokensCommand, usersCommand, exportCommand, importCommand, reconcileCommand, guaranteesCommand]) add(program);
  for (const add of [verifyCommand, witnessCommand]) add(program);
  planCommand(program);
}
