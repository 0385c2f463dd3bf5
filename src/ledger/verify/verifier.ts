/**
 * The verifier's core, independent of where the log comes from (a store, an export bundle, a
 * server): it takes the published keys, the checkpoints, and the entries in order, and checks that
 * every entry is well-formed and signed by its organization's published key (over the entry as its
 * leaf holds it: classified values as salted commitments, each opening given checked), recomputes every leaf
 * hash, every interior node and the root at each checkpoint, and checks each checkpoint's signature
 * and that checkpoints are numbered without gaps, grow the tree, and cover every entry. Because every
 * root is recomputed from the same verified leaves, each checkpoint is consistent with the one
 * before. The first failure is thrown as a VerifyFailure naming the entry or checkpoint.
 */
import type { KeyObject } from 'node:crypto';
import { publicKeyObject, verifyEd25519 } from '../ed25519.ts';
import { getPath } from '../../domain/json-paths.ts';
import { commitEnvelope, hasCommitments, openEnvelope, openingMatches, type Opening } from '../commitments.ts';
import { eventBytes, leafHashOf, type LogEvent } from '../leaf.ts';
import { sameHash, type Hash } from '../merkle.ts';
import { noteSignedBy, parseCheckpointBody, parseNote, parseVkey, SIG_ED25519, type VerifierKey } from '../note.ts';
import { GrowingTree, type StoredNode } from '../tree-append.ts';

export class VerifyFailure extends Error {
  constructor(
    /** What failed: "entry 17", "checkpoint 5 (size 40)", "node 2:3", "projection pledges", "bundle". */
    readonly at: string,
    message: string,
  ) {
    super(`${at}: ${message}`);
  }
}

export interface PublishedKey {
  name: string;
  keyId: string;
  purpose: 'log' | 'org';
  orgId: string | null;
  vkey: string;
}

export interface CheckpointInput {
  number: number;
  treeSize: number;
  note: string;
  /** The root as stored beside the note, when the source keeps one; must match the note. */
  rootHash?: Buffer;
}

export interface EntryInput {
  /** The event as recorded, every value in clear (from a store or a full export). */
  event?: LogEvent;
  /** With `event`: the salts of the values its leaf commits to, by path (none for entries logged before commitments). */
  salts?: ReadonlyMap<string, Uint8Array>;
  /** Instead of `event`: the event as its leaf holds it, commitments in place (a server's public entries). */
  committed?: LogEvent;
  /** With `committed`: openings of some of its commitments, each checked. */
  openings?: readonly Opening[];
  signer: string;
  signature: Uint8Array;
  /** The leaf hash as stored, when the source keeps one; must match the recomputed hash. */
  leafHash?: Uint8Array;
}

export interface VerifierOptions {
  /** Checks an event's shape and payload; returns what is wrong, or null. */
  checkEvent?: (e: LogEvent) => string | null;
  /** When set, checkpoints must be signed by one of these log keys, not just any published one. */
  trustedLogKeys?: readonly string[];
}

export interface VerifySummary {
  entries: number;
  /** Entries known only by their leaf hash (withheld from this reader): in the tree, content unchecked. */
  withheld: number;
  checkpoints: number;
  origin: string | null;
  root: string;
}

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

export class LogVerifier {
  private readonly tree = new GrowingTree();
  private readonly orgKeys = new Map<string, { key: PublishedKey; object: KeyObject }>();
  private readonly logKeys: VerifierKey[] = [];
  private pending: CheckpointInput[] = [];
  private checked = 0;
  private lastSize = 0;
  private origin: string | null = null;
  private withheld = 0;

  constructor(keys: readonly PublishedKey[], checkpoints: readonly CheckpointInput[], private readonly opts: VerifierOptions = {}) {
    for (const k of keys) {
      const v = parseVkey(k.vkey);
      if (!v || v.type !== SIG_ED25519 || v.name !== k.name || v.keyId !== k.keyId) throw new VerifyFailure(`key ${k.name}+${k.keyId}`, 'is not a well-formed Ed25519 verifier key');
      if (k.purpose === 'org') this.orgKeys.set(k.vkey, { key: k, object: publicKeyObject(v.publicKey) });
      else if (!opts.trustedLogKeys) this.logKeys.push(v);
    }
    for (const t of opts.trustedLogKeys ?? []) {
      const v = parseVkey(t);
      if (!v || v.type !== SIG_ED25519) throw new VerifyFailure('trusted log key', `'${t}' is not an Ed25519 verifier key`);
      this.logKeys.push(v);
    }
    this.pending = [...checkpoints].sort((a, b) => a.number - b.number);
    this.pending.forEach((c, i) => {
      const at = `checkpoint ${c.number} (size ${c.treeSize})`;
      if (c.number !== i + 1) throw new VerifyFailure(i === 0 ? `checkpoint 1` : `checkpoint ${i + 1}`, `is missing: the checkpoints jump from ${i} to ${c.number}`);
      const prev = this.pending[i - 1];
      if (prev && c.treeSize <= prev.treeSize) throw new VerifyFailure(at, `does not grow the tree: checkpoint ${prev.number} already has size ${prev.treeSize}`);
    });
    if (this.pending[0] && this.pending[0].treeSize < 1) throw new VerifyFailure(`checkpoint 1 (size ${this.pending[0].treeSize})`, 'is empty');
  }

  get size(): number {
    return this.tree.size;
  }

