/**
 * A reconciliation as JSON for the API and `purl reconcile --json`: money as minor-unit strings
 * with their currency, everything else as computed. One shape for both front doors.
 */
import { toJson, type Money, type MoneyJson } from '../../domain/money.ts';
import type { Reconciliation } from '../../domain/reconciliation.ts';

const j = (m: Money): MoneyJson => toJson(m);
const jn = (m: Money | null): MoneyJson | null => (m ? toJson(m) : null);

export function reconciliationView(r: Reconciliation) {
  return {
    claim: { ...r.claim, amount: jn(r.claim.amount) },
    scope: r.scope,
    currency: r.currency,
    ledger: j(r.ledger),
    difference: jn(r.difference),
    lines: r.lines.map((l) => ({ ...l, original: j(l.original), converted: j(l.converted), speaker: j(l.speaker) })),
    components: r.components.map((c) => ({ ...c, amount: j(c.amount), items: c.items.map((i) => ({ ...i, value: jn(i.value) })) })),
    counts: r.counts,
    outOfScope: r.outOfScope,
    caveats: r.caveats.map((c) => ({ ...c, atStake: j(c.atStake) })),
    explained: r.explained,
  };
}

export type ReconciliationView = ReturnType<typeof reconciliationView>;
