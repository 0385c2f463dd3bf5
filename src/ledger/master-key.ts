/**
 * The master key that seals every private signing key at rest (AES-256-GCM). It comes from
 * PURL_MASTER_KEY (32 bytes, base64 or hex); when that is unset, from a key file `master.key` in
 * the data folder, created with mode 0600 on first start (and said so); a store with no data folder
 * (in-memory, tests) gets a key that lives as long as the process, like the store itself.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MASTER_KEY_FILE = 'master.key';

export function decodeMasterKey(text: string, from: string): Buffer {
  const t = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : /^[A-Za-z0-9+/]{43}=$/.test(t) ? Buffer.from(t, 'base64') : null;
  if (!bytes || bytes.length !== 32) throw new Error(`${from} must be 32 bytes as 64 hex digits or 44 base64 characters`);
  return bytes;
}

export interface MasterKeySource {
  env?: string | undefined;
  dataDir?: string | undefined;
  log?: (line: string) => void;
}

/** Reads (or, the first time, creates) the master key. Never prints the key itself. */
export function loadMasterKey(src: MasterKeySource): Buffer {
  if (src.env) return decodeMasterKey(src.env, 'PURL_MASTER_KEY');
  if (!src.dataDir) return processKey();
  const file = join(src.dataDir, MASTER_KEY_FILE);
  if (existsSync(file)) {
    if ((statSync(file).mode & 0o077) !== 0) src.log?.(`warning: ${file} is readable by other users; chmod 600 it`);
    return decodeMasterKey(readFileSync(file, 'utf8'), file);
  }
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  src.log?.(`created a master key for the signing keys in ${file} (mode 0600); set PURL_MASTER_KEY to keep it elsewhere, and back it up: without it the stored signing keys cannot be used`);
  return key;
}

let ephemeral: Buffer | undefined;
/** One random key per process, for stores that live no longer than the process. */
function processKey(): Buffer {
  ephemeral ??= randomBytes(32);
  return ephemeral;
}

/** AES-256-GCM: iv (12) || tag (16) || ciphertext, bound to `aad` (the key's name and ID). */
export function seal(masterKey: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', masterKey, iv);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([c.update(plaintext), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

export function unseal(masterKey: Buffer, sealed: Buffer, aad: string): Buffer {
  const d = createDecipheriv('aes-256-gcm', masterKey, sealed.subarray(0, 12));
  d.setAAD(Buffer.from(aad, 'utf8'));
  d.setAuthTag(sealed.subarray(12, 28));
  try {
    return Buffer.concat([d.update(sealed.subarray(28)), d.final()]);
  } catch {
    throw new Error(`cannot unseal the signing key ${aad}: the master key (PURL_MASTER_KEY or ${MASTER_KEY_FILE}) is not the one it was sealed with`);
  }
}
