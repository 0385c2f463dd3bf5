/**
 * Roots and RFC 9162 proofs from the stored subtrees: each answer fetches the O(log n) nodes it
 * needs in one or two queries and hashes only those. Sizes and indexes are checked by the caller.
 */
import type { Hash } from '../../ledger/merkle.ts';
import { consistencyRanges, inclusionRanges, nodeKey, nodesFor, rangeHash, type NodeRef, type Range } from '../../ledger/subtrees.ts';
import type { Queryable } from '../db.ts';
import { fetchNodes } from './nodes.ts';

async function hashesOf(q: Queryable, ranges: readonly Range[]): Promise<Buffer[]> {
  const known = await fetchNodes(q, nodesFor(ranges));
  const node = (r: NodeRef): Hash => known.get(nodeKey(r))!;
  return ranges.map((r) => Buffer.from(rangeHash(r, node)));
}

/** MTH of the first `size` leaves (size >= 1). */
export async function rootAt(q: Queryable, size: number): Promise<Buffer> {
  return (await hashesOf(q, [{ start: 0, end: size }]))[0]!;
}

export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  leafHash: Buffer;
  rootHash: Buffer;
  proof: Buffer[];
}

/** The audit path for leaf `index` in the tree of `size` leaves (0 <= index < size). */
export async function inclusionProof(q: Queryable, index: number, size: number): Promise<InclusionProof> {
  const path = inclusionRanges(index, size);
  const all = await hashesOf(q, [{ start: index, end: index + 1 }, { start: 0, end: size }, ...path]);
  return { leafIndex: index, treeSize: size, leafHash: all[0]!, rootHash: all[1]!, proof: all.slice(2) };
}

export interface ConsistencyProof {
  first: number;
  second: number;
  firstRoot: Buffer;
  secondRoot: Buffer;
  proof: Buffer[];
}

/** The consistency proof between sizes 0 < first <= second (empty when they are equal). */
export async function consistencyProof(q: Queryable, first: number, second: number): Promise<ConsistencyProof> {
  const path = consistencyRanges(first, second);
  const all = await hashesOf(q, [{ start: 0, end: first }, { start: 0, end: second }, ...path]);
  return { first, second, firstRoot: all[0]!, secondRoot: all[1]!, proof: all.slice(2) };
}

/** The leaf index of a leaf hash, or undefined when no entry has it. */
export async function indexOfLeafHash(q: Queryable, leafHash: Buffer): Promise<number | undefined> {
  const rows = await q.query<{ seq: bigint }>('SELECT seq FROM log_leaves WHERE leaf_hash = $1 ORDER BY seq LIMIT 1', [leafHash]);
  return rows[0] ? Number(rows[0].seq) - 1 : undefined;
}
