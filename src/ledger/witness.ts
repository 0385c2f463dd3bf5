/**
 * A witness (C2SP tlog-witness semantics, driven from the witness's side): it fetches the log's
 * latest checkpoint, checks the log key's signature, checks consistency with the last checkpoint it
 * saw (a consistency proof from the log, verified per RFC 9162), records the new checkpoint, and
 * only then cosigns it (tlog-cosignature v1) and hands the cosignature back. A smaller tree than it
 * saw is a rollback; the same size with another root, or a failed proof, is a fork: both are alarms.
 */
import type { KeyObject } from 'node:crypto';
import { cosign } from './cosignature.ts';
import { verifyConsistency } from './merkle.ts';
import { noteSignedBy, parseCheckpointBody, parseNote, parseVkey, type VerifierKey } from './note.ts';

export interface WitnessState {
  origin: string;
  /** The log key this witness trusts, as a vkey. */
  logKey: string;
  treeSize: number;
  rootHash: string; // base64
  note: string;
  cosignedAt: number;
}

export interface WitnessIdentity {
  name: string;
  vkey: string;
  publicKey: Buffer;
  privateKey: KeyObject;
}

export interface LogClient {
  /** The latest checkpoint note, or null when the log is empty. */
  checkpoint(): Promise<string | null>;
  /** The log's published log keys (vkeys), to trust on first use. */
  logKeys(): Promise<string[]>;
  consistency(first: number, second: number): Promise<Buffer[]>;
  submit(treeSize: number, witnessKey: string, line: string): Promise<void>;
}

export class WitnessAlarm extends Error {}

export type WitnessOutcome =
  | { kind: 'empty' }
  | { kind: 'unchanged'; state: WitnessState }
  | { kind: 'cosigned'; state: WitnessState; line: string; previous: number | null; trusted: string | null };

/** One round: returns the new state to keep (already cosigned), or throws a WitnessAlarm. */
export async function witnessOnce(
  log: LogClient,
  me: WitnessIdentity,
  state: WitnessState | null,
  opts: { logKey?: string | undefined; now?: () => number; save: (s: WitnessState) => Promise<void> },
): Promise<WitnessOutcome> {
  const note = await log.checkpoint();
  if (note === null) return { kind: 'empty' };
  const parsed = parseNote(note);
  const body = parsed && parseCheckpointBody(parsed.text);
  if (!parsed || !body) throw new WitnessAlarm('the log served a checkpoint that is not a well-formed signed note');
  if (state && body.origin !== state.origin) throw new WitnessAlarm(`the log now calls itself '${body.origin}', not '${state.origin}'`);

  let trusted: string | null = null;
  // A key given explicitly wins over the one kept: that is how an operator accepts a new log key
  // (a log moved to another server signs with a key made there), after checking it out of band.
  // Consistency with what this witness saw is still required below, whatever the key.
  let keyText = opts.logKey ?? state?.logKey;
  if (opts.logKey && state && opts.logKey !== state.logKey) trusted = opts.logKey;
  if (!keyText) {
    // Trust on first use: the published log key that signed this checkpoint.
    keyText = (await log.logKeys()).find((k) => {
      const v = parseVkey(k);
      return v && v.name === body.origin && noteSignedBy(parsed, v);
    });
    if (!keyText) throw new WitnessAlarm(`no published log key for '${body.origin}' signs the latest checkpoint`);
    trusted = keyText;
  }
  const key: VerifierKey | null = parseVkey(keyText);
  if (!key || !noteSignedBy(parsed, key)) throw new WitnessAlarm(`the latest checkpoint (size ${body.size}) is not signed by the log key ${keyText.split('+')[0]}+${keyText.split('+')[1]}`);

  const root = body.root.toString('base64');
  if (state) {
    if (body.size < state.treeSize) throw new WitnessAlarm(`ROLLBACK: the log shows ${body.size} entries, but this witness has seen a checkpoint of ${state.treeSize}`);
    if (body.size === state.treeSize) {
      if (root !== state.rootHash) throw new WitnessAlarm(`FORK: two checkpoints of size ${body.size} with different roots (${state.rootHash} seen before, ${root} now)`);
      return { kind: 'unchanged', state };
    }
    if (state.treeSize > 0) {
      const proof = await log.consistency(state.treeSize, body.size);
      if (!verifyConsistency(state.treeSize, body.size, proof, Buffer.from(state.rootHash, 'base64'), body.root)) {
        throw new WitnessAlarm(`FORK: the checkpoint of size ${body.size} is not consistent with the one of size ${state.treeSize} this witness saw`);
      }
    }
  }
  const time = Math.floor((opts.now ?? Date.now)() / 1000);
  const next: WitnessState = { origin: body.origin, logKey: keyText, treeSize: body.size, rootHash: root, note, cosignedAt: time };
  // Record the checkpoint before vouching for it, so a crash never cosigns twice at different sizes.
  await opts.save(next);
  const line = cosign(parsed.text, me.name, me.publicKey, me.privateKey, time);
  await log.submit(body.size, me.vkey, line);
  return { kind: 'cosigned', state: next, line, previous: state?.treeSize ?? null, trusted };
}
