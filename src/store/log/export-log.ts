/**
 * Writes the log section of an export: keys, checkpoints (with cosignatures) up to the exported
 * size, then leaves (with the salts of their commitments: an export is the operator's full copy, as
 * classified as the store) in batches so memory stays flat however long the log.
 */
import type { Queryable } from '../db.ts';
import { cosignaturesFor, listCheckpoints } from './checkpoints.ts';
import type { ExportedCheckpoint, ExportedKey, ExportedLeaf } from './export-format.ts';
import { keyDirectory } from './key-store.ts';

export async function writeLogSection(q: Queryable, upto: number, write: (chunk: string) => void | Promise<void>, batchSize: number): Promise<void> {
  const keys: ExportedKey[] = (await keyDirectory(q)).map(({ name, keyId, purpose, orgId, vkey, createdAt }) => ({ name, keyId, purpose, orgId, vkey, createdAt }));
  const rows = (await listCheckpoints(q, 1, Number.MAX_SAFE_INTEGER)).filter((c) => c.treeSize <= upto);
  const cosigs = await cosignaturesFor(q, rows.map((c) => c.treeSize));
  const checkpoints: ExportedCheckpoint[] = rows.map((c) => ({
    number: c.number,
    treeSize: c.treeSize,
    note: c.note,
    cosignatures: cosigs.filter((s) => s.treeSize === c.treeSize).map(({ witnessKey, line, signedAt, receivedAt }) => ({ witnessKey, line, signedAt, receivedAt })),
  }));
  await write(`,"log":{"keys":${JSON.stringify(keys)},\n"checkpoints":[${checkpoints.map((c) => `\n${JSON.stringify(c)}`).join(',')}],\n"leaves":[`);
  let after = 0;
  let count = 0;
  for (;;) {
    const batch = await q.query<{ seq: bigint; signer: string; signature: Uint8Array; salts: Record<string, string> | null }>(
      `SELECT l.seq, l.signer, l.signature,
          (SELECT jsonb_object_agg(s.path, encode(s.salt, 'base64')) FROM log_salts s WHERE s.seq = l.seq) AS salts
         FROM log_leaves l WHERE l.seq > $1 AND l.seq <= $2 ORDER BY l.seq LIMIT $3`,
      [after, upto, batchSize],
    );
    if (batch.length === 0) break;
    const leaves: ExportedLeaf[] = batch.map((l) => ({
      seq: Number(l.seq),
      signer: l.signer,
      signature: Buffer.from(l.signature).toString('base64'),
      ...(l.salts ? { salts: l.salts } : {}),
    }));
    await write(leaves.map((l) => `${count++ === 0 ? '' : ','}\n${JSON.stringify(l)}`).join(''));
    after = leaves[leaves.length - 1]!.seq;
  }
  await write(`${count > 0 ? '\n' : ''}]}`);
}
