/** `npm run bench`: runs every benchmark and prints each figure as a ratio to its in-run baseline. */
import { commandThroughput } from './command-throughput.bench.ts';
import { printResults, type Benchmark } from './harness.ts';
import { ledgerBench } from './ledger.bench.ts';
import { plannerBench } from './planner.bench.ts';
import { webRender } from './web-render.bench.ts';

const BENCHMARKS: Benchmark[] = [commandThroughput, webRender, ledgerBench, plannerBench];

const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
for (const b of BENCHMARKS) {
  if (only && !b.name.includes(only)) continue;
  console.log(`\n# ${b.name}`);
  printResults(await b.run());
}
