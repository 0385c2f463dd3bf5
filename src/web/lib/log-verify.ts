/**
 * Verifies one log entry in the browser, with nothing but the published keys and WebCrypto, the
 * way an outside verifier would (RFC 8785, RFC 9162, C2SP signed-note and tlog-checkpoint):
 *  1. the signer key is well formed and is the published key of the organization that acted;
 *  2. that key's Ed25519 signature covers the canonical event (as its leaf holds it: classified
 *     values as salted commitments), and each opening given matches its commitment;
 *  3. the leaf hash is SHA-256(0x00 || JCS({event, signer, signature}));
 *  4. the inclusion proof leads from that leaf to the tree's root;
 *  5. the checkpoint at that tree size names the same size and root and is signed by the log key.
 * Nothing here trusts the server's own "ok": every hash and signature is recomputed.
 */

export interface Opening {
  path: string;
  salt: string;
  value: unknown;
}

/** An entry as GET /log/entries serves it: null event, signer and signature when it is withheld from the reader. */
export interface LogEntryData {
  seq: number;
  event: Record<string, unknown> | null;
  signer: string | null;
  signature: string | null;
  leafHash: string;
  openings?: Opening[];
}

export interface InclusionData {
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  rootHash: string;
  proof: string[];
  checkpoint: string | null;
}

export interface PublishedKey {
  purpose: 'log' | 'org';
  orgId: string | null;
  vkey: string;
}

export type CheckName = 'signerKey' | 'signature' | 'openings' | 'leafHash' | 'inclusion' | 'checkpoint';
export interface Check {
  name: CheckName;
  /** null: not checkable by this reader (the entry, or every value, is withheld from it). */
  ok: boolean | null;
}

const enc = new TextEncoder();

/** RFC 8785 (JCS): primitives as ECMAScript serializes them, keys sorted by UTF-16 code units. */
export function canonicalize(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalize(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalize(obj[k])}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('JCS cannot represent a non-finite number');
  return JSON.stringify(value);
}

export const fromB64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
export const toB64 = (b: Uint8Array): string => btoa(String.fromCharCode(...b));
const toHex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', all));
}

const hashChildren = (l: Uint8Array, r: Uint8Array) => sha256(Uint8Array.of(1), l, r);

interface Vkey {
  name: string;
  keyId: string;
  publicKey: Uint8Array;
}

/** A C2SP verifier key name+hex(keyID)+base64(0x01 || Ed25519 key), its key ID checked. */
export async function parseVkey(text: string): Promise<Vkey | null> {
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+={0,2})$/.exec(text);
  if (!m) return null;
  const bytes = fromB64(m[3]!);
  if (bytes.length !== 33 || bytes[0] !== 0x01) return null;
  const publicKey = bytes.subarray(1);
  const id = toHex((await sha256(enc.encode(m[1]!), Uint8Array.of(0x0a, 0x01), publicKey)).subarray(0, 4));
  return id === m[2] ? { name: m[1]!, keyId: id, publicKey } : null;
}

async function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  try {
    // Copies: WebCrypto takes buffers it may own, never views into a larger one.
    const key = await crypto.subtle.importKey('raw', new Uint8Array(publicKey), { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, new Uint8Array(signature), new Uint8Array(message));
  } catch {
    return false;
  }
}

