/**
 * Loads an export (see export.ts) into an EMPTY store: the same events with the same sequence
 * numbers, actors, times, idempotency keys and request hashes, with every projection applied by the
 * same code as live appends, so the imported store's projections equal the source's.
 *
 * The whole file is checked before anything is written, and the writes happen in one transaction
 * under the writer lock: a refused import writes nothing. Every refusal names the first bad entry by
 * its index in `events` and its seq. The export's transparency log (leaves, signatures,
 * checkpoints) must verify against its events; see src/store/log/import-log.ts.
 */
import { z } from 'zod';
import { conflict, DomainError, invalid } from '../domain/errors.ts';
import type { Database } from './db.ts';
import { PAYLOAD_SCHEMAS, isEventType } from './event-schemas.ts';
import { lastSeq } from './event-log.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedEvent, type LedgerExport } from './export.ts';
import { project } from './projections/index.ts';
import { exportedLog } from './log/export-format.ts';
import { importLogSection } from './log/import-log.ts';
import { ledgerConfig } from './log/ledger-config.ts';

/** The writer lock of src/commands/dispatch.ts: an import must not interleave with commands. */
const WRITER_LOCK = 7402;

const isoTimestamp = z.string().refine((s) => {
  const d = new Date(s);
  return !Number.isNaN(d.getTime()) && d.toISOString() === s;
}, 'must be an ISO timestamp such as 2025-07-14T12:00:00.000Z');

const envelope = z.object({
  seq: z.number().int().positive(),
  type: z.string(),
  stream: z.string().min(1),
  actorOrg: z.string().min(1),
  actorUser: z.string(),
  recordedAt: isoTimestamp,
  command: z.string().min(1),
  idempotencyKey: z.string().regex(/^[\x21-\x7e]{1,200}$/, 'must be 1-200 visible ASCII characters').nullable(),
  requestHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex').nullable(),
  payload: z.record(z.string(), z.unknown()),
});

function badEntry(index: number, seq: unknown, field: string, message: string): DomainError {
  const at = `events[${index}] (seq ${typeof seq === 'number' ? seq : '?'})`;
  return new DomainError('validation', `${at}: ${field}: ${message}`, {
    issues: [{ field: `events.${index}.${field}`, message }],
    detail: { index, seq: typeof seq === 'number' ? seq : null },
  });
}

const firstIssue = (e: z.ZodError): { field: string; message: string } => {
  const i = e.issues[0]!;
  return { field: i.path.map(String).join('.') || '(entry)', message: i.message };
};

/** Checks one entry: its envelope, its place in the sequence, its type and its payload. */
function checkEntry(raw: unknown, index: number): ExportedEvent {
  const seq = (raw as { seq?: unknown } | null)?.seq;
  const env = envelope.safeParse(raw);
  if (!env.success) {
    const { field, message } = firstIssue(env.error);
    throw badEntry(index, seq, field, message);
  }
  const e = env.data;
  if (e.seq !== index + 1) throw badEntry(index, e.seq, 'seq', `expected ${index + 1}: the log must run from 1 without gaps, in order`);
  if (!isEventType(e.type)) throw badEntry(index, e.seq, 'type', `'${e.type}' is not a known event type`);
  const payload = PAYLOAD_SCHEMAS[e.type].safeParse(e.payload);
  if (!payload.success) {
    const { field, message } = firstIssue(payload.error);
    throw badEntry(index, e.seq, `payload.${field}`, message);
  }
  // The payload as stored, not as parsed: the import must not change a byte of it.
  return { ...e, type: e.type, payload: e.payload } as ExportedEvent;
}

/** What is wrong with one event's envelope, type or payload, or null: for verifiers. */
export function eventProblem(raw: unknown, index: number): string | null {
  try {
    checkEntry(raw, index);
    return null;
  } catch (err) {
    if (err instanceof DomainError) return err.message.replace(/^events\[\d+\] \(seq [^)]*\): /, '');
    throw err;
  }
}

/** Checks a parsed export file; throws a validation DomainError naming the first problem. */
export function checkExport(doc: unknown): LedgerExport {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw invalid('(file)', 'is not a JSON object');
  const d = doc as Record<string, unknown>;
  if (d.format !== EXPORT_FORMAT) throw invalid('format', `${JSON.stringify(d.format) ?? 'missing'}: not a PURL Ledger export (expected '${EXPORT_FORMAT}')`);
  if (d.version !== EXPORT_VERSION) throw invalid('version', `${JSON.stringify(d.version) ?? 'missing'}: this purl reads version ${EXPORT_VERSION} only`);
  if (!Number.isSafeInteger(d.lastSeq) || (d.lastSeq as number) < 0) throw invalid('lastSeq', 'must be a whole number');
  if (!Array.isArray(d.events)) throw invalid('events', 'must be an array of events');
  const events = d.events.map(checkEntry);
  if (d.lastSeq !== events.length) throw invalid('lastSeq', `says ${String(d.lastSeq)} but the file holds ${events.length} events`);
  const out: LedgerExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: String(d.exportedAt), lastSeq: events.length, events };
  if (d.log !== undefined) {
    const log = exportedLog.safeParse(d.log);
    if (!log.success) {
      const { field, message } = firstIssue(log.error);
      throw invalid(`log.${field}`, message);
    }
    out.log = log.data;
  }
  return out;
}

/** Parses the text of an export file; bad JSON is a validation refusal, not a crash. */
export function parseExportText(text: string): LedgerExport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw invalid('(file)', `is not valid JSON: ${(err as Error).message}`);
  }
  return checkExport(doc);
}

/** SQLSTATE classes that mean the data itself is bad (22 data exception, 23 integrity violation). */
function isDataError(err: unknown): err is Error & { code: string } {
  const code: unknown = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && /^2[23]/.test(code);
}

export interface ImportReport {
  events: number;
  lastSeq: number;
}

/** Appends every event of a checked export to an empty store and applies the projections, in one transaction. */
export async function importLog(db: Database, file: LedgerExport): Promise<ImportReport> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
    const existing = await lastSeq(tx);
    if (existing > 0) throw conflict(`the store already holds ${existing} events; import only into an empty store (a new PURL_DATA folder or database)`);
    for (const [index, e] of file.events.entries()) {
      try {
        await tx.query(
          `INSERT INTO events (seq, type, stream, actor_org, actor_user, recorded_at, command, idempotency_key, request_hash, payload)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [e.seq, e.type, e.stream, e.actorOrg, e.actorUser, e.recordedAt, e.command, e.idempotencyKey, e.requestHash, JSON.stringify(e.payload)],
        );
        await project(tx, e);
      } catch (err) {
        if (isDataError(err)) throw badEntry(index, e.seq, '(entry)', `cannot be applied to the record: ${err.message}`);
        throw err;
      }
    }
    await importLogSection(tx, ledgerConfig(db), file.events, file.log, new Date());
    return { events: file.events.length, lastSeq: file.events.length };
  });
}
