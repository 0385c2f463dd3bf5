/**
 * How much of a commitment is fulfilled, due and overdue. Pure, in the commitment's own unit (minor
 * units of its currency, or a quantity of its item).
 *
 * The slots to fill are the schedule's obligations in due order, or, without a schedule, the stated
 * total as one undated slot. Counted evidence fills them first: a part aimed at one obligation goes
 * there, and what does not fit joins the rest, which fills the slots in order. What is left after
 * every slot is full is the excess, shown as such and never as fulfilment: `fulfilled` is at most
 * what is scheduled. Pending evidence (linked, not yet counting) then fills what counted evidence
 * left, the same way. Due is what the dated obligations ask for by `asOf`; overdue is what of that
 * is not fulfilled. With nothing to measure against (a share of GDP, a qualitative commitment),
 * all counted evidence is fulfilment and nothing is due.
 */
import type { Counting } from './guarantee-fulfilment.ts';

export interface Slot {
  obligationId: string | null;
  label: string;
  /** The last day it is due (null: the stated total, with no date). */
  dueDay: string | null;
  amount: bigint;
}

export interface Evidence {
  fulfilmentId: string;
  obligationId: string | null;
  /** In the commitment's unit; null when it cannot be expressed in it (then it is not measured here). */
  value: bigint | null;
  counting: Counting;
}

export interface SlotMeasure extends Slot {
  fulfilled: bigint;
  pending: bigint;
  isDue: boolean;
  overdue: bigint;
}

export interface Measure {
  scheduled: bigint | null;
  due: bigint | null;
  fulfilled: bigint;
  fulfilledDue: bigint | null;
  overdue: bigint | null;
  pending: bigint;
  excess: bigint;
  /** Pending evidence beyond what counted evidence left: it would be excess once it counts. */
  pendingExcess: bigint;
  /** fulfilled / scheduled in basis points (10000 = 100%), rounded down; null without a figure. */
  fulfilledBp: number | null;
  slots: SlotMeasure[];
}

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** Fills `room` (per slot) with the evidence of one kind; returns per-slot takes and what is left over. */
function fill(slots: readonly Slot[], room: bigint[], evidence: readonly Evidence[]): { taken: bigint[]; over: bigint } {
  const taken = slots.map(() => 0n);
  let pool = 0n;
  for (const e of evidence) {
    const v = e.value ?? 0n;
    const i = e.obligationId === null ? -1 : slots.findIndex((s) => s.obligationId === e.obligationId);
    if (i < 0) {
      pool += v;
      continue;
    }
    const t = min(v, room[i]!);
    room[i] = room[i]! - t;
    taken[i] = taken[i]! + t;
    pool += v - t;
  }
  slots.forEach((_, i) => {
    const t = min(pool, room[i]!);
    room[i] = room[i]! - t;
    taken[i] = taken[i]! + t;
    pool -= t;
  });
  return { taken, over: pool };
}

export function measureFulfilment(slotsIn: readonly Slot[], evidence: readonly Evidence[], asOf: string): Measure {
  const slots = [...slotsIn].sort((a, b) => (a.dueDay ?? '9999') < (b.dueDay ?? '9999') ? -1 : (a.dueDay ?? '9999') > (b.dueDay ?? '9999') ? 1 : 0);
  const counted = evidence.filter((e) => e.counting === 'counted' && e.value !== null);
  const pending = evidence.filter((e) => e.counting === 'pending' && e.value !== null);
  if (slots.length === 0) {
    const sum = (es: Evidence[]) => es.reduce((s, e) => s + (e.value ?? 0n), 0n);
    return { scheduled: null, due: null, fulfilled: sum(counted), fulfilledDue: null, overdue: null, pending: sum(pending), excess: 0n, pendingExcess: 0n, fulfilledBp: null, slots: [] };
  }
  const room = slots.map((s) => s.amount);
  const c = fill(slots, room, counted);
  const p = fill(slots, room, pending);
  const dated = slots.some((s) => s.dueDay !== null);
  const measured: SlotMeasure[] = slots.map((s, i) => {
    const isDue = s.dueDay !== null && s.dueDay <= asOf;
    return { ...s, fulfilled: c.taken[i]!, pending: p.taken[i]!, isDue, overdue: isDue ? s.amount - c.taken[i]! : 0n };
  });
  const scheduled = slots.reduce((s, x) => s + x.amount, 0n);
  const fulfilled = measured.reduce((s, x) => s + x.fulfilled, 0n);
  const dueSlots = measured.filter((x) => x.isDue);
  const due = dated ? dueSlots.reduce((s, x) => s + x.amount, 0n) : null;
  const fulfilledDue = dated ? dueSlots.reduce((s, x) => s + x.fulfilled, 0n) : null;
  return {
    scheduled,
    due,
    fulfilled,
    fulfilledDue,
    overdue: due !== null && fulfilledDue !== null ? due - fulfilledDue : null,
    pending: measured.reduce((s, x) => s + x.pending, 0n),
    excess: c.over,
    pendingExcess: p.over,
    fulfilledBp: scheduled > 0n ? Number((fulfilled * 10000n) / scheduled) : null,
    slots: measured,
  };
}
