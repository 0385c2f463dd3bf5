/** purl reconcile [--json] [--claim <id>]: every public running total beside the ledger's figure, explained. */
import type { Command } from 'commander';
import { RECONCILIATION_OVERLAPS, scopeForClaim } from '../../demo/reconciliation-scopes.ts';
import { notFound } from '../../domain/errors.ts';
import { formatGrouped } from '../../domain/money-text.ts';
import type { Reconciliation } from '../../domain/reconciliation.ts';
import { reconcileClaims } from '../../store/queries/reconciliation.ts';
import { reconciliationView } from '../../store/queries/reconciliation-view.ts';
import { withStore } from '../context.ts';
import { AS_OPTION, clearanceFromOption } from '../viewer.ts';

export function reconcileCommand(program: Command): void {
  program
    .command('reconcile')
    .description("reconcile every public running total with the ledger's own figure for the same date and scope, and explain the difference")
    .option('--json', 'print JSON (the same shape as GET /reconciliation)')
    .option('--claim <claimId>', 'only this claim, e.g. total-2025-08-14')
    .option(...AS_OPTION)
    .action(async (opts: { json?: boolean; claim?: string; as?: string }) => {
      await withStore(async (db) => {
        const items = await reconcileClaims(db, await clearanceFromOption(db, opts.as), { scopeFor: scopeForClaim, overlaps: RECONCILIATION_OVERLAPS, claimId: opts.claim });
        if (opts.claim !== undefined && items.length === 0) throw notFound('public total', opts.claim);
        if (opts.json) return console.log(JSON.stringify({ items: items.map(reconciliationView) }, null, 2));
        if (items.length === 0) return console.log('no public running totals are recorded (load them with `purl init --demo`)');
        for (const r of items) console.log(describe(r));
        const open = items.filter((r) => !r.explained).length;
        console.log(`${items.length} claims; ${items.length - open} explained${open > 0 ? `, ${open} NOT explained` : ''}`);
      });
    });
}

const money = (m: { minor: bigint; currency: Parameters<typeof formatGrouped>[0]['currency'] } | null): string => (m ? formatGrouped(m) : '(no amount)');

function describe(r: Reconciliation): string {
  const c = r.claim;
  const out = [
    `${c.claimId}  ${c.date}  ${money(c.amount)}  ${r.explained ? 'explained' : 'NOT EXPLAINED'}`,
    `  said by:    ${c.saidBy}`,
    `  scope:      ${c.scope}`,
    `  source:     ${c.sources.map((s) => s.url).join(' ')}`,
    `  read as:    ${r.scope.description}`,
    `  ledger:     ${money(r.ledger)}  from ${r.lines.length} pledge(s)${r.difference ? `; difference (claim - ledger) ${money(r.difference)}` : ''}`,
  ];
  for (const l of r.lines) {
    const rates = l.rates.map((x) => `${x.base}/${x.quote} ${x.rate} on ${x.date}${x.implied ? ' (implied)' : ''}`).join(' x ');
    out.push(`    ${l.pledgeId.padEnd(8)} ${money(l.original).padEnd(24)} -> ${money(l.converted)}${rates ? `  at ${rates}` : ''}`);
  }
  for (const k of r.components) {
    if (k.amount.minor === 0n && k.items.length === 0 && k.kind !== 'unexplained' && k.kind !== 'not_comparable') continue;
    const items = k.items.map((i) => `${i.pledgeId}${i.value ? ` ${money(i.value)}` : ''}`).join(', ');
    out.push(`  ${k.kind.padEnd(14)} ${money(k.amount).padEnd(24)} ${k.text}${items ? ` [${items}]` : ''}`);
  }
  for (const [name, check] of Object.entries(r.counts)) {
    if (check) out.push(`  ${name}: claimed ${check.claimed}, ledger ${check.ledger} (${check.counted.join(', ')}); ${check.explanation ?? 'NOT EXPLAINED'}`);
  }
  for (const v of r.caveats) out.push(`  caveat: ${v.pledgeId} may be inside ${v.mayBeWithin} (${money(v.atStake)} at stake): ${v.reason}`);
  return out.join('\n') + '\n';
}