  /**
   * Checks the next entry; returns its leaf hash, the interior nodes it completes, and the event in
   * clear when every value is known (to replay), else null.
   */
  entry(e: EntryInput): { leafHash: Hash; nodes: StoredNode[]; clear: LogEvent | null } {
    const seq = this.tree.size + 1;
    const at = `entry ${seq}`;
    const shown = e.event ?? e.committed;
    if (!shown) throw new VerifyFailure(at, 'has no event');
    if (shown.seq !== seq) throw new VerifyFailure(at, shown.seq > seq ? 'is missing' : `is out of order (found seq ${shown.seq})`);
    for (const [path, salt] of e.event ? (e.salts ?? new Map<string, Uint8Array>()) : []) {
      const v = getPath(e.event, path);
      if (v === undefined || v === null) throw new VerifyFailure(at, `has a salt for ${path}, which holds no value`);
      if (salt.length !== 16) throw new VerifyFailure(at, `the salt for ${path} is not 16 bytes`);
    }
    const committed = e.event ? commitEnvelope(e.event, e.salts ?? new Map()) : e.committed!;
    for (const o of e.openings ?? []) {
      if (!openingMatches(committed, o)) throw new VerifyFailure(at, `the opening of ${o.path} does not match its commitment`);
    }
    const opened = e.event ?? openEnvelope(committed, e.openings ?? []);
    const clear = hasCommitments(opened) ? null : opened;
    // The shape of an event can be checked only where its values are known.
    const problem = clear ? this.opts.checkEvent?.(clear) : null;
    if (problem) throw new VerifyFailure(at, `is not a well-formed event: ${problem}`);
    const signer = this.orgKeys.get(e.signer);
    if (!signer) throw new VerifyFailure(at, `is signed by ${e.signer.split('+')[0]}, which is not a published organization key`);
    if (signer.key.orgId !== committed.actorOrg) throw new VerifyFailure(at, `is by '${committed.actorOrg}' but signed with the key of '${signer.key.orgId}'`);
    const bytes = eventBytes(committed);
    if (!verifyEd25519(signer.object, bytes, e.signature)) throw new VerifyFailure(at, `the signature of '${committed.actorOrg}' does not match the event`);
    const leafHash = leafHashOf({ event: committed, signer: e.signer, signature: e.signature }, bytes);
    if (e.leafHash && !sameHash(leafHash, e.leafHash)) throw new VerifyFailure(at, `the stored leaf hash ${b64(e.leafHash)} is not the hash of the entry (${b64(leafHash)})`);
    return { leafHash, nodes: this.push(leafHash), clear };
  }

  /**
   * The next entry known only by its leaf hash (an entry about a record withheld from the reader):
   * it takes its place in the tree, so every root and checkpoint is still checked, but its content
   * and signature are not.
   */
  opaque(leafHash: Uint8Array): { leafHash: Hash; nodes: StoredNode[] } {
    if (leafHash.length !== 32) throw new VerifyFailure(`entry ${this.tree.size + 1}`, 'has no event and no 32-byte leaf hash');
    this.withheld += 1;
    return { leafHash: new Uint8Array(leafHash), nodes: this.push(new Uint8Array(leafHash)) };
  }

  private push(leafHash: Hash): StoredNode[] {
    const nodes = this.tree.push(leafHash);
    while (this.pending[0] && this.pending[0].treeSize === this.tree.size) this.checkpoint(this.pending.shift()!);
    return nodes;
  }

  private checkpoint(c: CheckpointInput): void {
    const at = `checkpoint ${c.number} (size ${c.treeSize})`;
    const note = parseNote(c.note);
    const body = note && parseCheckpointBody(note.text);
    if (!note || !body) throw new VerifyFailure(at, 'is not a well-formed signed checkpoint note');
    if (body.size !== c.treeSize) throw new VerifyFailure(at, `its note says size ${body.size}`);
    if (this.origin !== null && body.origin !== this.origin) throw new VerifyFailure(at, `names origin '${body.origin}', not '${this.origin}'`);
    this.origin = body.origin;
    if (!this.logKeys.some((k) => k.name === body.origin && noteSignedBy(note, k))) {
      throw new VerifyFailure(at, `carries no valid signature by a ${this.opts.trustedLogKeys ? 'trusted' : 'published'} log key for '${body.origin}'`);
    }
    if (c.rootHash && !sameHash(c.rootHash, body.root)) throw new VerifyFailure(at, 'its stored root differs from the root in its note');
    const root = this.tree.root();
    if (!sameHash(root, body.root)) throw new VerifyFailure(at, `signs root ${b64(body.root)} but the entries hash to ${b64(root)}`);
    this.checked += 1;
    this.lastSize = c.treeSize;
  }

  /** After the last entry: every checkpoint reached, and the last one covering every entry. */
  finish(): VerifySummary {
    const next = this.pending[0];
    if (next) throw new VerifyFailure(`checkpoint ${next.number} (size ${next.treeSize})`, `claims more entries than the log holds (${this.tree.size})`);
    if (this.lastSize !== this.tree.size) {
      throw new VerifyFailure(`entry ${this.lastSize + 1}`, `is in no checkpoint: the last checkpoint covers ${this.lastSize} of ${this.tree.size} entries`);
    }
    return { entries: this.tree.size, withheld: this.withheld, checkpoints: this.checked, origin: this.origin, root: b64(this.tree.root()) };
  }
}
