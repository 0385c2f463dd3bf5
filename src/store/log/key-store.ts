/**
 * The signing keys the server holds: one Ed25519 key per organization (made when the organization
 * is registered, or when it first acts) and the log's checkpoint key. Private keys are stored sealed
 * under the master key and unsealed only to sign inside the writer transaction; they are never
 * logged or exported. Keys that came with an imported log are public only: the next act of that
 * organization gets a fresh key, visible in the log as a new signer.
 */
import type { KeyObject } from 'node:crypto';
import { generateEd25519, privateKeyFromDer, privateKeyToDer } from '../../ledger/ed25519.ts';
import { seal, unseal } from '../../ledger/master-key.ts';
import { encodeVkey, keyId, SIG_ED25519 } from '../../ledger/note.ts';
import type { Queryable } from '../db.ts';
import type { LedgerConfig } from './ledger-config.ts';

export type KeyPurpose = 'log' | 'org';

export interface SigningKey {
  name: string;
  keyId: string;
  vkey: string;
  publicKey: Buffer;
  privateKey: KeyObject;
}

export interface DirectoryKey {
  name: string;
  keyId: string;
  purpose: KeyPurpose;
  orgId: string | null;
  vkey: string;
  createdAt: string;
  /** False for keys that came with an imported log: this server cannot sign with them. */
  held: boolean;
}

interface KeyRow {
  key_name: string;
  key_id: string;
  purpose: KeyPurpose;
  org_id: string | null;
  public_key: Uint8Array;
  private_key: Uint8Array | null;
  created_at: Date | string;
}

const aad = (name: string, id: string) => `${name}+${id}`;

async function findHeld(q: Queryable, purpose: KeyPurpose, match: string): Promise<KeyRow | undefined> {
  const column = purpose === 'log' ? 'key_name' : 'org_id';
  const rows = await q.query<KeyRow>(
    `SELECT * FROM log_keys WHERE purpose = $1 AND ${column} = $2 AND private_key IS NOT NULL ORDER BY created_at DESC, key_id LIMIT 1`,
    [purpose, match],
  );
  return rows[0];
}

function toSigningKey(cfg: LedgerConfig, r: KeyRow): SigningKey {
  const publicKey = Buffer.from(r.public_key);
  const sealed = Buffer.from(r.private_key!);
  const cache = (cfg.keyCache ??= new Map());
  const cacheKey = `${aad(r.key_name, r.key_id)}:${sealed.toString('base64')}`;
  let privateKey = cache.get(cacheKey);
  if (!privateKey) {
    privateKey = privateKeyFromDer(unseal(cfg.masterKey, sealed, aad(r.key_name, r.key_id)));
    cache.set(cacheKey, privateKey);
  }
  return { name: r.key_name, keyId: r.key_id, vkey: encodeVkey(r.key_name, SIG_ED25519, publicKey), publicKey, privateKey };
}

async function create(q: Queryable, cfg: LedgerConfig, purpose: KeyPurpose, name: string, orgId: string | null, now: Date): Promise<SigningKey> {
  const pair = generateEd25519();
  const id = keyId(name, SIG_ED25519, pair.publicKey).toString('hex');
  const sealed = seal(cfg.masterKey, privateKeyToDer(pair.privateKey), aad(name, id));
  await q.query(
    'INSERT INTO log_keys (key_name, key_id, purpose, org_id, public_key, private_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [name, id, purpose, orgId, pair.publicKey, sealed, now.toISOString()],
  );
  return { name, keyId: id, vkey: encodeVkey(name, SIG_ED25519, pair.publicKey), publicKey: pair.publicKey, privateKey: pair.privateKey };
}

export const orgKeyName = (origin: string, orgId: string): string => `${origin}/org/${orgId}`;

/** The key an organization signs with, made on first need. */
export async function orgSigningKey(q: Queryable, cfg: LedgerConfig, origin: string, orgId: string, now: Date): Promise<SigningKey> {
  const row = await findHeld(q, 'org', orgId);
  return row ? toSigningKey(cfg, row) : create(q, cfg, 'org', orgKeyName(origin, orgId), orgId, now);
}

/** The log's checkpoint key; its name is the origin, as C2SP recommends. */
export async function logSigningKey(q: Queryable, cfg: LedgerConfig, origin: string, now: Date): Promise<SigningKey> {
  const row = await findHeld(q, 'log', origin);
  return row ? toSigningKey(cfg, row) : create(q, cfg, 'log', origin, null, now);
}

/** Records a public key that came with an imported log (no private part). */
export async function addPublicKey(q: Queryable, k: Omit<DirectoryKey, 'held' | 'vkey'> & { publicKey: Uint8Array }): Promise<void> {
  await q.query(
    `INSERT INTO log_keys (key_name, key_id, purpose, org_id, public_key, private_key, created_at) VALUES ($1, $2, $3, $4, $5, NULL, $6)
     ON CONFLICT (key_name, key_id) DO NOTHING`,
    [k.name, k.keyId, k.purpose, k.orgId, Buffer.from(k.publicKey), k.createdAt],
  );
}

/** The public-key directory: every key that has signed, or may sign, entries or checkpoints. */
export async function keyDirectory(q: Queryable): Promise<DirectoryKey[]> {
  const rows = await q.query<KeyRow>('SELECT * FROM log_keys ORDER BY purpose, created_at, key_name, key_id');
  return rows.map((r) => ({
    name: r.key_name,
    keyId: r.key_id,
    purpose: r.purpose,
    orgId: r.org_id,
    vkey: encodeVkey(r.key_name, SIG_ED25519, Buffer.from(r.public_key)),
    createdAt: new Date(r.created_at).toISOString(),
    held: r.private_key !== null,
  }));
}
