/**
 * Reconciles a public running total with the ledger. For one claim it selects the pledges in scope
 * as they stood on the claim's date, sums those that count once (duplicates excluded, no amount
 * imputed) in the claim's currency, and explains the difference as computed components, in order:
 *
 *   claim = ledger + fx + duplicates + no_amount + qualifier + rounding + remainder   (exactly)
 *   ledger = sum of the lines' converted values                                       (exactly)
 *
 * fx is how the speaker valued other currencies (at par, at a stated equivalent) minus the ledger's
 * conversion; duplicates are added only if the speaker counted them; no amount is never imputed
 * (always zero, listed); the qualifier absorbs what "over"/"at least"/"up to"/"about" allow; rounding
 * absorbs what the figure's stated precision allows; the remainder must carry a written note
 * (or the claim is not explained). Counts of contributors and packages are checked the same way.
 */
import type { FxRate } from './fx.ts';
import { sum, zero, type Currency, type Money } from './money.ts';
import { convertLine, preferReferenceRates, speakerValue, type Line } from './reconciliation-lines.ts';
import {
  amountOn,
  announcedBy,
  describeScope,
  inContributorScope,
  liveOn,
  paidOn,
  type ClaimFact,
  type ClaimScope,
  type PledgeFact,
} from './reconciliation-scope.ts';
import { checkCount, qualifierAndRounding, type CountCheck } from './reconciliation-rules.ts';

export type ComponentKind = 'fx' | 'duplicates' | 'no_amount' | 'no_rate' | 'qualifier' | 'rounding' | 'unexplained' | 'not_comparable';

export interface ComponentItem {
  pledgeId: string;
  value: Money | null;
  detail: string;
}

export interface Component {
  kind: ComponentKind;
  /** The part of claim - ledger this component accounts for, in the claim's currency (may be zero). */
  amount: Money;
  text: string;
  items: ComponentItem[];
}

export interface Overlap {
  pledgeId: string;
  mayBeWithin: string;
  reason: string;
}

export interface Caveat extends Overlap {
  /** What would come off the ledger's figure if the overlap were confirmed. */
  atStake: Money;
}

export interface Reconciliation {
  claim: ClaimFact;
  scope: { description: string; why: string; announcedBy: string } & Pick<ClaimScope, 'measure' | 'basis' | 'qualifier' | 'comparable'>;
  currency: Currency;
  ledger: Money;
  lines: Line[];
  /** claim - ledger; null when the claim states no amount. */
  difference: Money | null;
  components: Component[];
  counts: { contributors: CountCheck | null; packages: CountCheck | null };
  /** Pledges live on the date that the scope leaves out, for transparency. */
  outOfScope: string[];
  caveats: Caveat[];
  /** True when every part of the difference and every count is accounted for, by a component or a note. */
  explained: boolean;
}

export interface ReconcileInput {
  claim: ClaimFact;
  scope: ClaimScope;
  pledges: readonly PledgeFact[];
  rates: readonly FxRate[];
  overlaps?: readonly Overlap[];
}

const item = (pledgeId: string, value: Money | null, detail: string): ComponentItem => ({ pledgeId, value, detail });

