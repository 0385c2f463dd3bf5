/**
 * C2SP tlog-cosignature v1 with Ed25519 (signature type 0x04): a witness's statement that, at a
 * time, this checkpoint is the largest consistent one it has seen. The signed message is
 * "cosignature/v1\ntime <t>\n" followed by the checkpoint's note text; the signature is
 * u64 big-endian timestamp || 64-byte Ed25519 signature, behind the 4-byte key ID.
 */
import type { KeyObject } from 'node:crypto';
import { publicKeyObject, signEd25519, verifyEd25519 } from './ed25519.ts';
import { keyId, parseSignatureLine, SIG_COSIGNATURE_V1, signatureLine, type VerifierKey } from './note.ts';

export const cosignedMessage = (checkpointText: string, time: number): Buffer =>
  Buffer.from(`cosignature/v1\ntime ${time}\n${checkpointText}`, 'utf8');

/** A cosignature line for `checkpointText` (the note text, without signatures). */
export function cosign(checkpointText: string, name: string, publicKey: Uint8Array, privateKey: KeyObject, time: number): string {
  const ts = Buffer.alloc(8);
  ts.writeBigUInt64BE(BigInt(time));
  const sig = signEd25519(privateKey, cosignedMessage(checkpointText, time));
  return signatureLine(name, keyId(name, SIG_COSIGNATURE_V1, publicKey), Buffer.concat([ts, sig]));
}

/** Checks one cosignature line against a witness key; returns its timestamp, or null when invalid. */
export function verifyCosignature(checkpointText: string, line: string, key: VerifierKey): { time: number } | null {
  if (key.type !== SIG_COSIGNATURE_V1) return null;
  const s = parseSignatureLine(line.replace(/\n$/, ''));
  if (!s || s.name !== key.name || s.keyId !== key.keyId || s.signature.length !== 72) return null;
  const time = s.signature.readBigUInt64BE(0);
  if (time > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const ok = verifyEd25519(publicKeyObject(key.publicKey), cosignedMessage(checkpointText, Number(time)), s.signature.subarray(8));
  return ok ? { time: Number(time) } : null;
}
