/**
 * Appending leaves to the stored tree. The only old nodes an append needs are the frontier of the
 * current size: the perfect subtrees of [0, size), at most one per level. Each new leaf completes
 * the parents it closes; those are the new nodes to store. Pure: the caller reads and writes them.
 */
import { EMPTY_ROOT, hashChildren, type Hash } from './merkle.ts';
import { nodeKey, perfectCover, rangeHash, type NodeRef } from './subtrees.ts';

export interface StoredNode extends NodeRef {
  hash: Hash;
}

/** The nodes whose hashes an append at `size` starts from. */
export const frontierRefs = (size: number): NodeRef[] => (size > 0 ? perfectCover({ start: 0, end: size }) : []);

export interface AppendResult {
  /** New interior nodes (level >= 1) completed by the new leaves. */
  nodes: StoredNode[];
  /** MTH of the tree after the append. */
  root: Hash;
  size: number;
}

/** Adds `leafHashes` after `size` leaves whose frontier is `frontier` (from frontierRefs). */
export function appendLeaves(size: number, frontier: readonly StoredNode[], leafHashes: readonly Hash[]): AppendResult {
  const known = new Map<string, Hash>(frontier.map((n) => [nodeKey(n), n.hash]));
  const nodes: StoredNode[] = [];
  let n = size;
  for (const leaf of leafHashes) {
    let level = 0;
    let index = n;
    let hash = leaf;
    known.set(nodeKey({ level, index }), hash);
    while (index % 2 === 1) {
      const left = known.get(nodeKey({ level, index: index - 1 }));
      if (!left) throw new Error(`tree append: missing node ${level}:${index - 1} at size ${n}`);
      hash = hashChildren(left, hash);
      level += 1;
      index = (index - 1) / 2;
      known.set(nodeKey({ level, index }), hash);
      nodes.push({ level, index, hash });
    }
    n += 1;
  }
  if (n === 0) return { nodes, root: EMPTY_ROOT, size: 0 };
  const root = rangeHash({ start: 0, end: n }, (ref) => {
    const h = known.get(nodeKey(ref));
    if (!h) throw new Error(`tree append: missing node ${nodeKey(ref)} for the root at size ${n}`);
    return h;
  });
  return { nodes, root, size: n };
}
