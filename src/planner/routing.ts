/**
 * Money routed from pledges to sinks (eligibility classes, or single targets), as a bipartite flow
 * in exact integers (USD minor units, all below 2^53). `augment` sends more money to one sink along
 * augmenting paths: straight from a pledge with money left, or by moving another sink's money to a
 * different pledge that may also fund it, so that the freed money can go here. This is Ford and
 * Fulkerson's method on a network whose only capacities are the pledges' budgets and the sinks'
 * demands, so when no augmenting path is left the flow to the sink is the most it can get while
 * every other sink keeps what it has; the pledges searched at that point are the cut that proves it
 * (they are all spent, and only on sinks that no other money may fund).
 */
export interface AugmentStep {
  sink: number;
  /** The path: the pledge that gains flow into `sink` first, then alternating (sink, pledge) pairs. */
  path: number[];
  delta: number;
}

export class Routing {
  readonly pledges: number;
  readonly sinks: number;
  readonly budget: readonly number[];
  readonly used: number[];
  /** flow[i * sinks + s]: money of pledge i routed to sink s. */
  readonly flow: Float64Array;
  /** Per sink, the pledges that may fund it, in the order to try them. */
  readonly eligible: number[][];
  /** Per pledge, the sinks it currently funds. */
  private readonly funds: Set<number>[];
  private readonly log: AugmentStep[] = [];
  /** The pledges searched when the last augment fell short: the binding money. */
  lastCut: number[] = [];

  constructor(budget: readonly number[], eligible: readonly (readonly number[])[]) {
    this.pledges = budget.length;
    this.sinks = eligible.length;
    this.budget = budget;
    this.used = new Array<number>(budget.length).fill(0);
    this.flow = new Float64Array(budget.length * eligible.length);
    this.eligible = eligible.map((e) => [...e]);
    this.funds = budget.map(() => new Set<number>());
  }

  /** An independent copy (without the undo log), to try a change on. */
  clone(): Routing {
    const r = new Routing(this.budget, this.eligible);
    r.flow.set(this.flow);
    this.used.forEach((u, i) => (r.used[i] = u));
    this.funds.forEach((f, i) => f.forEach((s) => r.funds[i]!.add(s)));
    return r;
  }

  /** Takes all money out of sink `s` (back to its pledges) and lets only `pledges` fund it from now on. Not undoable: use on a clone. */
  reset(s: number, pledges: readonly number[]): void {
    for (const i of this.eligible[s]!) {
      const v = this.get(i, s);
      if (v === 0) continue;
      this.add(i, s, -v);
      this.used[i]! -= v;
    }
    this.eligible[s] = [...pledges];
  }

  /** Lets `pledges` fund sink `s` again; they must include every pledge that funds it now. */
  allow(s: number, pledges: readonly number[]): void {
    this.eligible[s] = [...pledges];
  }

  slack(i: number): number {
    return this.budget[i]! - this.used[i]!;
  }

  get(i: number, s: number): number {
    return this.flow[i * this.sinks + s]!;
  }

  private add(i: number, s: number, delta: number): void {
    const k = i * this.sinks + s;
    const v = this.flow[k]! + delta;
    this.flow[k] = v;
    if (v > 0) this.funds[i]!.add(s);
    else this.funds[i]!.delete(s);
  }

  /** Total money routed to a sink. */
  into(s: number): number {
    let t = 0;
    for (const i of this.eligible[s]!) t += this.get(i, s);
    return t;
  }

  /** A mark in the undo log: `rollback(mark)` undoes every augmentation since. */
  mark(): number {
    return this.log.length;
  }

  rollback(mark: number): void {
    while (this.log.length > mark) this.apply(this.log.pop()!, -1);
  }

  private apply(step: AugmentStep, sign: 1 | -1): void {
    const d = step.delta * sign;
    const p = step.path;
    let sink = step.sink;
    this.add(p[0]!, sink, d);
    for (let k = 1; k < p.length; k += 2) {
      // p[k - 1] gives d more to `sink`, so it gives d less to p[k], which p[k + 1] now funds instead.
      this.add(p[k - 1]!, p[k]!, -d);
      sink = p[k]!;
      this.add(p[k + 1]!, sink, d);
    }
    this.used[p[p.length - 1]!]! += d;
  }

  /** Sends up to `amount` more to sink `s`; returns how much it sent. */
  augment(s: number, amount: number): number {
    let sent = 0;
    for (const i of this.eligible[s]!) {
      if (sent >= amount) return sent;
      const d = Math.min(this.slack(i), amount - sent);
      if (d > 0) this.push({ sink: s, path: [i], delta: d });
      sent += Math.max(d, 0);
    }
    while (sent < amount) {
      const path = this.findPath(s);
      if (!path) return sent;
      let delta = Math.min(amount - sent, this.slack(path[path.length - 1]!));
      for (let k = 1; k < path.length; k += 2) delta = Math.min(delta, this.get(path[k - 1]!, path[k]!));
      this.push({ sink: s, path, delta });
      sent += delta;
    }
    this.lastCut = [];
    return sent;
  }

  private push(step: AugmentStep): void {
    this.apply(step, 1);
    this.log.push(step);
  }

  /** Breadth-first search from sink `s` to a pledge with money left; records the cut when there is none. */
  private findPath(s: number): number[] | null {
    const viaSink = new Int32Array(this.pledges).fill(-2); // the sink a pledge was reached through
    const viaPledge = new Int32Array(this.sinks).fill(-1); // the pledge a sink was reached from
    const seenSink = new Uint8Array(this.sinks);
    seenSink[s] = 1;
    const queue: number[] = [];
    for (const i of this.eligible[s]!) {
      viaSink[i] = s;
      queue.push(i);
    }
    for (let q = 0; q < queue.length; q++) {
      const i = queue[q]!;
      if (this.slack(i) > 0) return this.trace(i, s, viaSink, viaPledge);
      for (const t of this.funds[i]!) {
        if (seenSink[t]) continue;
        seenSink[t] = 1;
        viaPledge[t] = i;
        for (const j of this.eligible[t]!) {
          if (viaSink[j] !== -2) continue;
          viaSink[j] = t;
          queue.push(j);
        }
      }
    }
    this.lastCut = queue;
    return null;
  }

  private trace(end: number, s: number, viaSink: Int32Array, viaPledge: Int32Array): number[] {
    // Walk back from the pledge with money left to the sink being augmented.
    const back: number[] = [end];
    let sink = viaSink[end]!;
    while (sink !== s) {
      const from = viaPledge[sink]!;
      back.push(sink, from);
      sink = viaSink[from]!;
    }
    return back.reverse();
  }
}
