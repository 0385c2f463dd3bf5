/**
 * Where the hashes of a proof come from. The log stores every complete (perfect) subtree: node
 * (level L, index i) is the hash of leaves [i*2^L, (i+1)*2^L); level 0 holds the leaf hashes. Any
 * range the RFC 9162 recursions need is a short run of such nodes (at most one per level), so a root
 * at any size and any inclusion or consistency proof take O(log n) stored nodes, never a rehash.
 */
import { hashChildren, splitPoint, type Hash } from './merkle.ts';

/** A half-open range of leaf indexes [start, end). */
export interface Range {
  start: number;
  end: number;
}

export interface NodeRef {
  level: number;
  index: number;
}

export const nodeKey = (n: NodeRef): string => `${n.level}:${n.index}`;

/** RFC 9162 2.1.3.1 PATH(m, D[n]): the subtrees whose hashes form the inclusion proof, leaf first. */
export function inclusionRanges(index: number, size: number): Range[] {
  const out: Range[] = [];
  const walk = (m: number, start: number, n: number): void => {
    if (n <= 1) return;
    const k = splitPoint(n);
    if (m < k) {
      walk(m, start, k);
      out.push({ start: start + k, end: start + n });
    } else {
      walk(m - k, start + k, n - k);
      out.push({ start, end: start + k });
    }
  };
  walk(index, 0, size);
  return out;
}

/** RFC 9162 2.1.4.1 PROOF(m, D[n]) = SUBPROOF(m, D[n], true), for 0 < m < n. */
export function consistencyRanges(first: number, second: number): Range[] {
  const out: Range[] = [];
  const sub = (m: number, start: number, n: number, whole: boolean): void => {
    if (m === n) {
      if (!whole) out.push({ start, end: start + n });
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      sub(m, start, k, whole);
      out.push({ start: start + k, end: start + n });
    } else {
      sub(m - k, start + k, n - k, false);
      out.push({ start, end: start + k });
    }
  };
  if (first > 0 && first < second) sub(first, 0, second, true);
  return out;
}

/** The perfect subtrees that make up a range, left to right (the greedy split of RFC 9162's MTH). */
export function perfectCover(r: Range): NodeRef[] {
  const out: NodeRef[] = [];
  let start = r.start;
  while (start < r.end) {
    let size = 1;
    while (start % (size * 2) === 0 && start + size * 2 <= r.end) size *= 2;
    const level = Math.log2(size);
    out.push({ level, index: start / size });
    start += size;
  }
  return out;
}

/** MTH of a range from its perfect subtrees: H(P1, H(P2, ... Pk)). */
export function rangeHash(r: Range, node: (n: NodeRef) => Hash): Hash {
  const parts = perfectCover(r).map(node);
  let acc = parts[parts.length - 1]!;
  for (let i = parts.length - 2; i >= 0; i--) acc = hashChildren(parts[i]!, acc);
  return acc;
}

/** Every stored node a set of ranges needs, without repeats. */
export function nodesFor(ranges: readonly Range[]): NodeRef[] {
  const seen = new Map<string, NodeRef>();
  for (const r of ranges) for (const n of perfectCover(r)) seen.set(nodeKey(n), n);
  return [...seen.values()];
}
