/**
 * Writes the log section of an export: keys, checkpoints (with cosignatures) up to the exported
 * size, then leaves in batches so memory stays flat however long the log.
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
    const batch = await q.query<{ seq: bigint; signer: string; signature: Uint8Array }>(
      'SELECT seq, signer, signature FROM log_leaves WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3',
      [after, upto, batchSize],
    );
    if (batch.length === 0) break;
    const leaves: ExportedLeaf[] = batch.map((l) => ({ seq: Number(l.seq), signer: l.signer, signature: Buffer.from(l.signature).toString('base64') }));
    await write(leaves.map((l) => `${count++ === 0 ? '' : ','}\n${JSON.stringify(l)}`).join(''));
    after = leaves[leaves.length - 1]!.seq;
  }
  await write(`${count > 0 ? '\n' : ''}]}`);
}
