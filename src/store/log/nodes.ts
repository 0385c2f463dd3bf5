/** Reading and writing stored tree nodes: level 0 is log_leaves.leaf_hash (seq = index + 1), higher levels merkle_nodes. */
import type { Hash } from '../../ledger/merkle.ts';
import { nodeKey, type NodeRef } from '../../ledger/subtrees.ts';
import type { StoredNode } from '../../ledger/tree-append.ts';
import type { Queryable } from '../db.ts';

/** Fetches the named nodes in one query; a missing node is an error (the tree is damaged). */
export async function fetchNodes(q: Queryable, refs: readonly NodeRef[]): Promise<Map<string, Hash>> {
  const out = new Map<string, Hash>();
  if (refs.length === 0) return out;
  const leaves = refs.filter((r) => r.level === 0).map((r) => r.index + 1);
  const inner = refs.filter((r) => r.level > 0);
  const rows = await q.query<{ level: number; idx: bigint; hash: Uint8Array }>(
    `SELECT 0 AS level, seq - 1 AS idx, leaf_hash AS hash FROM log_leaves WHERE seq = ANY($1::bigint[])
     UNION ALL
     SELECT n.level, n.idx, n.hash FROM merkle_nodes n
       JOIN unnest($2::smallint[], $3::bigint[]) AS w(level, idx) ON n.level = w.level AND n.idx = w.idx`,
    [leaves, inner.map((r) => r.level), inner.map((r) => r.index)],
  );
  for (const r of rows) out.set(nodeKey({ level: Number(r.level), index: Number(r.idx) }), Buffer.from(r.hash));
  for (const r of refs) if (!out.has(nodeKey(r))) throw new Error(`the log's tree is missing node ${nodeKey(r)}; run purl verify`);
  return out;
}

/** Inserts interior nodes, many rows per statement. */
export async function insertNodes(q: Queryable, nodes: readonly StoredNode[]): Promise<void> {
  for (let i = 0; i < nodes.length; i += 2000) {
    const chunk = nodes.slice(i, i + 2000);
    await q.query('INSERT INTO merkle_nodes (level, idx, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])', [
      chunk.map((n) => n.level),
      chunk.map((n) => n.index),
      chunk.map((n) => Buffer.from(n.hash)),
    ]);
  }
}
