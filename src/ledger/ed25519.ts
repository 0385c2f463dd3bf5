/** Ed25519 through node:crypto: key pairs, raw 32-byte public keys (RFC 8032 encoding), sign, verify. */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export interface Ed25519Pair {
  publicKey: Buffer; // 32 bytes
  privateKey: KeyObject;
}

export function generateEd25519(): Ed25519Pair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: rawPublicKey(publicKey), privateKey };
}

export const rawPublicKey = (k: KeyObject): Buffer => Buffer.from(k.export({ format: 'jwk' }).x!, 'base64url');

export const publicKeyObject = (raw: Uint8Array): KeyObject =>
  createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });

export const privateKeyToDer = (k: KeyObject): Buffer => k.export({ format: 'der', type: 'pkcs8' });
export const privateKeyFromDer = (der: Buffer): KeyObject => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });

export const signEd25519 = (key: KeyObject, message: Uint8Array): Buffer => sign(null, message, key);

export function verifyEd25519(key: KeyObject, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  try {
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}
