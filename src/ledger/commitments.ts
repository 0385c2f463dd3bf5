/**
 * Salted-hash commitments to classified values in log entries. A leaf does not hold a classified
 * value itself (a pledge's amount, a package's lines, a shipment's dates, the request's hash) but
 * {"$commitment": base64(SHA-256("purl-ledger/commitment/v1\n" || salt || JCS(value)))}, with a fresh
 * random 16-byte salt per value. The organization signs the committed event, so anyone can check
 * every signature, leaf and checkpoint without seeing the values; a party cleared for a value gets
 * its opening (path, salt, value) and checks it against the commitment. The salt makes a guess of a
 * low-entropy value (an amount) useless without it.
 */
import { createHash } from 'node:crypto';
import { canonicalBytes } from './jcs.ts';
import { getPath, setPath } from '../domain/json-paths.ts';
import type { LogEvent } from './leaf.ts';


export const COMMITMENT_KEY = '$commitment';
const DOMAIN = Buffer.from('purl-ledger/commitment/v1\n');

export interface Opening {
  /** Dotted path in the event envelope, array indexes as numbers: `payload.contributors.0.share`. */
  path: string;
  /** base64 */
  salt: string;
  value: unknown;
}

export const commitmentOf = (salt: Uint8Array, value: unknown): string =>
  createHash('sha256').update(DOMAIN).update(salt).update(canonicalBytes(value)).digest('base64');

export const isCommitment = (v: unknown): v is { [COMMITMENT_KEY]: string } =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as Record<string, unknown>)[COMMITMENT_KEY] === 'string';

/** The envelope as its leaf holds it: every salted path replaced by its commitment. */
export function commitEnvelope(e: LogEvent, salts: ReadonlyMap<string, Uint8Array>): LogEvent {
  if (salts.size === 0) return e;
  const copy = structuredClone(e) as unknown as Record<string, unknown>;
  for (const [path, salt] of salts) setPath(copy, path, { [COMMITMENT_KEY]: commitmentOf(salt, getPath(e, path)) });
  return copy as unknown as LogEvent;
}

/** Whether an opening matches the commitment at its path in a committed envelope. */
export function openingMatches(committed: LogEvent, o: Opening): boolean {
  const c = getPath(committed, o.path);
  return isCommitment(c) && c[COMMITMENT_KEY] === commitmentOf(Buffer.from(o.salt, 'base64'), o.value);
}

/** The committed envelope with these (already checked) openings put back in place. */
export function openEnvelope(committed: LogEvent, openings: readonly Opening[]): LogEvent {
  if (openings.length === 0) return committed;
  const copy = structuredClone(committed) as unknown as Record<string, unknown>;
  for (const o of openings) setPath(copy, o.path, o.value);
  return copy as unknown as LogEvent;
}

/** Whether any commitment is left in an envelope (a value not opened). */
export function hasCommitments(v: unknown): boolean {
  if (isCommitment(v)) return true;
  if (Array.isArray(v)) return v.some(hasCommitments);
  if (v !== null && typeof v === 'object') return Object.values(v).some(hasCommitments);
  return false;
}
