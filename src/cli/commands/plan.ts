/**
 * purl plan [--scenario FILE] [--json] [--lines N] [--accept --as ORG]: computes an allocation plan
 * from the record (and a what-if scenario file, the body POST /plans takes), prints it with its
 * reasons, and with --accept records it through the accept-plan command as the named coordinator.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { acceptInput } from '../../api/routes/plans.ts';
import { COMMANDS } from '../../commands/index.ts';
import { dispatch } from '../../commands/dispatch.ts';
import { parseInput } from '../../commands/parse-input.ts';
import type { Role } from '../../domain/actors.ts';
import { conflict, DomainError, invalid, notFound } from '../../domain/errors.ts';
import { formatGrouped } from '../../domain/money-text.ts';
import type { Currency } from '../../domain/money.ts';
import { computePlan } from '../../planner/plan.ts';
import type { Plan } from '../../planner/plan-schema.ts';
import { scenarioSchema, type Scenario } from '../../planner/scenario.ts';
import { loadSolver } from '../../planner/solver.ts';
import { loadPlannerSnapshot } from '../../store/queries/planner-snapshot.ts';
import { withStore } from '../context.ts';
import { clearanceFromOption } from '../viewer.ts';

const money = (m: { minor: string; currency: Currency }) => formatGrouped({ minor: BigInt(m.minor), currency: m.currency });

async function readScenario(file: string | undefined): Promise<Scenario> {
  if (file === undefined) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw invalid('--scenario', `cannot read ${file} as JSON: ${(err as Error).message}`);
  }
  return parseInput(scenarioSchema, raw);
}

function print(p: Plan, lines: number): void {
  const o = p.optimality;
  console.log(`Plan ${p.planId}, the record as of fingerprint ${p.snapshotHash.slice(0, 12)}, money valued at the FX rates of ${p.asOf}`);
  console.log(
    `Optimality: priorities and value exact; ${o.allocations} allocation(s), ${o.proven ? 'proven optimal' : `NOT proven optimal (best bound ${o.allocationsBound}, gap ${(o.gap * 100).toFixed(1)}%, ${o.status})`}; ${o.solveMs} ms`,
  );
  const f = p.figures;
  const g = p.greedy;
  console.log(`Funded in full: ${f.linesFunded} lines (${f.fundedRun} unbroken from rank 1; ${f.topLinesFunded} of the top ${f.topLines}), value ${money(f.valueFunded)}`);
  console.log(`Greedy waterfall: ${g.linesFunded} lines (${g.fundedRun} unbroken; ${g.topLinesFunded} of the top ${g.topLines}), value ${money(g.valueFunded)}, ${g.allocations} allocation(s): the plan is ${g.comparison === 'planner_better' ? 'better' : 'equal'}`);
  console.log(`\nAllocations (${p.allocations.length}):`);
  for (const a of p.allocations) {
    console.log(`  ${a.pledgeId} (${a.contributors.join(', ')}) -> ${a.packageId}: ${money(a.amount)}${a.amount.currency === 'USD' ? '' : ` = ${money(a.usdValue)}`}${a.roundingTopUp ? '  (closes an FX rounding gap)' : ''}`);
  }
  if (p.reservations.length > 0) {
    console.log(`\nSet aside for lines to package and drafts to open (${p.reservations.length}):`);
    for (const r of p.reservations.slice(0, lines)) console.log(`  ${r.pledgeId} -> ${r.targetKind} ${r.targetId}: ${money(r.usdValue)}`);
  }
  console.log('\nPackages:');
  for (const k of p.packages) {
    const note = k.becomesFunded ? 'becomes funded' : k.state === 'draft' ? 'draft' : 'still short';
    console.log(`  ${k.packageId}: ${money(k.fundedBefore)} -> ${money(k.fundedAfter)} of ${money(k.price)} (${note})${k.roundingShortfall ? `, ${money(k.roundingShortfall)} short by FX rounding` : ''}`);
  }
  const short = p.lines.filter((l) => l.outcome === 'unfunded' || l.outcome === 'partly_funded');
  console.log(`\nLines not funded in full: ${short.length}${short.length > lines ? ` (the first ${lines})` : ''}`);
  for (const l of short.slice(0, lines)) console.log(`  rank ${l.rank} ${l.lineId} (${l.capabilityArea}): ${l.outcome.replace('_', ' ')}. ${l.reason}`);
  if (p.whatWouldChange.length > 0) {
    console.log('\nWhat would change it:');
    for (const s of p.whatWouldChange) console.log(`  ${s.message}`);
  }
  for (const s of p.skippedPledges) console.log(`Pledge ${s.pledgeId} not counted: ${s.reason}`);
  for (const w of p.warnings) console.log(`Note: ${w}`);
  console.log(p.acceptable ? '\nAcceptable: `purl plan --accept --as <coordinator org>` records these allocations.' : `\nNot acceptable: ${p.notAcceptable.join('; ')}.`);
}

export function planCommand(program: Command): void {
  program
    .command('plan')
    .description('match pledged money to the prioritized list, provably optimally, and explain every line (nothing is written unless --accept)')
    .option('--scenario <file>', 'a what-if scenario as JSON (the body POST /plans takes)')
    .option('--json', 'print the plan as JSON (the shape POST /plans answers)')
    .option('--lines <n>', 'how many unfunded lines and reservations to print', '20')
    .option('--accept', 'record the plan: its allocations, in one transaction (command accept-plan)')
    .option('--as <orgId>', 'plan as this organization sees the record; with --accept, the coordinator organization that accepts')
    .action(async (opts: { scenario?: string; json?: boolean; lines: string; accept?: boolean; as?: string }) => {
      const scenario = await readScenario(opts.scenario);
      if (opts.accept && !opts.as) throw invalid('--as', 'name the coordinator organization that accepts the plan, e.g. --as nato');
      await withStore(async (db) => {
        // As the accepting coordinator sees the record (--as), or everything (the operator) when only printing.
        const plan = computePlan(await loadPlannerSnapshot(db, await clearanceFromOption(db, opts.as)), scenario, { solver: await loadSolver(), today: new Date().toISOString().slice(0, 10) });
        if (opts.json) console.log(JSON.stringify(plan, null, 2));
        else print(plan, Math.max(1, Number(opts.lines) || 20));
        if (!opts.accept) return;
        if (!plan.acceptable) throw conflict(`this plan cannot be accepted: ${plan.notAcceptable.join('; ')}`);
        const org = await db.query<{ role: Role }>('SELECT role FROM organizations WHERE org_id = $1', [opts.as]);
        if (!org[0]) throw notFound('organization', opts.as!);
        const actor = { orgId: opts.as!, role: org[0].role, userId: `cli:${userInfo().username}` };
        const r = await dispatch(db, COMMANDS.acceptPlan, { actor, input: acceptInput(plan) });
        const n = r.events.filter((e) => e.type === 'FundsAllocated').length;
        if (n === 0) throw new DomainError('conflict', 'nothing was recorded');
        console.error(`accepted: ${n} allocation(s) recorded, log entries ${r.events[0]!.seq}-${r.events[r.events.length - 1]!.seq}`);
      });
    });
}
