/**
 * `purl verify --server URL`: a log checked from another machine through its public API only: the
 * published keys, every checkpoint, every entry (checked and hashed locally by the LogVerifier),
 * the server's RFC 9162 consistency proof between each checkpoint and the next and its inclusion
 * proofs for the first and last entries (checked against the signed roots), every opening of a
 * classified value it is given against its commitment, and, when every value of every entry was
 * opened to this reader, a replay of the events into fresh projections.
 */
import { z } from 'zod';
import { eventProblem } from '../../store/import.ts';
import type { LogEvent } from '../leaf.ts';
import { verifyConsistency, verifyInclusion } from '../merkle.ts';
import { parseCheckpointBody, parseNote } from '../note.ts';
import { checkCosignatures } from './cosignatures.ts';
import type { VerifyOptions, VerifyReport } from './from-store.ts';
import { replayProjections } from './replay.ts';
import { LogVerifier, VerifyFailure, type CheckpointInput } from './verifier.ts';

const keysIn = z.object({ keys: z.array(z.object({ name: z.string(), keyId: z.string(), purpose: z.enum(['log', 'org']), orgId: z.string().nullable(), vkey: z.string() })) });
const checkpointsIn = z.object({
  items: z.array(
    z.object({
      number: z.number(),
      treeSize: z.number(),
      note: z.string(),
      cosignatures: z.array(z.object({ witnessKey: z.string(), line: z.string() })),
    }),
  ),
});
const entriesIn = z.object({
  items: z.array(
    z.object({
      seq: z.number(),
      event: z.record(z.string(), z.unknown()).nullable(),
      openings: z.array(z.object({ path: z.string(), salt: z.string(), value: z.unknown() })).default([]),
      signer: z.string().nullable(),
      signature: z.string().nullable(),
      leafHash: z.string(),
    }),
  ),
});
const proofIn = z.object({ proof: z.array(z.string()), rootHash: z.string().optional(), leafHash: z.string().optional() });

const b64 = (s: string): Buffer => Buffer.from(s, 'base64');

export async function getJson<T>(base: string, path: string, schema: z.ZodType<T>, fetcher: typeof fetch = fetch): Promise<T> {
  let res: Response;
  try {
    res = await fetcher(new URL(path, base), { headers: { accept: 'application/json' } });
  } catch (err) {
    throw new VerifyFailure('server', `cannot reach ${base}: ${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}`);
  }
  const text = await res.text();
  if (!res.ok) throw new VerifyFailure('server', `GET ${path} answered ${res.status}: ${text.slice(0, 200)}`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new VerifyFailure('server', `GET ${path} did not answer JSON`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new VerifyFailure('server', `GET ${path} answered an unexpected shape: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

export async function verifyServer(base: string, opts: VerifyOptions & { fetcher?: typeof fetch } = {}): Promise<VerifyReport> {
  const get = <T>(path: string, schema: z.ZodType<T>) => getJson(base, path, schema, opts.fetcher);
  const { keys } = await get('/log/keys', keysIn);
  const checkpoints: (CheckpointInput & { cosignatures: { witnessKey: string; line: string }[] })[] = [];
  for (;;) {
    const page = await get(`/log/checkpoints?from=${checkpoints.length + 1}&limit=1000`, checkpointsIn);
    checkpoints.push(...page.items);
    if (page.items.length < 1000) break;
  }
  const verifier = new LogVerifier(keys, checkpoints, { checkEvent: (e) => eventProblem(e, e.seq - 1), trustedLogKeys: opts.trustedLogKeys });
  const size = checkpoints[checkpoints.length - 1]?.treeSize ?? 0;
  const events: LogEvent[] = [];
  let unreadable = 0;
  const leafHashes = new Map<number, Buffer>();
  for (let start = 1; start <= size; start += 1000) {
    const page = await get(`/log/entries?start=${start}&end=${Math.min(size, start + 999)}`, entriesIn);
    for (const e of page.items) {
      // An entry withheld from this reader is its leaf hash alone; else the event as its leaf holds
      // it, signed, with the openings of the values this reader may see, each checked.
      if (e.event === null || e.signer === null || e.signature === null) {
        if (e.event !== null || e.signer !== null || e.signature !== null) throw new VerifyFailure(`entry ${e.seq}`, 'is partly withheld: an entry has an event, signer and signature, or none of them');
        verifier.opaque(b64(e.leafHash));
        if (e.seq === 1 || e.seq === size) leafHashes.set(e.seq, b64(e.leafHash));
        unreadable += 1;
        continue;
      }
      const committed = e.event as unknown as LogEvent;
      const r = verifier.entry({ committed, openings: e.openings, signer: e.signer, signature: b64(e.signature), leafHash: b64(e.leafHash) });
      if (e.seq === 1 || e.seq === size) leafHashes.set(e.seq, Buffer.from(r.leafHash));
      if (r.clear) events.push(r.clear);
      else unreadable += 1;
    }
    if (page.items.length === 0) break;
  }
  const summary = verifier.finish();
  // The server's own proofs must agree with the roots its log key signed.
  const roots = checkpoints.map((c) => parseCheckpointBody(parseNote(c.note)!.text)!.root);
  for (let i = 1; i < checkpoints.length; i++) {
    const [a, b] = [checkpoints[i - 1]!, checkpoints[i]!];
    const p = await get(`/log/proof/consistency?first=${a.treeSize}&second=${b.treeSize}`, proofIn);
    if (!verifyConsistency(a.treeSize, b.treeSize, p.proof.map(b64), roots[i - 1]!, roots[i]!)) {
      throw new VerifyFailure(`checkpoint ${b.number} (size ${b.treeSize})`, `the server's consistency proof from checkpoint ${a.number} does not verify`);
    }
  }
  for (const seq of size > 0 ? [...new Set([1, size])] : []) {
    const p = await get(`/log/proof/inclusion?seq=${seq}&treeSize=${size}`, proofIn);
    if (!verifyInclusion(seq - 1, size, leafHashes.get(seq)!, p.proof.map(b64), roots[roots.length - 1]!)) {
      throw new VerifyFailure(`entry ${seq}`, `the server's inclusion proof in checkpoint ${checkpoints.length} does not verify`);
    }
  }
  const notes = new Map(checkpoints.map((c) => [c.treeSize, c.note]));
  const cosignatures = checkCosignatures(notes, checkpoints.flatMap((c) => c.cosignatures.map((s) => ({ treeSize: c.treeSize, ...s }))), opts.trustedWitnesses);
  // The projections can be replayed only from every event in clear.
  if (opts.replay === false || unreadable > 0) return { ...summary, cosignatures, projections: 'not checked', unreadable };
  await replayProjections(async (take) => {
    for (let i = 0; i < events.length; i += 1000) await take(events.slice(i, i + 1000));
  });
  return { ...summary, cosignatures, projections: 'replayed', unreadable };
}
