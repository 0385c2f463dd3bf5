/**
 * Requirement lines of the Prioritized Ukraine Requirements List. Pure rules only.
 *
 * Life: proposed -> validated (coordinator) -> priced (supplier, who may re-price while priced) ->
 * packaged -> funded -> delivered. A line may be rejected (coordinator) or withdrawn (recipient), with
 * a reason, while it is proposed, validated or priced. packaged, funded and delivered are driven by
 * the package area through RequirementStatusChanged; `assertPackageStatusChange` is its gate.
 *
 * Ranking: rank 1 is the most urgent; only active lines hold a rank, always exactly 1..n. A new line
 * joins at the end; a line that leaves (rejected, withdrawn, delivered) drops out and the lines below
 * close up. A re-rank names the full new order (a permutation of the active lines), or one move.
 */
import { badTransition, conflict, invalid } from './errors.ts';
import type { RequirementStatus } from './events.ts';
import type { Money } from './money.ts';

/** The closed list of capability areas a line belongs to (after the Ramstein capability coalitions). */
export const CAPABILITY_AREAS = [
  'air_defence',
  'long_range_fires',
  'artillery',
  'armour',
  'aviation',
  'drones',
  'counter_drone',
  'ew',
  'engineering',
  'logistics',
  'other',
] as const;
export type CapabilityArea = (typeof CAPABILITY_AREAS)[number];

export const REQUIREMENT_STATUSES: readonly RequirementStatus[] = [
  'proposed',
  'validated',
  'priced',
  'packaged',
  'funded',
  'delivered',
  'rejected',
  'withdrawn',
];
export const ACTIVE_STATUSES: readonly RequirementStatus[] = ['proposed', 'validated', 'priced', 'packaged', 'funded'];
export const isActive = (s: RequirementStatus): boolean => ACTIVE_STATUSES.includes(s);

export interface Requirement {
  lineId: string;
  status: RequirementStatus;
  quantity: bigint;
  /** 1 = most urgent; null once the line has left the ranking. */
  rank: number | null;
  unitPrice: Money | null;
  availability: string | null;
  packageId: string | null;
}

/**
 * Every allowed status change. The backward moves out of packaged and funded exist for the package
 * area: a line goes back to priced when its package is cancelled, and back to packaged when its
 * package loses funding.
 */
const MOVES: Record<RequirementStatus, readonly RequirementStatus[]> = {
  proposed: ['validated', 'rejected', 'withdrawn'],
  validated: ['priced', 'rejected', 'withdrawn'],
  priced: ['priced', 'packaged', 'rejected', 'withdrawn'],
  packaged: ['funded', 'priced'],
  funded: ['delivered', 'packaged', 'priced'],
  delivered: [],
  rejected: [],
  withdrawn: [],
};

const PACKAGE_DRIVEN: readonly RequirementStatus[] = ['packaged', 'funded', 'delivered'];

export const canMove = (from: RequirementStatus, to: RequirementStatus): boolean => MOVES[from].includes(to);

/**
 * May packages move a line from `from` to `to`? Only moves into or out of packaged, funded or
 * delivered qualify: validation, pricing, rejection and withdrawal have their own commands.
 */
export const canPackageChangeStatus = (from: RequirementStatus, to: RequirementStatus): boolean =>
  from !== to && canMove(from, to) && (PACKAGE_DRIVEN.includes(from) || PACKAGE_DRIVEN.includes(to));

/** The package area's gate before it records a RequirementStatusChanged (409 with currentState). */
export function assertPackageStatusChange(line: Pick<Requirement, 'lineId' | 'status'>, to: RequirementStatus): void {
  if (!canPackageChangeStatus(line.status, to)) badMove(line, `mark it ${to}`);
}

function badMove(line: Pick<Requirement, 'lineId' | 'status'>, action: string): never {
  throw badTransition('requirement', line.lineId, line.status, action);
}

export function assertValidatable(line: Requirement): void {
  if (!canMove(line.status, 'validated')) badMove(line, 'validate it (only a proposed line can be validated)');
}

export function assertRejectable(line: Requirement): void {
  if (!canMove(line.status, 'rejected')) badMove(line, 'reject it (only proposed, validated or priced lines can be)');
}

