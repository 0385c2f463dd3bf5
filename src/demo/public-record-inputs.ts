/**
 * Turns rows of the brief's CSVs into command inputs, exactly: amounts as announced (major units
 * turned into minor units without rounding), currencies as stated, every source URL with its tier,
 * dates with their precision. Pure: the loader (public-record.ts) dispatches what this returns.
 */
import type { Actor } from '../domain/actors.ts';
import { latestDay, parseFuzzyDate } from '../domain/dates.ts';
import type { Source } from '../domain/events.ts';
import { isCurrency, parseMajor, toJson, type Currency, type MoneyJson } from '../domain/money.ts';
import type { AnnouncementRow, FxRateRow, TotalRow } from './brief-data.ts';
import { figureBasisFor, type BasisContext } from './figure-basis.ts';
import { allyOrgId } from './organizations.ts';

/** Public-record entries are kept by the coordinator, who must cite sources. */
export const PUBLIC_RECORD_ACTOR: Actor = { orgId: 'nato', role: 'coordinator', userId: 'demo-public-record' };

/** 'ANN-001' -> 'ann-001': the stable pledge id of an announcement row. */
export function pledgeIdOf(annId: string): string {
  if (!/^ANN-\d{3}$/.test(annId)) throw new Error(`'${annId}' is not an announcement id of the form ANN-001`);
  return annId.toLowerCase();
}

/** When a dated entry is recorded: noon UTC of its day; a month-only date means the month's last day. */
export const noonUtc = (date: string): Date => new Date(`${latestDay(parseFuzzyDate(date))}T12:00:00Z`);

function currency(code: string, where: string): Currency {
  if (!isCurrency(code)) throw new Error(`${where}: '${code}' is not a supported currency`);
  return code;
}

const moneyOf = (amount: string, code: string, where: string): MoneyJson => toJson(parseMajor(amount, currency(code, where), where));

const urls = (field: string): string[] => field.split(/\s+/).filter((u) => u.length > 0);

export function fxRateInput(row: FxRateRow) {
  const d = parseFuzzyDate(row.date, 'fx-rates.date');
  const monthNote = d.precision === 'day' ? '' : `the source gives ${row.date} (${d.precision}); recorded on its last day`;
  return {
    date: latestDay(d),
    base: row.base,
    quote: row.quote,
    rate: row.rate,
    source: row.source,
    note: [row.note, monthNote].filter((s) => s.length > 0).join('; ') || undefined,
  };
}

/** "SE=275000000 USD;NO=1500000000 NOK" -> shares by ISO code, in minor units of their own currency. */
export function parseShares(field: string, where: string): Map<string, MoneyJson> {
  const shares = new Map<string, MoneyJson>();
  for (const part of field.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Z]{2})=(\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(part);
    if (!m) throw new Error(`${where}: share '${part}' is not of the form CODE=amount CUR`);
    shares.set(m[1]!, moneyOf(m[2]!, m[3]!, `${where} share ${m[1]}`));
  }
  return shares;
}

export function announcementInput(row: AnnouncementRow, ctx: BasisContext) {
  const where = `announcement ${row.id}`;
  const codes = row.contributors.split(';').map((s) => s.trim()).filter(Boolean);
  const shares = parseShares(row.shares, where);
  for (const code of shares.keys()) if (!codes.includes(code)) throw new Error(`${where}: share for ${code}, who is not a contributor`);
  const sources: Source[] = urls(row.source_urls).map((url) => ({ url, ...(row.source_tier === 'A' || row.source_tier === 'B' ? { tier: row.source_tier } : {}) }));
  const amount = row.amount ? moneyOf(row.amount, row.currency, where) : null;
  return {
    pledgeId: pledgeIdOf(row.id),
    contributors: codes.map((code) => ({ orgId: allyOrgId(code), ...(shares.has(code) ? { share: shares.get(code)! } : {}) })),
    amount,
    amountMissingReason: amount === null ? missingReason(row) : undefined,
    qualifier: (row.amount_qualifier || 'exact') as 'exact' | 'about' | 'up_to' | 'at_least',
    statedEquivalent: row.usd_equivalent_stated ? moneyOf(row.usd_equivalent_stated, 'USD', `${where} usd_equivalent_stated`) : undefined,
    announcedOn: row.date_announced,
    contents: row.contents || undefined,
    packageNumberClaim: row.package_number || undefined,
    sources,
    note: row.conflict_note || undefined,
    figureBasis: figureBasisFor(row, ctx),
  };
}

/** Why an announcement has no amount: Slovenia's was classified; the others simply gave none. */
export const missingReason = (row: AnnouncementRow): string =>
  /classified/i.test(row.conflict_note) ? 'classified at announcement' : 'not stated at announcement';

export function duplicateInput(row: AnnouncementRow) {
  if (!row.duplicate_of) return null;
  return {
    pledgeId: pledgeIdOf(row.id),
    duplicateOf: pledgeIdOf(row.duplicate_of),
    reason: `the public record marks ${row.id} as a duplicate of ${row.duplicate_of}: ${row.conflict_note}`,
  };
}

/**
 * Stable claim ids: 'total-2025-08-07'; where several claims share a date, a currency suffix when
 * their currencies differ ('-usd', '-eur'), otherwise '-2', '-3' for the second and later.
 */
export function claimIds(rows: readonly TotalRow[]): string[] {
  return rows.map((row, i) => {
    const same = rows.filter((r) => r.date === row.date);
    const base = `total-${row.date}`;
    if (same.length === 1) return base;
    const currencies = same.map((r) => r.currency);
    if (currencies.every((c) => c !== '') && new Set(currencies).size === same.length) return `${base}-${row.currency.toLowerCase()}`;
    const n = rows.slice(0, i).filter((r) => r.date === row.date).length;
    return n === 0 ? base : `${base}-${n + 1}`;
  });
}

export function totalInput(row: TotalRow, claimId: string) {
  const where = `running total ${claimId}`;
  const count = (v: string): number | undefined => (v === '' ? undefined : Number(v));
  return {
    claimId,
    date: row.date,
    amount: row.total_amount ? moneyOf(row.total_amount, row.currency, where) : null,
    scope: row.scope,
    packagesCount: count(row.packages_count),
    contributorsCount: count(row.contributors_count),
    saidBy: row.said_by,
    sources: urls(row.source_url).map((url) => ({ url })),
    note: row.note || undefined,
  };
}
