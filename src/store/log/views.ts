/** Checkpoints as the API and verifiers read them: the signed note, its parts, its time and its cosignatures. */
import { parseCheckpointBody, parseNote } from '../../ledger/note.ts';
import type { Queryable } from '../db.ts';
import { cosignaturesFor, type CheckpointRow } from './checkpoints.ts';

export interface CheckpointView {
  number: number;
  treeSize: number;
  origin: string;
  rootHash: string;
  /** When the batch it closes was recorded (the time of its last event). */
  time: string | null;
  note: string;
  cosignatures: { keyName: string; witnessKey: string; signedAt: number; line: string }[];
}

export async function checkpointViews(q: Queryable, rows: readonly CheckpointRow[]): Promise<CheckpointView[]> {
  const sizes = rows.map((r) => r.treeSize);
  const times = new Map(
    (await q.query<{ seq: bigint; recorded_at: Date | string }>('SELECT seq, recorded_at FROM events WHERE seq = ANY($1::bigint[])', [sizes])).map((r) => [
      Number(r.seq),
      new Date(r.recorded_at).toISOString(),
    ]),
  );
  const cosigs = await cosignaturesFor(q, sizes);
  return rows.map((r) => ({
    number: r.number,
    treeSize: r.treeSize,
    origin: parseCheckpointBody(parseNote(r.note)?.text ?? '')?.origin ?? '',
    rootHash: r.rootHash.toString('base64'),
    time: times.get(r.treeSize) ?? null,
    note: r.note,
    cosignatures: cosigs.filter((c) => c.treeSize === r.treeSize).map(({ keyName, witnessKey, signedAt, line }) => ({ keyName, witnessKey, signedAt, line })),
  }));
}

/** The checkpoint note with its cosignature lines appended: what a C2SP client reads. */
export const cosignedNote = (v: CheckpointView): string => v.note + v.cosignatures.map((c) => c.line).join('');
