/**
 * Proves the witness's rules on a log simulated in memory: it trusts the published log key on first
 * use and cosigns; it cosigns a larger checkpoint only after verifying the consistency proof, saving
 * its state before it cosigns; and it raises an alarm, without saving or cosigning, on a smaller tree
 * (rollback), on the same size with another root, on a proof that does not verify (fork), and on a
 * checkpoint not signed by the log key it trusts; a new log key (a log moved to another server) is
 * accepted only when the operator names it, and never excuses an inconsistent history.
 */
import { describe, expect, it } from 'vitest';
import { verifyCosignature } from './cosignature.ts';
import { generateEd25519 } from './ed25519.ts';
import { hashLeaf, rootFromLeafHashes, type Hash } from './merkle.ts';
import { encodeVkey, formatCheckpointBody, formatNote, parseNote, parseVkey, SIG_COSIGNATURE_V1, SIG_ED25519, signNoteText } from './note.ts';
import { consistencyRanges, rangeHash } from './subtrees.ts';
import { WitnessAlarm, witnessOnce, type LogClient, type WitnessState } from './witness.ts';

const ORIGIN = 'log.test/purl';
const logKey = generateEd25519();
const logVkey = encodeVkey(ORIGIN, SIG_ED25519, logKey.publicKey);
const w = generateEd25519();
const me = { name: 'witness.test/w', vkey: encodeVkey('witness.test/w', SIG_COSIGNATURE_V1, w.publicKey), publicKey: w.publicKey, privateKey: w.privateKey };

/** A log of `n` leaves whose served checkpoint, proofs and signer a test can falsify. */
function fakeLog(leaves: Hash[], tweak: { size?: number; root?: Hash; proof?: (p: Buffer[]) => Buffer[]; signer?: ReturnType<typeof generateEd25519> } = {}) {
  const submitted: { treeSize: number; line: string }[] = [];
  const size = tweak.size ?? leaves.length;
  const text = formatCheckpointBody(ORIGIN, size, tweak.root ?? rootFromLeafHashes(leaves.slice(0, size)));
  const signer = tweak.signer ?? logKey;
  const client: LogClient = {
    checkpoint: async () => formatNote(text, [signNoteText(text, ORIGIN, signer.publicKey, signer.privateKey)]),
    logKeys: async () => [logVkey],
    consistency: async (first, second) => {
      const p = consistencyRanges(first, second).map((r) => Buffer.from(rangeHash(r, (n) => rootFromLeafHashes(leaves.slice(n.index * 2 ** n.level, (n.index + 1) * 2 ** n.level)))));
      return tweak.proof ? tweak.proof(p) : p;
    },
    submit: async (treeSize, _key, line) => void submitted.push({ treeSize, line }),
  };
  return { client, submitted, text };
}

const leaves = Array.from({ length: 40 }, (_, i) => hashLeaf(Buffer.from(`entry ${i}`)));

async function round(log: ReturnType<typeof fakeLog>, state: WitnessState | null) {
  const saved: WitnessState[] = [];
  const out = await witnessOnce(log.client, me, state, { save: async (s) => void saved.push(s), now: () => 1_764_000_000_000 });
  return { out, saved };
}

describe('witnessOnce', () => {
  it('trusts the published log key on first use, saves, then cosigns', async () => {
    const log = fakeLog(leaves.slice(0, 10));
    const { out, saved } = await round(log, null);
    expect(out).toMatchObject({ kind: 'cosigned', trusted: logVkey, state: { treeSize: 10, logKey: logVkey, origin: ORIGIN } });
    expect(saved).toHaveLength(1);
    expect(verifyCosignature(log.text, log.submitted[0]!.line, parseVkey(me.vkey)!)).toEqual({ time: 1_764_000_000 });
  });

  it('cosigns a larger checkpoint after verifying consistency, and nothing when unchanged', async () => {
    const first = (await round(fakeLog(leaves.slice(0, 10)), null)).out as { state: WitnessState };
    for (const n of [11, 16, 17, 40]) {
      const log = fakeLog(leaves.slice(0, n));
      const { out } = await round(log, first.state);
      expect(out).toMatchObject({ kind: 'cosigned', previous: 10, state: { treeSize: n } });
      expect(log.submitted).toHaveLength(1);
    }
    const same = fakeLog(leaves.slice(0, 10));
    expect((await round(same, first.state)).out.kind).toBe('unchanged');
    expect(same.submitted).toHaveLength(0);
  });

  const alarms: [string, (s: WitnessState) => ReturnType<typeof fakeLog>, RegExp][] = [
    ['a rollback', () => fakeLog(leaves.slice(0, 8)), /ROLLBACK: the log shows 8 entries, but this witness has seen a checkpoint of 10/],
    ['the same size with another root', () => fakeLog(leaves.slice(0, 10), { root: Buffer.alloc(32, 1) }), /FORK: two checkpoints of size 10/],
    ['a rewritten history', () => fakeLog([leaves[39]!, ...leaves.slice(1, 20)]), /FORK: the checkpoint of size 20 is not consistent with the one of size 10/],
    ['a doctored proof', () => fakeLog(leaves.slice(0, 20), { proof: (p) => p.slice(1) }), /FORK: the checkpoint of size 20/],
    ['another signer', () => fakeLog(leaves.slice(0, 20), { signer: generateEd25519() }), /is not signed by the log key/],
  ];
  it.each(alarms)('raises an alarm on %s, saving and cosigning nothing', async (_what, make, message) => {
    const start = (await round(fakeLog(leaves.slice(0, 10)), null)).out as { state: WitnessState };
    const log = make(start.state);
    const saved: WitnessState[] = [];
    await expect(witnessOnce(log.client, me, start.state, { save: async (s) => void saved.push(s) })).rejects.toThrow(WitnessAlarm);
    await expect(witnessOnce(log.client, me, start.state, { save: async (s) => void saved.push(s) })).rejects.toThrow(message);
    expect(saved).toEqual([]);
    expect(log.submitted).toEqual([]);
    expect(parseNote((await log.client.checkpoint())!)).not.toBeNull();
  });

  it('accepts a new log key only when given explicitly, and still requires consistency with what it saw', async () => {
    const start = (await round(fakeLog(leaves.slice(0, 10)), null)).out as { state: WitnessState };
    const moved = generateEd25519();
    const movedVkey = encodeVkey(ORIGIN, SIG_ED25519, moved.publicKey);
    const save = async () => undefined;
    // Kept key, new signer: an alarm.
    await expect(witnessOnce(fakeLog(leaves.slice(0, 20), { signer: moved }).client, me, start.state, { save })).rejects.toThrow(/is not signed by the log key/);
    // The operator accepts the new key: cosigned, and the new key is kept.
    const accepted = fakeLog(leaves.slice(0, 20), { signer: moved });
    const out = await witnessOnce(accepted.client, me, start.state, { logKey: movedVkey, save });
    expect(out).toMatchObject({ kind: 'cosigned', trusted: movedVkey, previous: 10, state: { treeSize: 20, logKey: movedVkey } });
    expect(accepted.submitted).toHaveLength(1);
    // A new key does not excuse a rewritten history.
    const rewritten = fakeLog([leaves[39]!, ...leaves.slice(1, 20)], { signer: moved });
    await expect(witnessOnce(rewritten.client, me, start.state, { logKey: movedVkey, save })).rejects.toThrow(/FORK: the checkpoint of size 20 is not consistent/);
    expect(rewritten.submitted).toEqual([]);
  });
});
