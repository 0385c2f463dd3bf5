/**
 * Proves the Merkle tree of RFC 9162 section 2.1: the verification functions accept exactly the
 * public transparency-dev vectors marked good and refuse every one marked bad (read from
 * ../shared/vectors/rfc9162 at run time); and, as properties over random trees, that proofs made
 * from stored perfect subtrees (as the log serves them) verify, agree with the root computed from all
 * leaves, and fail after any single change to the proof, index, sizes or roots (a wrong size can only be caught
 * where it changes the path's shape, which is why sizes come from signed checkpoints).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readVector, vectorFiles, vectorsAvailable } from '../../test/support/vectors.ts';
import { EMPTY_ROOT, hashLeaf, rootFromLeafHashes, verifyConsistency, verifyInclusion, type Hash } from './merkle.ts';
import { consistencyRanges, inclusionRanges, nodeKey, rangeHash, type NodeRef } from './subtrees.ts';
import { appendLeaves, frontierRefs, type StoredNode } from './tree-append.ts';

const b64 = (s: string): Buffer => Buffer.from(s, 'base64');

interface InclusionVector {
  leafIdx: number;
  treeSize: number;
  root: string;
  leafHash: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
}
interface ConsistencyVector {
  size1: number;
  size2: number;
  root1: string;
  root2: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
}

const inclusion = vectorFiles('rfc9162/inclusion', '.json').map(([name, p]) => [name, JSON.parse(readVector(p)) as InclusionVector] as const);
const consistency = vectorFiles('rfc9162/consistency', '.json').map(([name, p]) => [name, JSON.parse(readVector(p)) as ConsistencyVector] as const);

describe.skipIf(!vectorsAvailable)('RFC 9162 vectors (transparency-dev/merkle testdata)', () => {
  it('finds them', () => {
    expect(inclusion.length).toBeGreaterThan(80);
    expect(consistency.length).toBeGreaterThan(80);
  });
  it.each(inclusion)('inclusion %s', (_name, v) => {
    const ok = verifyInclusion(v.leafIdx, v.treeSize, b64(v.leafHash), (v.proof ?? []).map(b64), b64(v.root));
    expect(ok, v.desc).toBe(!v.wantErr);
  });
  it.each(consistency)('consistency %s', (_name, v) => {
    const ok = verifyConsistency(v.size1, v.size2, (v.proof ?? []).map(b64), b64(v.root1), b64(v.root2));
    expect(ok, v.desc).toBe(!v.wantErr);
  });
});

/** A tree of `n` random leaves as the log stores it: appended in random batches. */
function buildTree(leafData: Uint8Array[], batches: number[]) {
  // Each leaf made distinct by its index, so that a proof for one leaf cannot also fit another.
  const leaves = leafData.map((d, i) => hashLeaf(Buffer.concat([Buffer.from(`${i}:`), d])));
  const nodes = new Map<string, Hash>();
  leaves.forEach((h, i) => nodes.set(nodeKey({ level: 0, index: i }), h));
  let size = 0;
  const roots: Hash[] = [EMPTY_ROOT];
  let b = 0;
  while (size < leaves.length) {
    const take = Math.min(leaves.length - size, 1 + (batches[b++ % batches.length] ?? 0));
    const frontier: StoredNode[] = frontierRefs(size).map((r) => ({ ...r, hash: nodes.get(nodeKey(r))! }));
    const grown = appendLeaves(size, frontier, leaves.slice(size, size + take));
    for (const n of grown.nodes) nodes.set(nodeKey(n), n.hash);
    for (let s = size + 1; s <= size + take; s++) roots[s] = rootFromLeafHashes(leaves.slice(0, s));
    expect(Buffer.from(grown.root).equals(Buffer.from(roots[size + take]!))).toBe(true);
    size += take;
  }
  const node = (r: NodeRef): Hash => {
    const h = nodes.get(nodeKey(r));
    if (!h) throw new Error(`missing ${nodeKey(r)}`);
    return h;
  };
  return { leaves, roots, node };
}

const flip = (h: Hash): Hash => {
  const c = Buffer.from(h);
  c[c.length - 1]! ^= 1;
  return c;
};

const treeArb = fc.record({
  data: fc.array(fc.uint8Array({ maxLength: 8 }), { minLength: 1, maxLength: 70 }),
  batches: fc.array(fc.nat(9), { minLength: 1, maxLength: 5 }),
});

describe('proofs from stored subtrees', () => {
  it('the stored tree gives the RFC root at every size, and inclusion proofs verify, and fail when changed', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), ({ data, batches }, a, b) => {
        const t = buildTree(data, batches);
        const size = 1 + (a % data.length);
        const index = b % size;
        expect(Buffer.from(rangeHash({ start: 0, end: size }, t.node)).equals(Buffer.from(t.roots[size]!))).toBe(true);
        const proof = inclusionRanges(index, size).map((r) => rangeHash(r, t.node));
        const root = t.roots[size]!;
        expect(verifyInclusion(index, size, t.leaves[index]!, proof, root)).toBe(true);
        expect(verifyInclusion(index, size, t.leaves[index]!, proof, flip(root))).toBe(false);
        expect(verifyInclusion(index, index, t.leaves[index]!, proof, root)).toBe(false);
        if (size > 1) expect(verifyInclusion((index + 1) % size, size, t.leaves[index]!, proof, root)).toBe(false);
        proof.forEach((_, i) => expect(verifyInclusion(index, size, t.leaves[index]!, proof.map((p, j) => (j === i ? flip(p) : p)), root)).toBe(false));
        expect(verifyInclusion(index, size, t.leaves[index]!, [...proof, root], root)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('consistency proofs between any two sizes verify, and fail when changed', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), ({ data, batches }, a, b) => {
        const t = buildTree(data, batches);
        const second = 1 + (a % data.length);
        const first = 1 + (b % second);
        const proof = consistencyRanges(first, second).map((r) => rangeHash(r, t.node));
        const [r1, r2] = [t.roots[first]!, t.roots[second]!];
        expect(verifyConsistency(first, second, proof, r1, r2)).toBe(true);
        expect(verifyConsistency(first, second, proof, flip(r1), r2)).toBe(false);
        expect(verifyConsistency(first, second, proof, r1, flip(r2))).toBe(false);
        proof.forEach((_, i) => expect(verifyConsistency(first, second, proof.map((p, j) => (j === i ? flip(p) : p)), r1, r2)).toBe(false));
        if (first < second) {
          expect(verifyConsistency(first, second, proof.slice(1), r1, r2)).toBe(false);
          expect(verifyConsistency(second, first, proof, r2, r1)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
