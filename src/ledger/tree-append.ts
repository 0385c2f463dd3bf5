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

/**
 * A tree grown one leaf at a time in memory, keeping only its frontier (one perfect subtree per
 * level): what a verifier needs to recompute every node and the root at any size it passes.
 */
export class GrowingTree {
  private readonly frontier: StoredNode[] = [];
  size = 0;

  /** Adds a leaf hash; returns the interior nodes it completes. */
  push(leaf: Hash): StoredNode[] {
    const made: StoredNode[] = [];
    let node: StoredNode = { level: 0, index: this.size, hash: leaf };
    while (this.frontier.length > 0 && this.frontier[this.frontier.length - 1]!.level === node.level) {
      const left = this.frontier.pop()!;
      node = { level: node.level + 1, index: left.index / 2, hash: hashChildren(left.hash, node.hash) };
      made.push(node);
    }
    this.frontier.push(node);
    this.size += 1;
    return made;
  }

  root(): Hash {
    if (this.frontier.length === 0) return EMPTY_ROOT;
    let acc = this.frontier[this.frontier.length - 1]!.hash;
    for (let i = this.frontier.length - 2; i >= 0; i--) acc = hashChildren(this.frontier[i]!.hash, acc);
    return acc;
  }
}
