/**
 * "Which figure the ledger uses and why", written for every public-record pledge from the row and
 * the demo's explicit judgements (judgements.ts). It names the figure that counts, what is kept
 * beside it (stated equivalents, shares, other renderings) and any link to another record, so a
 * reader never has to guess why a total comes out as it does.
 */
import { parseMajor, isCurrency, type Currency } from '../domain/money.ts';
import { formatCompact } from '../domain/money-text.ts';
import type { AnnouncementRow } from './brief-data.ts';
import { AMOUNT_ANNOUNCED_LATER, POSSIBLE_OVERLAPS, type PossibleOverlap } from './judgements.ts';

export interface BasisContext {
  /** Original announcement id -> the ids marked as its duplicates. */
  duplicatesOf: ReadonlyMap<string, readonly string[]>;
  overlaps: readonly PossibleOverlap[];
  /** Pledge id announced without an amount -> the pledge id that carries its amount. */
  amountLater: Readonly<Record<string, string>>;
}

export function basisContext(rows: readonly AnnouncementRow[]): BasisContext {
  const duplicatesOf = new Map<string, string[]>();
  for (const r of rows) if (r.duplicate_of) duplicatesOf.set(r.duplicate_of, [...(duplicatesOf.get(r.duplicate_of) ?? []), r.id]);
  return { duplicatesOf, overlaps: POSSIBLE_OVERLAPS, amountLater: AMOUNT_ANNOUNCED_LATER };
}

const QUALIFIER_WORDS: Record<string, string> = { about: ' (stated as about)', up_to: ' (stated as up to)', at_least: ' (stated as at least)' };

const compact = (amount: string, code: string): string =>
  isCurrency(code) ? formatCompact(parseMajor(amount, code as Currency)) : `${code} ${amount}`;

const annId = (pledgeId: string): string => pledgeId.toUpperCase();

export function figureBasisFor(row: AnnouncementRow, ctx: BasisContext): string {
  const id = row.id.toLowerCase();
  const parts: string[] = [];
  const stated = row.amount ? `${compact(row.amount, row.currency)}${QUALIFIER_WORDS[row.amount_qualifier] ?? ''}` : '';
  if (row.duplicate_of) {
    parts.push(`counts nothing: probably the same money as ${row.duplicate_of}, which counts; ${stated ? `the announced ${stated}` : 'the announcement'} is kept as stated and linked`);
  } else if (row.amount) {
    parts.push(`counts the announced ${stated}, in the currency announced`);
  } else {
    const reason = /classified/i.test(row.conflict_note) ? 'classified at announcement' : 'not stated at announcement';
    parts.push(`counts nothing: no amount (${reason}); none is imputed`);
  }
  const carrier = ctx.amountLater[id];
  if (carrier) parts.push(`the amount for this participation was announced later as ${annId(carrier)}, which counts, so the money is counted once`);
  const carried = Object.entries(ctx.amountLater).find(([, later]) => later === id)?.[0];
  if (carried) parts.push(`this is the amount for the participation announced as ${annId(carried)} (not additional to it), counted here once`);
  if (row.usd_equivalent_stated) {
    parts.push(`the stated equivalent of ${compact(row.usd_equivalent_stated, 'USD')} is kept beside it as said, not used as the amount (any other equivalents are in the note; conversions the ledger makes are derived data)`);
  }
  if (row.shares) {
    const named = row.shares.split(';').length;
    const of = row.contributors.split(';').length;
    const rest = named < of ? `, and no share is imputed for the other ${of - named}` : '';
    parts.push(`the stated shares (${named} of ${of} contributors) are kept in their own currencies and not summed into the headline${rest}`);
  }
  if (/currency conflict/i.test(row.conflict_note)) parts.push('the currency is the primary source\'s; other renderings are kept in the note, not "corrected"');
  const dups = ctx.duplicatesOf.get(row.id);
  if (dups) parts.push(`restated as ${dups.join(', ')}, marked as its duplicate and not counted`);
  for (const o of ctx.overlaps.filter((x) => x.pledgeId === id)) {
    parts.push(`may be inside ${annId(o.mayBeWithin)} (possible overlap, not confirmed): both stay counted and reconciliation shows the overlap`);
  }
  const inside = ctx.overlaps.filter((x) => x.mayBeWithin === id).map((x) => annId(x.pledgeId));
  if (inside.length > 0) parts.push(`may already include ${inside.join(', ')} (possible overlap, not confirmed): all stay counted`);
  if (row.package_number) parts.push(`package number ${row.package_number} is this source's claim, not a key`);
  return parts.join('; ');
}
