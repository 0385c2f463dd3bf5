/**
 * The two rules that read the speaker's words rather than the ledger: what a qualifier ("over",
 * "at least", "up to", "about") allows, and what a round figure's stated precision allows; and the
 * check of a stated count against the ledger's. Pure.
 */
import { formatGrouped } from './money-text.ts';
import type { Money } from './money.ts';
import type { Component } from './reconciliation.ts';
import type { Line } from './reconciliation-lines.ts';
import type { ClaimQualifier } from './reconciliation-scope.ts';

/**
 * Half a unit of the figure's last significant digit, in minor units: a claim of USD 2bn is stated
 * to the billion (anything from 1.5bn to 2.5bn rounds to it), USD 2.82bn to the ten million.
 */
export function roundingAllowance(figure: Money): bigint {
  let step = 1n;
  let m = figure.minor < 0n ? -figure.minor : figure.minor;
  if (m === 0n) return 0n;
  while (m % 10n === 0n) {
    m /= 10n;
    step *= 10n;
  }
  return step / 2n;
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

const QUALIFIER_TEXT: Record<ClaimQualifier, string> = {
  exact: 'the figure is given plainly, with no qualifier',
  over: "stated as 'over' / 'more than': a lower bound, so a larger ledger figure agrees with it",
  at_least: "stated as 'at least': a lower bound, so a larger ledger figure agrees with it",
  up_to: "stated as 'up to': an upper bound, so a smaller ledger figure agrees with it",
  about: "stated as 'about': within the figure's rounding either way",
};

/** Which part of `rest` (claim - ledger - fx - duplicates, in minor units) the qualifier and rounding account for. */
export function qualifierAndRounding(figure: Money, qualifier: ClaimQualifier, rest: bigint, lines: readonly Line[]): { components: Component[]; rest: bigint } {
  const currency = figure.currency;
  const allowance = roundingAllowance(figure);
  const absorbs =
    (qualifier === 'over' || qualifier === 'at_least') ? rest < 0n
    : qualifier === 'up_to' ? rest > 0n
    : qualifier === 'about' ? abs(rest) <= allowance
    : false;
  const byQualifier = absorbs ? rest : 0n;
  const left = rest - byQualifier;
  const byRounding = abs(left) <= allowance ? left : 0n;
  const pledgeQualifiers = lines
    .filter((l) => l.qualifier !== 'exact')
    .map((l) => ({ pledgeId: l.pledgeId, value: l.converted, detail: `the pledge itself is stated as ${l.qualifier.replace('_', ' ')}` }));
  const step = formatGrouped({ minor: allowance * 2n, currency });
  return {
    components: [
      { kind: 'qualifier', amount: { minor: byQualifier, currency }, text: QUALIFIER_TEXT[qualifier], items: pledgeQualifiers },
      {
        kind: 'rounding',
        amount: { minor: byRounding, currency },
        text: `the figure is stated to the nearest ${step}, so up to half of that either way is rounding`,
        items: [],
      },
    ],
    rest: left - byRounding,
  };
}

export interface CountCheck {
  claimed: number;
  ledger: number;
  difference: number;
  /** What the ledger counted: contributor org ids, or package numbers as claimed. */
  counted: string[];
  explanation: string | null;
  explained: boolean;
}

export function checkCount(claimed: number | null, counted: string[], note: string | undefined): CountCheck | null {
  if (claimed === null) return null;
  const difference = claimed - counted.length;
  return {
    claimed,
    ledger: counted.length,
    difference,
    counted,
    explanation: difference === 0 ? 'the ledger counts the same' : (note ?? null),
    explained: difference === 0 || note !== undefined,
  };
}
