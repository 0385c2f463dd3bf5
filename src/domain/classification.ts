/**
 * Classification: who may read a record, or a sensitive field of it. Three levels:
 * - public: anyone, signed in or not;
 * - coalition: every participating organization (any signed-in caller);
 * - restricted: the record's owners and the organizations named as readers, nobody else.
 * A non-public level carries a reason code and may carry a disclosure date, from which it is public
 * by itself. A field is never less protected than its record: its effective level is the stricter.
 *
 * Who may set a level, raise it or lower it: the owners of the data (a pledge's contributors), or
 * the coordinator for coalition-wide records (packages and shipments, which the coordinator builds
 * and the supplier and recipient carry out, so those two may classify shipments too). Every change
 * is an event (ClassificationSet) and so is in the log.
 */
import type { Actor, Role } from './actors.ts';
import { invalid, forbidden } from './errors.ts';

export const LEVELS = ['public', 'coalition', 'restricted'] as const;
export type Level = (typeof LEVELS)[number];

export const REASON_CODES = [
  'operational-security', // contents, quantities, dates or places that would help the adversary
  'donor-confidentiality', // a donor asked that its figure stay confidential
  'commercial-confidentiality', // prices or terms under negotiation with industry
  'ongoing-negotiation', // not final; to be published when agreed
  'personal-data', // about a person
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const CLASSIFIED_KINDS = ['pledge', 'package', 'shipment'] as const;
export type ClassifiedKind = (typeof CLASSIFIED_KINDS)[number];

/** The sensitive fields of each kind, beside `record` (the whole record). */
export const CLASSIFIED_FIELDS = {
  pledge: ['record', 'amount'], // amount: the amount, its equivalent, contributors' shares, payments, what is allocated
  package: ['record', 'lines'], // lines: the package's lines and quantities
  shipment: ['record', 'schedule'], // schedule: shipping and receipt dates and quantities, notes
} as const satisfies Record<ClassifiedKind, readonly string[]>;
export type ClassifiedField = (typeof CLASSIFIED_FIELDS)[ClassifiedKind][number];

export interface Classification {
  level: Level;
  reason: ReasonCode | null;
  /** Restricted only: organizations that may read besides the owners. */
  readers: string[];
  /** ISO day from which the level is public by itself; null when none. */
  discloseOn: string | null;
}

export const PUBLIC: Classification = { level: 'public', reason: null, readers: [], discloseOn: null };
export const COALITION_DEFAULT: Classification = { level: 'coalition', reason: null, readers: [], discloseOn: null };

/**
 * Who reads: the public (no actor), a signed-in organization, or the operator of the store (the CLI
 * on the server's own database, which holds everything anyway; it reads everything).
 */
export type Viewer = { kind: 'public' } | { kind: 'coalition' } | { kind: 'org'; orgId: string; role: Role } | { kind: 'operator' };
export const OPERATOR_VIEWER: Viewer = { kind: 'operator' };
/** Any participant, as such: reads public and coalition things and nothing restricted (for the public's ranges). */
export const COALITION_VIEWER: Viewer = { kind: 'coalition' };
export const PUBLIC_VIEWER: Viewer = { kind: 'public' };
export const viewerOf = (actor: Pick<Actor, 'orgId' | 'role'> | null | undefined): Viewer =>
  actor ? { kind: 'org', orgId: actor.orgId, role: actor.role } : PUBLIC_VIEWER;

const RANK: Record<Level, number> = { public: 0, coalition: 1, restricted: 2 };

/** The level in force on `today`: a passed disclosure date makes it public. */
export function effectiveLevel(c: Classification, today: string): Level {
  return c.discloseOn !== null && c.discloseOn <= today ? 'public' : c.level;
}

/** A field's classification in force: the stricter of the record's and the field's own. */
export function combine(record: Classification, field: Classification, today: string): Classification {
  const r = effectiveLevel(record, today);
  const f = effectiveLevel(field, today);
  if (RANK[r] > RANK[f]) return { ...record, level: r };
  if (RANK[f] > RANK[r]) return { ...field, level: f };
  // Both restricted: only those who may read both.
  if (r === 'restricted') return { ...field, level: f, readers: field.readers.filter((o) => record.readers.includes(o)) };
  return { ...field, level: f };
}

/** Whether `viewer` may read something so classified, whose owners (stewards included) are `owners`. */
export function mayRead(viewer: Viewer, c: Classification, owners: readonly string[], today: string): boolean {
  const level = effectiveLevel(c, today);
  if (level === 'public' || viewer.kind === 'operator') return true;
  if (viewer.kind === 'public') return false;
  if (level === 'coalition') return true;
  return viewer.kind === 'org' && (owners.includes(viewer.orgId) || c.readers.includes(viewer.orgId));
}

/** Whether reading it counts as a read of restricted data (for the access log). */
export const isRestricted = (c: Classification, today: string): boolean => effectiveLevel(c, today) === 'restricted';

/**
 * Roles whose organizations own a kind of record beside its own parties: the coalition-wide records
 * are the coordinator's (packages), and the coordinator's, supplier's and recipient's (shipments).
 * A pledge belongs to its contributors only.
 */
export const STEWARDS: Record<ClassifiedKind, readonly Role[]> = {
  pledge: [],
  package: ['coordinator'],
  shipment: ['coordinator', 'supplier', 'recipient'],
};

/** Refuses an actor who may not set the level of a record whose owners (stewards included) are `owners`. */
export function assertMayClassify(actor: Actor, kind: ClassifiedKind, owners: readonly string[]): void {
  if (owners.includes(actor.orgId)) return;
  const who = kind === 'pledge' ? "the pledge's contributors" : `the ${STEWARDS[kind].join(', ')}`;
  throw forbidden(`only ${who} may classify this ${kind}`);
}

export interface ClassificationInput {
  level: Level;
  reason?: ReasonCode | undefined;
  readers?: string[] | undefined;
  discloseOn?: string | undefined;
}

/** Checks the shape rules of a classification and returns it normalized. */
export function normalizeClassification(i: ClassificationInput, today: string, knownOrgs: ReadonlySet<string>): Classification {
  if (i.level === 'public') {
    if (i.readers?.length) throw invalid('readers', 'a public level has no readers');
    if (i.discloseOn) throw invalid('discloseOn', 'a public level has no disclosure date');
    return { ...PUBLIC, reason: i.reason ?? null };
  }
  if (!i.reason) throw invalid('reason', `a ${i.level} level needs a reason code (${REASON_CODES.join(', ')})`);
  if (i.level === 'coalition' && i.readers?.length) throw invalid('readers', 'only a restricted level names readers; coalition is every participant');
  if (i.discloseOn && i.discloseOn <= today) throw invalid('discloseOn', 'a disclosure date must be in the future; to publish now, set the level to public');
  const readers = [...new Set(i.readers ?? [])].sort();
  const unknown = readers.find((o) => !knownOrgs.has(o));
  if (unknown) throw invalid('readers', `unknown organization '${unknown}'`);
  return { level: i.level, reason: i.reason, readers, discloseOn: i.discloseOn ?? null };
}

/** The default where nothing was set: public-record pledges (with a published source) are public; all else coalition. */
export function defaultClassification(kind: ClassifiedKind, facts: { hasSources?: boolean }): Classification {
  return kind === 'pledge' && facts.hasSources ? PUBLIC : COALITION_DEFAULT;
}

/** How a withheld field is described to a caller who may not read it. */
export interface WithheldNote {
  field: string;
  level: Level;
  reason: ReasonCode | null;
  discloseOn: string | null;
}
export const withheldNote = (field: string, c: Classification): WithheldNote => ({ field, level: c.level, reason: c.reason, discloseOn: c.discloseOn });
