/** Request and response shapes of the transparency log routes (src/api/routes/log.ts). */
import { z } from 'zod';

const b64 = z.string().describe('base64 (RFC 4648 section 4)');

export const checkpointOut = z
  .object({
    number: z.number().int().describe('checkpoints are numbered 1, 2, ... without gaps'),
    treeSize: z.number().int(),
    origin: z.string(),
    rootHash: b64,
    time: z.string().nullable(),
    note: z.string().describe('the C2SP signed note (tlog-checkpoint), signed by the log key'),
    cosignatures: z.array(z.object({ keyName: z.string(), witnessKey: z.string(), signedAt: z.number().int(), line: z.string() })),
  })
  .meta({ id: 'Checkpoint', description: 'A signed tree head of the transparency log, with witness cosignatures' });

export const entryOut = z
  .object({
    seq: z.number().int(),
    leafIndex: z.number().int().describe('seq - 1'),
    event: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe(
        'the event as its leaf holds it: classified values (and the request hash) replaced by {"$commitment": base64(SHA-256("purl-ledger/commitment/v1\\n" || salt || JCS(value)))}; its RFC 8785 canonical JSON is what the organization signed. Null for an entry about a record withheld from you',
      ),
    openings: z
      .array(z.object({ path: z.string(), salt: b64, value: z.unknown() }))
      .describe('the values you may read: put each back at its path after checking it against the commitment there'),
    signer: z.string().nullable().describe('the signing key as a C2SP verifier key (null when the entry is withheld from you)'),
    signature: b64.nullable(),
    leafHash: b64.describe('SHA-256(0x00 || JCS({event, signer, signature}))'),
  })
  .meta({ id: 'LogEntry' });

export const inclusionOut = z
  .object({
    seq: z.number().int(),
    leafIndex: z.number().int(),
    treeSize: z.number().int(),
    leafHash: b64,
    rootHash: b64,
    proof: z.array(b64).describe('RFC 9162 section 2.1.3 inclusion path, leaf side first'),
    checkpoint: z.string().nullable().describe('the signed checkpoint at treeSize, when one was issued at that size'),
  })
  .meta({ id: 'InclusionProof' });

export const consistencyOut = z
  .object({
    first: z.number().int(),
    second: z.number().int(),
    firstRoot: b64,
    secondRoot: b64,
    proof: z.array(b64).describe('RFC 9162 section 2.1.4 consistency proof'),
  })
  .meta({ id: 'ConsistencyProof' });

export const keysOut = z
  .object({
    origin: z.string().nullable(),
    keys: z.array(
      z.object({
        name: z.string(),
        keyId: z.string(),
        purpose: z.enum(['log', 'org']),
        orgId: z.string().nullable(),
        vkey: z.string().describe('C2SP verifier key: name+keyID+base64(0x01 || Ed25519 public key)'),
        createdAt: z.string(),
        held: z.boolean().describe('false for keys that came with an imported log: this server cannot sign with them'),
      }),
    ),
  })
  .meta({ id: 'LogKeys' });

const size = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const inclusionQuery = z.object({
  seq: size.optional(),
  leafHash: z.string().max(100).optional().describe('base64, base64url or hex'),
  treeSize: size.optional().describe('defaults to the latest checkpoint'),
});
export const consistencyQuery = z.object({ first: size, second: size.optional().describe('defaults to the latest checkpoint') });
export const entriesQuery = z.object({ start: size.default(1), end: size.optional().describe('inclusive; at most 1000 entries per page') });
export const checkpointsQuery = z.object({ from: size.default(1), limit: z.coerce.number().int().min(1).max(1000).default(100) });

export const cosignatureIn = z.object({
  treeSize: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  witnessKey: z.string().min(1).max(600).describe('the witness verifier key, signature type 0x04 (tlog-cosignature)'),
  cosignature: z.string().min(1).max(1000).describe('the note signature line "— name base64(keyID || timestamp || signature)"'),
});
export const cosignatureOut = z.object({ treeSize: z.number().int(), keyName: z.string(), signedAt: z.number().int(), stored: z.boolean() });
