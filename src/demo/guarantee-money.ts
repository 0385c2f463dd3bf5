/**
 * Reads one item of an agreement's `money_commitments` field ("at least 1800000000 EUR for 2024",
 * "0.25 %GDP for each year 2024-2026", "80000000 EUR for each later year of the agreement") into
 * commitment terms and, where the period fixes when the money falls due, a schedule. Figures are
 * taken exactly (major units to minor units, no rounding); a period the text does not state stays
 * unstated. An item in any other form is refused, so a new kind of row is noticed, not guessed at.
 */
import type { CommitmentTerms } from '../domain/events.ts';
import type { Qualifier } from '../domain/guarantee-vocabulary.ts';
import { isCurrency, parseMajor, toJson } from '../domain/money.ts';

export interface ParsedMoney {
  terms: CommitmentTerms;
  /** The words in brackets after the period ("via European Peace Facility, per Zelensky"). */
  note: string | null;
  schedule: { obligationId: string; label: string; dueBy: string; note?: string }[] | null;
}

const QUALIFIERS: Record<string, Qualifier> = { 'up to': 'up_to', 'at least': 'at_least', about: 'about' };
const ITEM = /^(?:(up to|at least|about) )?(\d+(?:\.\d+)?) (%GDP|[A-Z]{3}) for (.+)$/;

/** `signedYear` dates "each later year of the agreement" (the years after the one it was signed in). */
export function parseMoneyItem(item: string, signedYear: string | null, where: string): ParsedMoney {
  const m = ITEM.exec(item);
  if (!m) throw new Error(`${where}: money commitment '${item}' is not of the form '[up to|at least|about] AMOUNT CUR|%GDP for PERIOD'`);
  const qualifier = m[1] ? QUALIFIERS[m[1]]! : 'exact';
  const bracket = /^(.*?)\s*\(([^)]*)\)$/.exec(m[4]!);
  const periodText = bracket ? bracket[1]! : m[4]!;
  const note = bracket && !/period not stated/.test(bracket[2]!) ? bracket[2]! : null;
  const p = period(periodText, bracket?.[2] ?? null, signedYear);
  if (m[3] === '%GDP') {
    return { terms: { kind: 'gdp_share', percent: m[2]!, qualifier, basis: p.basis, period: p.period }, note, schedule: null };
  }
  if (!isCurrency(m[3]!)) throw new Error(`${where}: '${m[3]}' is not a supported currency`);
  const amount = toJson(parseMajor(m[2]!, m[3], where));
  return { terms: { kind: 'money', amount, qualifier, basis: p.basis, period: p.period }, note, schedule: p.schedule };
}

interface Period {
  basis: 'total' | 'per_year';
  period: { from: string | null; to: string | null; text: string };
  schedule: ParsedMoney['schedule'];
}

function period(text: string, bracket: string | null, signedYear: string | null): Period {
  let g: RegExpExecArray | null;
  const words = bracket && /period not stated/.test(bracket) ? `${text} (${bracket})` : text;
  if ((g = /^(\d{4})$/.exec(text))) {
    return { basis: 'total', period: { from: g[1]!, to: g[1]!, text: `for ${text}` }, schedule: [{ obligationId: g[1]!, label: g[1]!, dueBy: g[1]! }] };
  }
  if ((g = /^(\d{4})\/(\d{2})$/.exec(text))) {
    const to = `${g[1]!.slice(0, 2)}${g[2]}`;
    return {
      basis: 'total',
      period: { from: g[1]!, to, text: `for ${text}` },
      schedule: [{ obligationId: `${g[1]}-${g[2]}`, label: text, dueBy: to, note: `a financial year spanning ${g[1]} and ${to}; due by the end of ${to} at the latest` }],
    };
  }
  if ((g = /^(\d{4})-(\d{4})$/.exec(text))) {
    return {
      basis: 'total',
      period: { from: g[1]!, to: g[2]!, text: `for ${text}` },
      schedule: [{ obligationId: text, label: text, dueBy: g[2]!, note: 'the source gives one sum for the whole period, not a split by year' }],
    };
  }
  if ((g = /^each year (\d{4})-(\d{4})$/.exec(text))) {
    const years = Array.from({ length: Number(g[2]) - Number(g[1]) + 1 }, (_, i) => String(Number(g![1]) + i));
    return { basis: 'per_year', period: { from: g[1]!, to: g[2]!, text }, schedule: years.map((y) => ({ obligationId: y, label: y, dueBy: y })) };
  }
  if ((g = /^up to (\d{4})$/.exec(text))) {
    return { basis: 'total', period: { from: null, to: g[1]!, text: `for ${text}` }, schedule: [{ obligationId: `by-${g[1]}`, label: `by ${g[1]}`, dueBy: g[1]! }] };
  }
  if (text === 'each later year of the agreement') {
    return { basis: 'per_year', period: { from: signedYear ? String(Number(signedYear) + 1) : null, to: null, text }, schedule: null };
  }
  if (/^each (year|of the next)/.test(text)) return { basis: 'per_year', period: { from: null, to: null, text: words }, schedule: null };
  return { basis: 'total', period: { from: null, to: null, text: `for ${words}` }, schedule: null };
}
