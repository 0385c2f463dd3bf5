/**
 * The fewest-allocations model, solved by HiGHS once the priority pass has fixed every target's new
 * money. For each open target r and eligible pledge i: phi[r,i], the share of r's need that i pays
 * (0..1), and s[r,i] in {0,1}, whether i funds r at all; for each reserve (money for drafts and
 * unpackaged lines, per eligibility class) a share psi per eligible pledge, which costs nothing.
 *
 *   minimise   sum s[r,i]
 *   subject to sum_i phi[r,i] = 1                                  every open target gets its need
 *              sum_i psi[a,i] = 1                                  every reserve gets its money
 *              sum_r (D_r/B_i) phi[r,i] + sum_a (A_a/B_i) psi[a,i] <= 1   no pledge pays more than it has
 *              phi[r,i] <= u[r,i] s[r,i],  u = min(1, B_i/D_r)      no money without an allocation
 *              sum_i u[r,i] s[r,i] >= 1                             (implied; it tightens the relaxation)
 *              sum_i s[r,i] >= least[r]                             (proven by the flow tests)
 *              h[r] >= s[r,i] - sum_{j != i} s[r,j]                 (i cannot hit r's price to the cent alone)
 * and h[r] in {0,1} also costs one: the allocation that closes the rounding gap.
 * where u is also capped by the most pledge i can give r in any plan, where a flow test measured it.
 *
 * Shares rather than amounts keep every coefficient near 1 whatever the sums of money. The solver
 * works in floating point, so its answer is used only for its shape (which pairs carry money); the
 * money itself is then routed again in exact integers through that shape (split-heuristic.ts).
 */
import type { Instance } from './instance.ts';
import type { Sinks } from './split-heuristic.ts';
import type { Routing } from './routing.ts';
import type { Solver } from './solver.ts';

export interface MipOutcome {
  /** Per sink, the pledges the solver lets fund it (all eligible pledges for reserves). */
  allowed: number[][] | null;
  proven: boolean;
  /** The best proven lower bound on the number of allocations. */
  bound: number;
  status: string;
}

interface Column {
  cost: number;
  upper: number;
  integer: boolean;
  rows: number[];
  values: number[];
  start: number;
}

/** What the flow tests proved (split-improve.ts): the fewest pledges per open target, the most a pledge can give one. */
export interface Facts {
  least: readonly number[];
  most: readonly ReadonlyMap<number, number>[];
}