/** RFC 9162 section 2.1.3.2. */
export async function verifyInclusion(index: number, size: number, leaf: Uint8Array, path: Uint8Array[], root: Uint8Array): Promise<boolean> {
  if (index >= size || !Number.isSafeInteger(index) || !Number.isSafeInteger(size)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = await hashChildren(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = await hashChildren(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && same(r, root);
}

/** The event fields that were signed (the envelope), whatever else the API adds. */
const ENVELOPE = ['seq', 'type', 'stream', 'actorOrg', 'actorUser', 'recordedAt', 'command', 'idempotencyKey', 'requestHash', 'payload'] as const;
const envelopeOf = (e: Record<string, unknown>) => Object.fromEntries(ENVELOPE.map((k) => [k, e[k]]));

async function checkpointSigned(note: string, treeSize: number, root: Uint8Array, logKeys: Vkey[]): Promise<boolean> {
  const cut = note.lastIndexOf('\n\n');
  if (cut < 0 || !note.endsWith('\n')) return false;
  const text = note.slice(0, cut + 1);
  const [, size, rootLine] = text.slice(0, -1).split('\n');
  if (Number(size) !== treeSize || rootLine === undefined || !same(fromB64(rootLine), root)) return false;
  for (const line of note.slice(cut + 2, -1).split('\n')) {
    const m = /^\u2014 (\S+) ([A-Za-z0-9+/]+={0,2})$/u.exec(line);
    if (!m) continue;
    const raw = fromB64(m[2]!);
    const key = logKeys.find((k) => k.name === m[1] && k.keyId === toHex(raw.subarray(0, 4)));
    if (key && (await ed25519Verify(key.publicKey, enc.encode(text), raw.subarray(4)))) return true;
  }
  return false;
}

const COMMITMENT_DOMAIN = enc.encode('purl-ledger/commitment/v1\n');

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const part of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/** Each opening against the commitment at its path: SHA-256(domain || salt || JCS(value)). */
async function openingsMatch(event: Record<string, unknown>, openings: readonly Opening[]): Promise<boolean> {
  for (const o of openings) {
    const c = valueAt(event, o.path) as { $commitment?: unknown } | undefined;
    if (!c || typeof c.$commitment !== 'string') return false;
    if (!same(await sha256(COMMITMENT_DOMAIN, fromB64(o.salt), enc.encode(canonicalize(o.value))), fromB64(c.$commitment))) return false;
  }
  return true;
}

export async function verifyEntry(entry: LogEntryData, inclusion: InclusionData, keys: PublishedKey[]): Promise<Check[]> {
  const root = fromB64(inclusion.rootHash);
  const logKeys = (await Promise.all(keys.filter((k) => k.purpose === 'log').map((k) => parseVkey(k.vkey)))).filter((k): k is Vkey => k !== null);
  const checkpoint = inclusion.checkpoint !== null && (await checkpointSigned(inclusion.checkpoint, inclusion.treeSize, root, logKeys));
  if (entry.event === null || entry.signer === null || entry.signature === null) {
    // Withheld from this reader: its leaf hash alone, which still has its place under the signed root.
    const leaf = fromB64(entry.leafHash);
    const included = same(leaf, fromB64(inclusion.leafHash)) && (await verifyInclusion(inclusion.leafIndex, inclusion.treeSize, leaf, inclusion.proof.map(fromB64), root));
    return [
      { name: 'signerKey', ok: null },
      { name: 'signature', ok: null },
      { name: 'openings', ok: null },
      { name: 'leafHash', ok: leaf.length === 32 && same(leaf, fromB64(inclusion.leafHash)) },
      { name: 'inclusion', ok: included },
      { name: 'checkpoint', ok: checkpoint },
    ];
  }
  const envelope = envelopeOf(entry.event);
  const signer = await parseVkey(entry.signer);
  const published = keys.some((k) => k.purpose === 'org' && k.orgId === entry.event!.actorOrg && k.vkey === entry.signer);
  const signature = fromB64(entry.signature);
  const signed = !!signer && (await ed25519Verify(signer.publicKey, enc.encode(canonicalize(envelope)), signature));
  const openings = entry.openings ?? [];
  const opened = openings.length === 0 ? null : await openingsMatch(envelope, openings);
  const leaf = await sha256(Uint8Array.of(0), enc.encode(canonicalize({ event: envelope, signer: entry.signer, signature: toB64(signature) })));
  const leafOk = same(leaf, fromB64(entry.leafHash)) && same(leaf, fromB64(inclusion.leafHash));
  const included = await verifyInclusion(inclusion.leafIndex, inclusion.treeSize, leaf, inclusion.proof.map(fromB64), root);
  return [
    { name: 'signerKey', ok: !!signer && published },
    { name: 'signature', ok: signed },
    { name: 'openings', ok: opened },
    { name: 'leafHash', ok: leafOk },
    { name: 'inclusion', ok: included },
    { name: 'checkpoint', ok: checkpoint },
  ];
}