export function assertWithdrawable(line: Requirement): void {
  if (!canMove(line.status, 'withdrawn')) badMove(line, 'withdraw it (only proposed, validated or priced lines can be)');
}

/**
 * The most a line may be worth (quantity x unit price), in USD minor units: USD 1 trillion. Far above
 * any real line, it keeps every stored amount and any sum of lines inside PostgreSQL's bigint.
 */
export const MAX_LINE_TOTAL_MINOR = 10n ** 14n;

export function checkLineTotal(quantity: bigint, unitPrice: Money, field: string): void {
  if (quantity * unitPrice.minor > MAX_LINE_TOTAL_MINOR) {
    throw invalid(field, 'quantity x unit price exceeds USD 1 trillion; check the units (prices are in cents)');
  }
}

/** Pricing: a validated line, or a priced one being re-priced; in USD; within bounds; not a no-op. */
export function checkPricing(line: Requirement, unitPrice: Money, availability: string): void {
  // The input is checked before the state (validation precedes invalid_transition, see errors.ts).
  if (unitPrice.currency !== 'USD') throw invalid('unitPrice.currency', 'US supplies are priced in USD');
  if (unitPrice.minor <= 0n) throw invalid('unitPrice.minor', 'must be more than zero');
  checkLineTotal(line.quantity, unitPrice, 'unitPrice.minor');
  // Not canMove: packaged and funded lines return to priced only through their package.
  if (line.status !== 'validated' && line.status !== 'priced') badMove(line, 'price it (only validated or priced lines can be)');
  const same = line.unitPrice?.minor === unitPrice.minor && line.unitPrice.currency === unitPrice.currency && line.availability === availability;
  if (line.status === 'priced' && same) throw conflict(`requirement '${line.lineId}' already has this price and availability`);
}

// ---- ranking ----------------------------------------------------------------------------------

/** The active ranking as line ids, most urgent first: `order[i]` has rank i + 1. */
export type Ranking = readonly string[];

/** The rank a newly proposed line gets: the end of the ranking. */
export const nextRank = (ranking: Ranking): number => ranking.length + 1;

const sameOrder = (a: Ranking, b: Ranking): boolean => a.length === b.length && a.every((id, i) => b[i] === id);

/**
 * Checks a full new order against the current ranking: it must name every active line exactly once
 * and nothing else. Names the first duplicate, extra or missing id. Refuses an unchanged order, since
 * every re-ranking is recorded as an event of its own.
 */
export function checkFullOrder(current: Ranking, proposed: readonly string[]): string[] {
  const active = new Set(current);
  const seen = new Set<string>();
  proposed.forEach((id, i) => {
    if (seen.has(id)) throw invalid(`order.${i}`, `'${id}' appears more than once`);
    if (!active.has(id)) throw invalid(`order.${i}`, `'${id}' is not an active line of the ranking (extra)`);
    seen.add(id);
  });
  const missing = current.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    throw invalid('order', `the order must name every active line; missing: ${missing.map((m) => `'${m}'`).join(', ')}`);
  }
  if (sameOrder(current, proposed)) throw conflict('the order is unchanged');
  return [...proposed];
}

/** Moves one line to a new rank; the others keep their relative order. Returns the full new order. */
export function moveLine(current: Ranking, lineId: string, toRank: number): string[] {
  const from = current.indexOf(lineId);
  if (from < 0) throw invalid('lineId', `'${lineId}' is not an active line of the ranking`);
  if (!Number.isInteger(toRank) || toRank < 1 || toRank > current.length) {
    throw invalid('toRank', `must be between 1 and ${current.length}, the number of active lines`);
  }
  if (from === toRank - 1) throw conflict(`requirement '${lineId}' already has rank ${toRank}`);
  const rest = current.filter((id) => id !== lineId);
  return [...rest.slice(0, toRank - 1), lineId, ...rest.slice(toRank - 1)];
}

/** The ranking after a line leaves it: the lines below close up. */
export const withoutLine = (current: Ranking, lineId: string): string[] => current.filter((id) => id !== lineId);
