/**
 * Why a line is not funded in full, and what would change it. Every reason comes from the priority
 * pass's own proof: at the line's turn, the most money that could still reach it (given that every
 * more urgent line keeps its funding) was `avail`, and the pledges searched when no more could be
 * found are the money that binds it: all spent on more urgent lines that only they may fund. So
 * "USD s more money that may fund it would fund it in full" is exact, not an estimate.
 */
import type { z } from 'zod';
import { describePledges, readableUsd, usdJson } from './describe.ts';
import type { Instance } from './instance.ts';
import type { bindingSchema } from './plan-schema.ts';
import type { LineOutcome } from './priority.ts';

export type Binding = z.infer<typeof bindingSchema>;

export interface Explanation {
  outcome: 'already_funded' | 'funded' | 'partly_funded' | 'unfunded';
  reason: string | null;
  binding: Binding | null;
}

function notOpenNote(inst: Instance, o: LineOutcome): string | null {
  const t = inst.targets[o.target]!;
  if (t.open) return null;
  return t.kind === 'line'
    ? 'The plan sets money aside for it, but money is allocated only to packages open for funding: put it in a package, open the package, and plan again.'
    : `The plan sets money aside for it, but package '${t.id}' is a draft: prioritise it and open it for funding, then plan again.`;
}

/** Names each distinct set of binding pledges once, and describes it once: many lines share one. */
export class BindingMoney {
  private readonly ids = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  readonly list: { id: string; pledges: number[] }[] = [];
  constructor(private readonly inst: Instance) {}

  ref(cut: readonly number[]): { id: string; text: string } {
    const key = cut.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = `m${this.list.length + 1}`;
      this.ids.set(key, id);
      this.texts.set(key, describePledges(this.inst, cut));
      this.list.push({ id, pledges: [...cut] });
    }
    return { id, text: this.texts.get(key)! };
  }
}

export function explainLine(inst: Instance, o: LineOutcome, idle: readonly number[], money: BindingMoney, idleText: Map<number, string>): Explanation {
  const t = inst.targets[o.target]!;
  if (o.max === 0) return { outcome: 'already_funded', reason: 'Current allocations already pay for it.', binding: null };
  if (o.units === o.max) return { outcome: 'funded', reason: notOpenNote(inst, o), binding: null };

  const outcome = o.units > 0 ? 'partly_funded' : 'unfunded';
  const eligible = new Set(inst.classes[t.cls]!);
  const shortfall = o.need - o.avail;
  const cut = o.cut.length > 0 ? money.ref(o.cut) : null;
  const cutText = cut?.text ?? 'none';
  let unused = idleText.get(t.cls);
  if (unused === undefined) {
    const elsewhere = idle.filter((i) => !eligible.has(i));
    unused = elsewhere.length ? ` Money still unused that may not fund it: ${describePledges(inst, elsewhere)}.` : '';
    idleText.set(t.cls, unused);
  }
  const change = ` ${readableUsd(shortfall)} more money that may fund it would fund it in full, every more urgent line keeping its funding.`;

  let kind: Binding['kind'];
  let why: string;
  if (o.decidedBy !== null) {
    kind = 'whole_package_decided';
    const left = o.avail > 0 ? `only ${readableUsd(o.avail)} that may fund it was left (${cutText})` : cut ? `all the money that may fund it was needed by more urgent lines (${cutText})` : 'no money in this plan may fund it';
    why = `Package '${t.id}' must be funded whole, and there was not enough money for it at the turn of its most urgent line '${o.decidedBy}': it needs ${readableUsd(o.need)}, and ${left}.`;
  } else if (inst.pledges.length === 0) {
    kind = 'no_eligible_money';
    why = 'There is no money in this plan: no pledge counts (by default only committed and paid money does; a scenario may count pledged or hypothetical money).';
  } else if (eligible.size === 0) {
    kind = 'no_eligible_money';
    why = `No money in this plan may fund it: every pledge's earmark or limits rule it out.`;
  } else if (o.avail === 0) {
    kind = 'budget';
    why = `All the money that may fund it is needed by more urgent lines: ${cutText}.`;
  } else if (t.whole) {
    kind = 'whole_package';
    why = `${t.kind === 'package' ? `Package '${t.id}'` : 'It'} must be funded whole (${readableUsd(o.need)}); only ${readableUsd(o.avail)} of the money that may fund it is left after more urgent lines (${cutText}).`;
  } else {
    kind = 'unit_price';
    const line = t.lines[o.line]!;
    why = `${o.units > 0 ? `Funded ${o.units} of ${o.max} units; a` : 'A'} unit costs ${readableUsd(line.unit)} and the money that may fund it left after more urgent lines is ${readableUsd(o.avail)} in all (${cutText}).`;
  }
  const binding: Binding = {
    kind,
    money: cut?.id ?? null,
    available: usdJson(o.avail),
    needed: usdJson(o.need),
    shortfall: usdJson(shortfall),
  };
  return { outcome, reason: why + change + unused, binding };
}
