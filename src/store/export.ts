/**
 * A full JSON dump of the event log, the source of truth: every stored field of every event
 * (request_hash included, so idempotent repeats keep working after an import), payloads exactly as
 * stored. Projections are not exported; an import re-derives them. API tokens are credentials and
 * never leave the store.
 *
 * The dump is written in pieces, one batch of events read from the store at a time, so memory stays
 * flat however long the log. It reads events up to the last sequence number at the start: the log
 * is append-only and gap-free, so that prefix is a consistent snapshot even while writers append.
 * After the events comes the transparency log of that prefix (keys, checkpoints, leaves; see
 * src/store/log/export-log.ts), so that `purl verify` can check a dump on another machine.
 */
import type { StoredEvent } from '../domain/events.ts';
import { envelopeOf } from '../ledger/leaf.ts';
import type { Queryable } from './db.ts';
import { lastSeq, rowToEvent } from './event-log.ts';
import type { ExportedLog } from './log/export-format.ts';
import { writeLogSection } from './log/export-log.ts';

export const EXPORT_FORMAT = 'purl-ledger-export';
export const EXPORT_VERSION = 1;

/** One event as exported: the stored event plus the hash that guards its idempotency key. */
export type ExportedEvent = StoredEvent & { requestHash: string | null };

export interface LedgerExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  lastSeq: number;
  events: ExportedEvent[];
  /** The transparency log of these events (absent in exports made before the log existed). */
  log?: ExportedLog;
}

type EventRow = Parameters<typeof rowToEvent>[0];

/** Reads events after `afterSeq` up to `uptoSeq`, in order, with their request hashes. */
export async function readExportBatch(q: Queryable, afterSeq: number, uptoSeq: number, limit: number): Promise<ExportedEvent[]> {
  const rows = await q.query<EventRow>('SELECT * FROM events WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3', [afterSeq, uptoSeq, limit]);
  // The envelope's fixed key order keeps dumps of the same log byte-identical (apart from exportedAt).
  return rows.map((r) => envelopeOf({ ...rowToEvent(r), requestHash: r.request_hash }) as ExportedEvent);
}

export interface ExportOptions {
  now?: Date;
  batchSize?: number;
}

/**
 * Writes the whole log as one JSON document through `write`, one event per line, and returns the
 * number of events written. `write` may return a promise (to honour back-pressure); it is awaited.
 */
export async function exportLog(q: Queryable, write: (chunk: string) => void | Promise<void>, opts: ExportOptions = {}): Promise<number> {
  const upto = await lastSeq(q);
  const batchSize = opts.batchSize ?? 1000;
  const header = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: (opts.now ?? new Date()).toISOString(), lastSeq: upto };
  await write(`${JSON.stringify(header).slice(0, -1)},"events":[`);
  let after = 0;
  let count = 0;
  for (;;) {
    const batch = await readExportBatch(q, after, upto, batchSize);
    if (batch.length === 0) break;
    await write(batch.map((e) => `${count++ === 0 ? '' : ','}\n${JSON.stringify(e)}`).join(''));
    after = batch[batch.length - 1]!.seq;
  }
  await write(`${count > 0 ? '\n' : ''}]`);
  await writeLogSection(q, upto, write, batchSize);
  await write('}\n');
  return count;
}

/** The whole export as a string, for tests and small logs. */
export async function exportLogToString(q: Queryable, opts: ExportOptions = {}): Promise<string> {
  const parts: string[] = [];
  await exportLog(q, (c) => void parts.push(c), opts);
  return parts.join('');
}
