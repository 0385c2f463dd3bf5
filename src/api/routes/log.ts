/**
 * The transparency log, readable by anyone without a token: the latest checkpoint (a C2SP signed
 * note as text/plain, or JSON), the checkpoint history, entries with their signatures, RFC 9162
 * inclusion and consistency proofs from stored subtrees, the public-key directory, and a door for
 * witnesses to hand in cosignatures. Malformed or out-of-range requests are 4xx problems.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { conflict, DomainError, invalid, notFound } from '../../domain/errors.ts';
import { verifyCosignature } from '../../ledger/cosignature.ts';
import { parseNote, parseVkey, SIG_COSIGNATURE_V1 } from '../../ledger/note.ts';
import type { Database } from '../../store/db.ts';
import { checkpointAtSize, insertCosignature, latestCheckpoint, listCheckpoints, cosignaturesFor } from '../../store/log/checkpoints.ts';
import { keyDirectory } from '../../store/log/key-store.ts';
import { consistencyProof, inclusionProof, indexOfLeafHash } from '../../store/log/proofs.ts';
import { checkpointViews, cosignedNote } from '../../store/log/views.ts';
import { logEntriesFor } from '../../store/queries/log-entry-views.ts';
import { clearanceOf } from '../clearance.ts';
import { problemSchema } from '../schemas.ts';
import {
  checkpointOut,
  checkpointsQuery,
  consistencyOut,
  consistencyQuery,
  cosignatureIn,
  cosignatureOut,
  entriesQuery,
  entryOut,
  inclusionOut,
  inclusionQuery,
  keysOut,
} from './log-schemas.ts';

const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };
const MAX_COSIGNATURES = 64;

async function logSize(db: Database): Promise<number> {
  return (await latestCheckpoint(db))?.treeSize ?? 0;
}

function decodeHash(text: string): Buffer {
  const t = text.trim().replace(/ /g, '+');
  const bytes = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(t) ? Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64') : null;
  if (!bytes || bytes.length !== 32) throw invalid('query.leafHash', 'must be a SHA-256 hash in base64, base64url or hex');
  return bytes;
}

const b64 = (b: Buffer): string => b.toString('base64');

function sizeInRange(field: string, value: number, max: number, min = 1): void {
  if (value < min || value > max) throw invalid(`query.${field}`, max < min ? 'the log is empty' : `must be between ${min} and ${max} (the log holds ${max} entries)`);
}

export function logRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/log/checkpoint',
    {
      schema: {
        tags: ['log'],
        summary: 'The latest signed checkpoint: a C2SP signed note (text/plain) with cosignatures, or JSON with Accept: application/json',
        response: { 200: z.union([checkpointOut, z.string()]), ...errors },
      },
    },
    async (req, reply) => {
      const last = await latestCheckpoint(db);
      if (!last) throw new DomainError('not_found', 'the log is empty: no checkpoint has been signed yet');
      const [view] = await checkpointViews(db, [last]);
      if ((req.headers.accept ?? '').includes('application/json')) return view!;
      return reply.type('text/plain; charset=utf-8').send(cosignedNote(view!));
    },
  );
  r.get(
    '/log/checkpoints',
    { schema: { tags: ['log'], summary: 'Checkpoint history in order, from a checkpoint number', querystring: checkpointsQuery, response: { 200: z.object({ items: z.array(checkpointOut) }), ...errors } } },
    async (req) => ({ items: await checkpointViews(db, await listCheckpoints(db, req.query.from, req.query.limit)) }),
  );
  r.get(
    '/log/entries',
    {
      schema: {
        tags: ['log'],
        summary:
          'Log entries start..end (by seq, inclusive): each event as its leaf holds it (classified values as salted commitments) with its signer, signature and leaf hash, and the openings of the values you may read; an entry about a record withheld from you is its leaf hash alone',
        querystring: entriesQuery,
        response: { 200: z.object({ items: z.array(entryOut), treeSize: z.number().int() }), ...errors },
      },
    },
    async (req) => {
      const size = await logSize(db);
      const end = req.query.end ?? Math.min(size, req.query.start + 99);
      sizeInRange('start', req.query.start, size);
      sizeInRange('end', end, size, req.query.start);
      if (end - req.query.start >= 1000) throw invalid('query.end', 'at most 1000 entries per request');
      const items = await logEntriesFor(db, await clearanceOf(db, req), req.query.start, end);
      return { items: items as (Omit<(typeof items)[number], 'event'> & { event: Record<string, unknown> | null })[], treeSize: size };
    },
  );
  r.get(
    '/log/proof/inclusion',
    {
      schema: {
        tags: ['log'],
        summary: 'RFC 9162 inclusion proof of an entry (by seq or leaf hash) in the tree of treeSize entries',
        querystring: inclusionQuery,
        response: { 200: inclusionOut, ...errors },
      },
    },
    async (req) => {
      const size = await logSize(db);
      const treeSize = req.query.treeSize ?? size;
      sizeInRange('treeSize', treeSize, size);
      let index: number;
      if (req.query.leafHash !== undefined) {
        const found = await indexOfLeafHash(db, decodeHash(req.query.leafHash));
        if (found === undefined) throw new DomainError('not_found', 'no entry has this leaf hash', { detail: { kind: 'entry' } });
        index = found;
      } else if (req.query.seq !== undefined) {
        if (req.query.seq < 1) throw invalid('query.seq', 'must be 1 or more');
        if (req.query.seq > size) throw notFound('entry', String(req.query.seq));
        index = req.query.seq - 1;
      } else {
        throw invalid('query', 'give seq or leafHash');
      }
      if (index >= treeSize) throw invalid('query.treeSize', `entry ${index + 1} is not in the tree of ${treeSize} entries`);
      const p = await inclusionProof(db, index, treeSize);
      return {
        seq: index + 1,
        leafIndex: index,
        treeSize,
        leafHash: b64(p.leafHash),
        rootHash: b64(p.rootHash),
        proof: p.proof.map(b64),
        checkpoint: (await checkpointAtSize(db, treeSize))?.note ?? null,
      };
    },
  );
  r.get(
    '/log/proof/consistency',
    {
      schema: { tags: ['log'], summary: 'RFC 9162 consistency proof between the trees of first and second entries', querystring: consistencyQuery, response: { 200: consistencyOut, ...errors } },
    },
    async (req) => {
      const size = await logSize(db);
      const second = req.query.second ?? size;
      if (req.query.first === 0) throw invalid('query.first', 'must be 1 or more: the empty tree is consistent with every tree, there is nothing to prove');
      sizeInRange('second', second, size);
      if (req.query.first > second) throw invalid('query.first', `must not exceed second (${second})`);
      const p = await consistencyProof(db, req.query.first, second);
      return { first: p.first, second: p.second, firstRoot: b64(p.firstRoot), secondRoot: b64(p.secondRoot), proof: p.proof.map(b64) };
    },
  );
  r.get(
    '/log/keys',
    { schema: { tags: ['log'], summary: "The public-key directory: the log's checkpoint key(s) and every organization's signing key", response: { 200: keysOut } } },
    async () => {
      const last = await latestCheckpoint(db);
      const origin = last ? (parseNote(last.note)?.text.split('\n')[0] ?? null) : null;
      return { origin, keys: await keyDirectory(db) };
    },
  );
  r.post(
    '/log/cosignatures',
    {
      schema: {
        tags: ['log'],
        summary: 'A witness hands in its cosignature (C2SP tlog-cosignature v1, Ed25519) of a checkpoint',
        body: cosignatureIn,
        response: { 201: cosignatureOut, 409: problemSchema, ...errors },
      },
    },
    async (req, reply) => {
      const { treeSize, witnessKey, cosignature } = req.body;
      const key = parseVkey(witnessKey);
      if (!key || key.type !== SIG_COSIGNATURE_V1) throw invalid('witnessKey', 'must be a verifier key of signature type 0x04 (name+keyID+base64(0x04 || Ed25519 key))');
      const cp = await checkpointAtSize(db, treeSize);
      if (!cp) throw new DomainError('not_found', `no checkpoint has tree size ${treeSize}`, { detail: { kind: 'checkpoint' } });
      const line = cosignature.endsWith('\n') ? cosignature : `${cosignature}\n`;
      const ok = verifyCosignature(parseNote(cp.note)!.text, line, key);
      if (!ok) throw invalid('cosignature', `does not verify as a cosignature by ${key.name} of the checkpoint at size ${treeSize}`);
      const existing = await cosignaturesFor(db, [treeSize]);
      const mine = existing.some((c) => c.keyName === key.name && c.keyId === key.keyId);
      if (!mine && existing.length >= MAX_COSIGNATURES) throw conflict(`the checkpoint at size ${treeSize} already carries ${MAX_COSIGNATURES} cosignatures`);
      const stored = await insertCosignature(db, { treeSize, keyName: key.name, keyId: key.keyId, witnessKey, signedAt: ok.time, line, receivedAt: new Date().toISOString() });
      return reply.code(201).send({ treeSize, keyName: key.name, signedAt: ok.time, stored });
    },
  );
}