export function reconcile({ claim, scope, pledges, rates, overlaps = [] }: ReconcileInput): Reconciliation {
  const currency: Currency = claim.amount?.currency ?? 'USD';
  const table = preferReferenceRates(rates);
  const live = liveOn(pledges, claim, scope);
  const inScope = live.filter((p) => inContributorScope(p, scope));
  const lines: Line[] = [];
  const duplicates: ComponentItem[] = [];
  const noAmount: ComponentItem[] = [];
  const noRate: ComponentItem[] = [];

  for (const p of inScope) {
    const amount = amountOn(p, claim.date);
    const original = scope.measure === 'paid' ? paidOn(p, claim.date) : amount;
    if (original === null) {
      if (scope.measure === 'pledged') noAmount.push(item(p.pledgeId, null, `${p.contributors.join(', ')}: ${p.missingReason ?? 'no amount'}; none imputed`));
      continue;
    }
    const conv = convertLine(table, original, currency, claim.date);
    if (!conv) {
      noRate.push(item(p.pledgeId, null, `no rate from ${original.currency} to ${currency} in the FX table; left out of the ledger's figure`));
      continue;
    }
    if (p.duplicateOf !== null) {
      duplicates.push(item(p.pledgeId, conv.money, `probably the same money as ${p.duplicateOf}; excluded, counted once there`));
      continue;
    }
    const whole = amount !== null && amount.currency === original.currency && amount.minor === original.minor;
    lines.push({
      pledgeId: p.pledgeId,
      contributors: p.contributors,
      qualifier: p.qualifier,
      original,
      converted: conv.money,
      rates: conv.rates,
      ...speakerValue(scope.basis, original, conv.money, p.statedEquivalent, whole),
    });
  }

  const ledger = sum(lines.map((l) => l.converted), currency);
  const fxItems = lines
    .filter((l) => l.speaker.minor !== l.converted.minor)
    .map((l) => item(l.pledgeId, { minor: l.speaker.minor - l.converted.minor, currency }, `${l.speakerBasis}: speaker ${l.speaker.minor}, ledger ${l.converted.minor} (minor units)`));
  const fx = sum(fxItems.map((i) => i.value!), currency);
  const dupCounted = scope.speakerCountsDuplicates ? sum(duplicates.map((d) => d.value!), currency) : zero(currency);

  const components: Component[] = [
    { kind: 'fx', amount: fx, text: fxText(scope), items: fxItems },
    { kind: 'duplicates', amount: dupCounted, text: dupText(scope, duplicates.length), items: duplicates },
    { kind: 'no_amount', amount: zero(currency), text: noAmount.length > 0 ? 'in scope with no stated amount: nothing imputed, so the speaker may count money the ledger cannot' : 'none in scope without an amount', items: noAmount },
  ];
  if (noRate.length > 0) components.push({ kind: 'no_rate', amount: zero(currency), text: 'amounts the FX table cannot convert', items: noRate });

  let difference: Money | null = null;
  if (claim.amount !== null) {
    difference = { minor: claim.amount.minor - ledger.minor, currency };
    let rest = difference.minor - fx.minor - dupCounted.minor;
    if (scope.comparable) {
      const qr = qualifierAndRounding(claim.amount, scope.qualifier, rest, lines);
      components.push(...qr.components);
      rest = qr.rest;
    }
    components.push({
      kind: scope.comparable ? 'unexplained' : 'not_comparable',
      amount: { minor: rest, currency },
      text: scope.note ?? (rest === 0n ? 'nothing left to explain' : 'not explained'),
      items: [],
    });
  }

  const ids = new Set(inScope.map((p) => p.pledgeId));
  const counts = {
    contributors: checkCount(claim.contributorsCount, [...new Set(inScope.flatMap((p) => p.contributors))].sort(), scope.countNote),
    packages: checkCount(claim.packagesCount, [...new Set(inScope.flatMap((p) => (p.packageNumberClaim ? [p.packageNumberClaim] : [])))].sort(), scope.countNote),
  };
  const byId = new Map(lines.map((l) => [l.pledgeId, l]));
  const caveats = overlaps
    .filter((o) => byId.has(o.pledgeId) && byId.has(o.mayBeWithin))
    .map((o) => ({ ...o, atStake: byId.get(o.pledgeId)!.converted }));
  const last = components[components.length - 1];
  const moneyExplained = difference === null || (last !== undefined && (last.amount.minor === 0n || scope.note !== undefined));
  return {
    claim,
    scope: { description: describeScope(claim, scope), why: scope.why, announcedBy: announcedBy(claim, scope), measure: scope.measure, basis: scope.basis, qualifier: scope.qualifier, comparable: scope.comparable },
    currency,
    ledger,
    lines,
    difference,
    components,
    counts,
    outOfScope: live.filter((p) => !ids.has(p.pledgeId)).map((p) => p.pledgeId),
    caveats,
    explained: moneyExplained && (counts.contributors?.explained ?? true) && (counts.packages?.explained ?? true),
  };
}

function fxText(scope: ClaimScope): string {
  if (scope.basis === 'converted') return 'the speaker converted, as the ledger does: no FX difference';
  if (scope.basis === 'par') return 'the speaker counted EUR and USD at par (other currencies at a stated equivalent); the ledger converts at the dated rates';
  return 'the speaker used the equivalents sources stated; the ledger converts at the dated rates';
}

function dupText(scope: ClaimScope, n: number): string {
  if (n === 0) return 'no duplicates in scope';
  return scope.speakerCountsDuplicates
    ? 'the speaker counted restatements the ledger marks as duplicates'
    : 'restatements the ledger marks as duplicates: excluded, counted once (what the speaker would add if it counted them is shown)';
}
