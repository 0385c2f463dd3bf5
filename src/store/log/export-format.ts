/**
 * The transparency log as an export carries it, after the events: the public keys, one leaf per
 * event (signer, signature, and the salts of the values it commits to, by path; the leaf hash is
 * recomputed, never trusted), and every checkpoint
 * with its cosignatures. Private keys never leave the store. Parsing here checks shapes only;
 * src/store/log/import-log.ts and `purl verify` check the cryptography.
 */
import { z } from 'zod';

const b64 = (bytes: number) => z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64').refine((s) => Buffer.from(s, 'base64').length === bytes, `must be ${bytes} bytes in base64`);

export const exportedKey = z.object({
  name: z.string().min(1).max(300),
  keyId: z.string().regex(/^[0-9a-f]{8}$/, 'must be 8 hex digits'),
  purpose: z.enum(['log', 'org']),
  orgId: z.string().max(200).nullable(),
  vkey: z.string().max(600),
  createdAt: z.string(),
});

export const exportedLeaf = z.object({
  seq: z.number().int().positive(),
  signer: z.string().min(1).max(600),
  signature: b64(64),
  salts: z.record(z.string().min(1).max(200), b64(16)).optional(),
});

export const exportedCosignature = z.object({
  witnessKey: z.string().min(1).max(600),
  line: z.string().min(1).max(1000),
  signedAt: z.number().int().nonnegative(),
  receivedAt: z.string(),
});

export const exportedCheckpoint = z.object({
  number: z.number().int().positive(),
  treeSize: z.number().int().positive(),
  note: z.string().min(1).max(10_000),
  cosignatures: z.array(exportedCosignature).max(64),
});

export const exportedLog = z.object({
  keys: z.array(exportedKey),
  checkpoints: z.array(exportedCheckpoint),
  leaves: z.array(exportedLeaf),
});

export type ExportedKey = z.infer<typeof exportedKey>;
export type ExportedLeaf = z.infer<typeof exportedLeaf>;
export type ExportedCheckpoint = z.infer<typeof exportedCheckpoint>;
export type ExportedLog = z.infer<typeof exportedLog>;
