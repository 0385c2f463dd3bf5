/**
 * Fingerprints: a SHA-256 of canonical JSON (keys sorted, bigints as strings), so the same facts
 * always give the same hash. The snapshot's fingerprint lets accepting a plan refuse once the record
 * has changed; the plan's id is the fingerprint of what it was computed from and what it proposes.
 */
import { createHash } from 'node:crypto';

export function canonicalJson(v: unknown): string {
  if (typeof v === 'bigint') return JSON.stringify(v.toString());
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

export const fingerprint = (v: unknown): string => createHash('sha256').update(canonicalJson(v)).digest('hex');
