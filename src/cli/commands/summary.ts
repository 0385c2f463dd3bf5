/** purl summary [--json]: the headline figures, as the API's GET /summary gives them. */
import type { Command } from 'commander';
import { summaryToJson } from '../../api/routes/summary.ts';
import { format } from '../../domain/money.ts';
import { computeSummary } from '../../store/queries/summaries.ts';
import { withStore } from '../context.ts';
import { AS_OPTION, clearanceFromOption } from '../viewer.ts';

const pct = (bp: number | null) => (bp === null ? '   n/a' : `${(bp / 100).toFixed(2).padStart(6)}%`);

export function summaryCommand(program: Command): void {
  program
    .command('summary')
    .description('totals by contributor, progress toward USD 1bn a month, coverage by priority band, funding gap, lead times')
    .option('--json', 'print JSON (the same shape as GET /summary)')
    .option(...AS_OPTION)
    .action(async (opts: { json?: boolean; as?: string }) => {
      await withStore(async (db) => {
        const s = await computeSummary(db, await clearanceFromOption(db, opts.as));
        if (opts.json) return console.log(JSON.stringify(summaryToJson(s), null, 2));
        const usd = (minor: bigint) => format({ minor, currency: 'USD' });
        console.log('Totals by contributor (committed = committed or paid; converted at the dated FX table)');
        for (const c of s.contributors) {
          const note = c.withoutAmount.length ? `  (${c.withoutAmount.length} without amount)` : '';
          console.log(`  ${c.key.padEnd(24)} announced ${usd(c.usd.announced).padStart(22)}  committed ${usd(c.usd.committed).padStart(22)}  paid ${usd(c.usd.paid).padStart(22)}${note}`);
        }
        console.log('\nProgress toward USD 1 billion a month (money committed that month)');
        for (const m of s.monthly) console.log(`  ${m.month}  ${usd(m.committedUsd).padStart(22)}  ${pct(m.targetBp)}   cumulative ${pct(m.cumulativeBp)}`);
        console.log('\nCoverage of the prioritized list by priority band');
        for (const b of s.coverage) console.log(`  ranks ${b.band.padEnd(6)} ${String(b.lines).padStart(3)} lines  need ${usd(b.needUsd).padStart(22)}  funded ${usd(b.fundedUsd).padStart(22)}  ${pct(b.coverageBp)}`);
        console.log(`\nFunding gap: ${usd(s.gap.totalGapUsd)} (packages raising money ${usd(s.gap.packagedGapUsd)}, ranked lines not yet packaged ${usd(s.gap.unpackagedNeedUsd)})`);
        console.log('\nLead times (days)');
        for (const l of s.leadTimes) console.log(`  ${l.stage.padEnd(32)} n=${String(l.count).padStart(3)}  median ${l.medianDays ?? '-'}  min ${l.minDays ?? '-'}  max ${l.maxDays ?? '-'}`);
        if (s.withheld.pledges + s.withheld.amounts > 0) {
          console.log(`\nLeft out as classified for this reader: ${s.withheld.pledges} pledge(s) not shown, ${s.withheld.amounts} amount(s) withheld`);
        }
        if (s.unconverted.length) console.log(`\nNot converted for lack of an FX rate: ${s.unconverted.join(', ')}`);
      });
    });
}
