/**
 * Log entries as one caller may read them (GET /log/entries). Every entry is served as its leaf holds
 * it, classified values as salted commitments, so anyone can check every signature and leaf; with
 * it, the openings (path, salt, value) of the values this caller may read, to check against the
 * commitments. An entry about a record the caller may not see is served as its leaf hash alone: it
 * keeps its place in the tree, so every root and checkpoint still verifies. Personal data (a
 * person's name) opens to participants, never to the public. The request hash is never opened here
 * (a full export carries every salt).
 */
import { eventParts } from '../../domain/event-classification.ts';
import { getPath, pathMatches } from '../../domain/json-paths.ts';
import { commitEnvelope, type Opening } from '../../ledger/commitments.ts';
import type { LogEvent } from '../../ledger/leaf.ts';
import type { Queryable } from '../db.ts';
import { readEntries } from '../log/entries.ts';
import type { Clearance } from './clearance.ts';
import { loadEventRefs } from './event-views.ts';

export interface LogEntryView {
  seq: number;
  leafIndex: number;
  event: LogEvent | null;
  openings: Opening[];
  signer: string | null;
  signature: string | null;
  leafHash: string;
}

export async function logEntriesFor(q: Queryable, c: Clearance, start: number, end: number): Promise<LogEntryView[]> {
  const refs = await loadEventRefs(q);
  return (await readEntries(q, start, end)).map((e) => {
    const base = { seq: e.event.seq, leafIndex: e.event.seq - 1, leafHash: e.leafHash.toString('base64') };
    const parts = eventParts(e.event.type, e.event.payload as Record<string, unknown>, refs);
    if (!parts.records.every((r) => c.canSee(r.kind, r.id))) return { ...base, event: null, openings: [], signer: null, signature: null };
    const openings: Opening[] = [];
    for (const [path, salt] of e.salts) {
      if (path === 'requestHash') continue;
      const field = parts.fields.find((f) => f.paths.some((p) => pathMatches(`payload.${p}`, path)));
      // A classified field opens as its level allows; personal data (no field) to participants only.
      const readable = field ? c.canRead(field.kind, field.id, field.field) : c.viewer.kind !== 'public';
      if (readable) openings.push({ path, salt: salt.toString('base64'), value: getPath(e.event, path) });
    }
    return { ...base, event: commitEnvelope(e.event, e.salts), openings, signer: e.signer, signature: e.signature.toString('base64') };
  });
}
