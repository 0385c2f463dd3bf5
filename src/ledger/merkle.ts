/**
 * The Merkle tree hash of RFC 9162 section 2.1 (as RFC 6962): SHA-256, leaves hashed with a 0x00
 * prefix and interior nodes with 0x01, so a leaf can never pass for a node. Verification of
 * inclusion and consistency proofs follows sections 2.1.3.2 and 2.1.4.2 step by step. Sizes and
 * indexes are plain numbers (safe integers); the bit operations are written as arithmetic because
 * JavaScript's bitwise operators truncate to 32 bits.
 */
import { createHash } from 'node:crypto';

export type Hash = Uint8Array;
export const HASH_SIZE = 32;

const sha256 = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** MTH({}) = SHA-256() */
export const EMPTY_ROOT: Hash = sha256();
export const hashLeaf = (data: Uint8Array): Hash => sha256(LEAF_PREFIX, data);
export const hashChildren = (left: Uint8Array, right: Uint8Array): Hash => sha256(NODE_PREFIX, left, right);

export const sameHash = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;

/** The largest power of two strictly smaller than n (n > 1), the split point k of RFC 9162. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isPowerOfTwo = (n: number): boolean => n > 0 && splitPoint(n * 2) === n;
const odd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

/** MTH(D[n]) computed from all the leaf hashes: for tests and for small trees only. */
export function rootFromLeafHashes(leaves: readonly Hash[]): Hash {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0]!;
  const k = splitPoint(leaves.length);
  return hashChildren(rootFromLeafHashes(leaves.slice(0, k)), rootFromLeafHashes(leaves.slice(k)));
}

const validSize = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;
const allHashes = (hs: readonly Uint8Array[]): boolean => hs.every((h) => h.length === HASH_SIZE);

/** RFC 9162 section 2.1.3.2: is `leafHash` at `index` in the tree of `size` leaves with `root`? */
export function verifyInclusion(index: number, size: number, leafHash: Hash, path: readonly Hash[], root: Hash): boolean {
  if (!validSize(index) || !validSize(size) || !allHashes([leafHash, root, ...path])) return false;
  // 1. leaf_index must be below tree_size.
  if (index >= size) return false;
  // 2-3.
  let fn = index;
  let sn = size - 1;
  let r: Hash = leafHash;
  // 4.
  for (const p of path) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = hashChildren(p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = hashChildren(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 5.
  return sn === 0 && sameHash(r, root);
}

/**
 * RFC 9162 section 2.1.4.2 for 0 < first < second. Equal sizes prove consistency only by equal
 * roots with an empty proof (2.1.4.1 gives the empty proof for m = n); a first size of 0 proves
 * nothing and is refused, as are sizes out of order.
 */
export function verifyConsistency(first: number, second: number, proof: readonly Hash[], firstRoot: Hash, secondRoot: Hash): boolean {
  if (!validSize(first) || !validSize(second) || first === 0 || first > second) return false;
  if (first === second) return proof.length === 0 && sameHash(firstRoot, secondRoot);
  if (!allHashes([firstRoot, secondRoot, ...proof])) return false;
  // 1.
  if (proof.length === 0) return false;
  // 2.
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  // 3.
  let fn = first - 1;
  let sn = second - 1;
  // 4.
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  // 5.
  let fr: Hash = path[0]!;
  let sr: Hash = path[0]!;
  // 6.
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 7.
  return sameHash(fr, firstRoot) && sameHash(sr, secondRoot) && sn === 0;
}
