/**
 * Takes in the log section of an export, inside the import's transaction, after the events: every
 * leaf, signature and checkpoint is checked by the same verifier as `purl verify` before a row is
 * written, the interior nodes are recomputed (never read from the file), and the keys come in public
 * only. An export without a log section (made before the log existed) is logged afresh instead: its
 * events are signed with this server's keys and closed by one checkpoint.
 */
import { invalid } from '../../domain/errors.ts';
import { verifyCosignature } from '../../ledger/cosignature.ts';
import { parseNote, parseCheckpointBody, parseVkey } from '../../ledger/note.ts';
import { LogVerifier, VerifyFailure } from '../../ledger/verify/verifier.ts';
import type { StoredNode } from '../../ledger/tree-append.ts';
import type { Queryable } from '../db.ts';
import type { ExportedEvent } from '../export.ts';
import { insertCheckpoint, insertCosignature } from './checkpoints.ts';
import type { ExportedLog } from './export-format.ts';
import type { LedgerConfig } from './ledger-config.ts';
import { addPublicKey } from './key-store.ts';
import { insertNodes } from './nodes.ts';
import { insertLeaves, recordInLog, type LeafRow } from './record.ts';

const refuse = (err: unknown): never => {
  if (err instanceof VerifyFailure) throw invalid('log', err.message);
  throw err;
};

/** Checks the log section against the events and returns the rows to store; throws a validation error naming the first failure. */
function checkLog(log: ExportedLog, events: readonly ExportedEvent[]): { leaves: LeafRow[]; nodes: StoredNode[] } {
  const verifier = new LogVerifier(log.keys, log.checkpoints);
  const leaves: LeafRow[] = [];
  const nodes: StoredNode[] = [];
  if (log.leaves.length !== events.length) throw new VerifyFailure('log', `holds ${log.leaves.length} leaves for ${events.length} events`);
  events.forEach((e, i) => {
    const leaf = log.leaves[i]!;
    if (leaf.seq !== e.seq) throw new VerifyFailure(`entry ${e.seq}`, `its leaf is missing (found the leaf of seq ${leaf.seq})`);
    const signature = Buffer.from(leaf.signature, 'base64');
    const salts = new Map(Object.entries(leaf.salts ?? {}).map(([path, salt]) => [path, Buffer.from(salt, 'base64')]));
    const r = verifier.entry({ event: e, salts, signer: leaf.signer, signature });
    leaves.push({ seq: e.seq, leafHash: Buffer.from(r.leafHash), signer: leaf.signer, signature, salts });
    nodes.push(...r.nodes);
  });
  verifier.finish();
  for (const c of log.checkpoints) {
    const text = parseNote(c.note)!.text;
    for (const s of c.cosignatures) {
      const key = parseVkey(s.witnessKey);
      if (!key || verifyCosignature(text, s.line, key)?.time !== s.signedAt) {
        throw new VerifyFailure(`checkpoint ${c.number} (size ${c.treeSize})`, `the cosignature by ${s.witnessKey.split('+')[0]} does not verify`);
      }
    }
  }
  return { leaves, nodes };
}

export async function importLogSection(tx: Queryable, cfg: LedgerConfig, events: readonly ExportedEvent[], log: ExportedLog | undefined, now: Date): Promise<void> {
  if (!log) {
    await recordInLog(tx, cfg, [], now);
    return;
  }
  let rows: ReturnType<typeof checkLog>;
  try {
    rows = checkLog(log, events);
  } catch (err) {
    return refuse(err);
  }
  for (const k of log.keys) {
    await addPublicKey(tx, { name: k.name, keyId: k.keyId, purpose: k.purpose, orgId: k.orgId, createdAt: k.createdAt, publicKey: parseVkey(k.vkey)!.publicKey });
  }
  await insertLeaves(tx, rows.leaves);
  await insertNodes(tx, rows.nodes);
  for (const c of log.checkpoints) {
    const body = parseCheckpointBody(parseNote(c.note)!.text)!;
    await insertCheckpoint(tx, { number: c.number, treeSize: c.treeSize, rootHash: body.root, note: c.note });
    for (const s of c.cosignatures) {
      const key = parseVkey(s.witnessKey)!;
      await insertCosignature(tx, { treeSize: c.treeSize, keyName: key.name, keyId: key.keyId, witnessKey: s.witnessKey, signedAt: s.signedAt, line: s.line, receivedAt: s.receivedAt });
    }
  }
}
