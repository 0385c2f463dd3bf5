/**
 * An independent check of level 1, by lexicographic solves with HiGHS: the whole model as one MIP
 * (money x[i,t] >= 0 from each pledge to each target it may fund, whole units y[t,k] per line, z[t]
 * in {0,1} for a package funded whole), then one solve per line in rank order, each maximising that
 * line's units and fixing the optimum before the next. Slow (one MIP per line) but built on a
 * different method from the priority pass's max-flows, so agreement is evidence for both. Used by
 * the tests and by the benchmark on its smallest instances; money is in floating point here, so keep
 * amounts small (as the tests do) or scaled.
 */
import type { Instance } from './instance.ts';
import type { Solver } from './solver.ts';

export function lexByMip(solver: Solver, inst: Instance, scale = 1): number[][] {
  const cols: { cost: number; lower: number; upper: number; integer: boolean; entries: [number, number][] }[] = [];
  let rows = 0;
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const inf = solver.infinity;
  const row = (lo: number, hi: number) => {
    rowLower.push(lo);
    rowUpper.push(hi);
    return rows++;
  };
  const pledgeRow = inst.pledges.map((p) => row(-inf, p.budget / scale));
  const unitCol: number[][] = inst.targets.map((t) => t.lines.map(() => -1));
  const wholeCol: number[] = inst.targets.map(() => -1);
  inst.targets.forEach((t, ti) => {
    const cover = row(t.whole ? 0 : -t.credit / scale, inf); // money in - value of what it funds
    const cap = row(-inf, t.gap / scale); // never more than the need
    for (const i of inst.classes[t.cls]!) cols.push({ cost: 0, lower: 0, upper: inf, integer: false, entries: [[pledgeRow[i]!, 1], [cover, 1], [cap, 1]] });
    if (t.whole) {
      wholeCol[ti] = cols.length;
      cols.push({ cost: 0, lower: 0, upper: 1, integer: true, entries: [[cover, -t.gap / scale]] });
    } else {
      t.lines.forEach((l, k) => {
        unitCol[ti]![k] = cols.length;
        cols.push({ cost: 0, lower: 0, upper: l.units, integer: true, entries: [[cover, -l.unit / scale]] });
      });
    }
  });
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const c of cols) {
    for (const [r, v] of [...c.entries].sort((a, b) => a[0] - b[0])) {
      indices.push(r);
      values.push(v);
    }
    starts.push(indices.length);
  }
  const model = solver.createModel({
    numCols: cols.length,
    numRows: rows,
    sense: solver.constants.objectiveSense.maximize,
    colCost: cols.map(() => 0),
    colLower: cols.map((c) => c.lower),
    colUpper: cols.map((c) => c.upper),
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows: rows, numCols: cols.length, starts, indices, values },
    integrality: cols.map((c) => (c.integer ? 1 : 0)),
  });
  const units = inst.targets.map((t) => t.lines.map(() => 0));
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-9, random_seed: 1 });
    const decided = new Set<number>();
    for (const [ti, k] of inst.order) {
      const t = inst.targets[ti]!;
      if (t.whole && decided.has(ti)) continue;
      decided.add(ti);
      const col = t.whole ? wholeCol[ti]! : unitCol[ti]![k]!;
      const cost = new Array<number>(cols.length).fill(0);
      cost[col] = 1;
      model.changeColsCost({ kind: 'range', from: 0, to: cols.length - 1 }, cost);
      model.run();
      const best = Math.round(model.getSolution().colValue[col]!);
      model.changeColBounds(col, best, best);
      if (t.whole) t.lines.forEach((l, j) => (units[ti]![j] = best ? l.units : 0));
      else units[ti]![k] = best;
    }
  } finally {
    model.dispose();
  }
  return units;
}