export function solveSplits(solver: Solver, inst: Instance, s: Sinks, start: Routing, facts: Facts, timeLimitMs: number): MipOutcome {
  const R = s.real.length;
  const A = s.reserve.length;
  const P = inst.pledges.length;
  const pledgeRow = (i: number) => R + A + i;
  const cols: Column[] = [];
  const linkRows: number[] = [];
  let nextRow = R + A + P;
  const pairs: { r: number; i: number; s: number }[] = [];

  const missRows: number[] = [];
  s.real.forEach((sink, r) => {
    const sCols: { i: number; col: number }[] = [];
    for (const i of s.eligible[r]!) {
      const B = inst.pledges[i]!.budget;
      const u = Math.min(1, B / sink.demand, (facts.most[r]!.get(i) ?? Infinity) / sink.demand);
      if (u <= 0) continue;
      const link = nextRow++;
      linkRows.push(link);
      const v = start.get(i, r);
      cols.push({ cost: 0, upper: u, integer: false, rows: [r, pledgeRow(i), link], values: [1, sink.demand / B, 1], start: v / sink.demand });
      pairs.push({ r, i, s: cols.length });
      sCols.push({ i, col: cols.length });
      // Row -1 - r stands for r's cover row, numbered once the link rows are known.
      cols.push({ cost: 1, upper: 1, integer: true, rows: [link, -1 - r, -1 - R - r], values: [-u, u, 1], start: v > 0 ? 1 : 0 });
    }
    // A lone pledge that cannot hit the price to the cent costs one more allocation (h[r]):
    // h[r] >= s[r,i] - sum_{j != i} s[r,j] for each such pledge i.
    const misses = sCols.filter((c) => !s.hits(c.i, r));
    if (misses.length === 0) return;
    const funders = sCols.filter((c) => start.get(c.i, r) > 0);
    const h = cols.length;
    cols.push({ cost: 1, upper: 1, integer: true, rows: [], values: [], start: funders.length === 1 && !s.hits(funders[0]!.i, r) ? 1 : 0 });
    for (const m of misses) {
      const row = nextRow++;
      missRows.push(row);
      for (const c of sCols) {
        cols[c.col]!.rows.push(row);
        cols[c.col]!.values.push(c.i === m.i ? 1 : -1);
      }
      cols[h]!.rows.push(row);
      cols[h]!.values.push(-1);
    }
  });
  s.reserve.forEach((sink, a) => {
    const k = R + a;
    for (const i of s.eligible[k]!) {
      const B = inst.pledges[i]!.budget;
      cols.push({ cost: 0, upper: Math.min(1, B / sink.demand), integer: false, rows: [k, pledgeRow(i)], values: [1, sink.demand / B], start: start.get(i, k) / sink.demand });
    }
  });
  const firstCover = nextRow;
  const numRows = firstCover + 2 * R;
  const inf = solver.infinity;
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  for (let k = 0; k < R + A; k++) {
    rowLower[k] = 1;
    rowUpper[k] = 1;
  }
  for (let i = 0; i < P; i++) {
    rowLower[pledgeRow(i)] = -inf;
    rowUpper[pledgeRow(i)] = 1;
  }
  for (const l of [...linkRows, ...missRows]) {
    rowLower[l] = -inf;
    rowUpper[l] = 0;
  }
  for (let r = 0; r < R; r++) {
    rowLower[firstCover + r] = 1;
    rowUpper[firstCover + r] = inf;
    // At least as many allocations as the flow tests proved the target needs.
    rowLower[firstCover + R + r] = facts.least[r]!;
    rowUpper[firstCover + R + r] = inf;
  }
  const starts = new Int32Array(cols.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  cols.forEach((c, j) => {
    starts[j] = indices.length;
    c.rows.forEach((row, n) => {
      indices.push(row < 0 ? firstCover + (-1 - row) : row);
      values.push(c.values[n]!);
    });
  });
  starts[cols.length] = indices.length;

  const model = solver.createModel({
    numCols: cols.length,
    numRows,
    sense: solver.constants.objectiveSense.minimize,
    colCost: cols.map((c) => c.cost),
    colLower: new Float64Array(cols.length),
    colUpper: cols.map((c) => c.upper),
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows, numCols: cols.length, starts, indices: new Int32Array(indices), values: new Float64Array(values) },
    integrality: cols.map((c) => (c.integer ? solver.constants.variableType.integer : solver.constants.variableType.continuous)),
  });
  try {
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.05, timeLimitMs / 1000),
      mip_rel_gap: 0,
      // The objective counts allocations, a whole number: any gap below one is optimality.
      mip_abs_gap: 0.999,
      random_seed: 1,
    });
    model.setSolution({ colValue: cols.map((c) => c.start) });
    const run = model.run();
    const st = solver.constants.modelStatus;
    const hasSolution = model.info.get('primal_solution_status') === solver.constants.solutionStatus.feasible;
    const dual = Number(model.info.get('mip_dual_bound'));
    const bound = Number.isFinite(dual) ? Math.max(0, Math.ceil(dual - 1e-6)) : 0;
    const status = run.modelStatus === st.optimal ? 'optimal' : run.modelStatus === st.timeLimit ? 'time_limit' : `status ${run.modelStatus}`;
    if (!hasSolution) return { allowed: null, proven: false, bound, status };
    const x = model.getSolution().colValue;
    const allowed: number[][] = s.eligible.map((e, k) => (k < R ? [] : [...e]));
    for (const p of pairs) if (x[p.s]! > 0.5) allowed[p.r]!.push(p.i);
    return { allowed, proven: run.modelStatus === st.optimal, bound, status };
  } finally {
    model.dispose();
  }
}
