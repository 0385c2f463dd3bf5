/**
 * A pledge's USD value function, fast: convertVia (src/domain/fx.ts) picks the dated rate (or the two
 * rates through EUR) and rounds once, half to even, so for one pledge on one date its conversion is
 * always divRoundHalfEven(minor * num, den) for one exact factor num/den. The planner converts many
 * candidate amounts per pledge, so it takes the rates convertVia picked, forms that factor the same
 * way, and converts with it. conversion.test.ts checks it equals convertVia on random amounts.
 */
import { convertVia, parseRate, type FxRate } from '../domain/fx.ts';
import { CURRENCY_EXPONENT, divRoundHalfEven, type Currency } from '../domain/money.ts';

export interface UsdConverter {
  /** USD minor units that `minor` of the pledge's currency is worth, as allocate-funds computes it. */
  toUsd(minor: bigint): bigint;
  /** The largest amount in [0, cap] worth at most `usd`. */
  largestWithin(usd: bigint, cap: bigint): bigint;
  /** The rates used (none for USD). */
  rates: FxRate[];
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

function factor(rate: FxRate, from: Currency, to: Currency): { num: bigint; den: bigint } {
  const r = parseRate(rate.rate);
  const up = pow10(Math.max(0, CURRENCY_EXPONENT[to] - CURRENCY_EXPONENT[from]));
  const down = pow10(Math.max(0, CURRENCY_EXPONENT[from] - CURRENCY_EXPONENT[to]));
  if (from === rate.base && to === rate.quote) return { num: r.num * up, den: pow10(r.scale) * down };
  return { num: pow10(r.scale) * up, den: r.num * down };
}

/** The converter for `currency` at `date`, or undefined when no route to USD exists. */
export function usdConverter(rates: readonly FxRate[], currency: Currency, date: string): UsdConverter | undefined {
  const probe = convertVia(rates, { minor: 1n, currency }, 'USD', date);
  if (!probe) return undefined;
  let num = 1n;
  let den = 1n;
  if (probe.rates.length === 1) ({ num, den } = factor(probe.rates[0]!, currency, 'USD'));
  if (probe.rates.length === 2) {
    const pivot = probe.rates[0]!.base === currency ? probe.rates[0]!.quote : probe.rates[0]!.base;
    const a = factor(probe.rates[0]!, currency, pivot);
    const b = factor(probe.rates[1]!, pivot, 'USD');
    num = a.num * b.num;
    den = a.den * b.den;
  }
  const toUsd = (minor: bigint) => divRoundHalfEven(minor * num, den);
  const largestWithin = (usd: bigint, cap: bigint): bigint => {
    if (usd < 0n || cap <= 0n) return 0n;
    // Start from the exact quotient and step: conversion is monotone and each step moves it by about num/den.
    let a = (usd * den) / num + 1n;
    if (a > cap) a = cap;
    while (a > 0n && toUsd(a) > usd) a--;
    while (a < cap && toUsd(a + 1n) <= usd) a++;
    return a;
  };
  return { toUsd, largestWithin, rates: probe.rates };
}
