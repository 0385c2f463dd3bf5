/**
 * C2SP signed notes (signed-note@v1.0.0) with Ed25519 signatures, and the checkpoint body of
 * tlog-checkpoint@v1.0.0. A key is named by a text name and a 4-byte key ID,
 * SHA-256(name || 0x0A || type || public key)[:4]; a verifier key ("vkey") is
 * name+hex(keyID)+base64(type || public key). A note is its text, a blank line, and signature lines
 * "— name base64(keyID || signature)".
 */
import { createHash, type KeyObject } from 'node:crypto';
import { publicKeyObject, signEd25519, verifyEd25519 } from './ed25519.ts';

export const SIG_ED25519 = 0x01;
export const SIG_COSIGNATURE_V1 = 0x04;

export function keyId(name: string, type: number, publicKey: Uint8Array): Buffer {
  return createHash('sha256').update(name, 'utf8').update(Uint8Array.of(0x0a, type)).update(publicKey).digest().subarray(0, 4);
}

export interface VerifierKey {
  name: string;
  keyId: string; // 8 lowercase hex digits
  type: number;
  publicKey: Buffer;
}

const validKeyName = (name: string): boolean => name.length > 0 && !/[\s+]/u.test(name);

export function encodeVkey(name: string, type: number, publicKey: Uint8Array): string {
  if (!validKeyName(name)) throw new Error(`invalid key name '${name}'`);
  return `${name}+${keyId(name, type, publicKey).toString('hex')}+${Buffer.concat([Uint8Array.of(type), publicKey]).toString('base64')}`;
}

/** Parses a vkey; null when it is malformed or its key ID does not match its key. */
export function parseVkey(text: string): VerifierKey | null {
  // The name holds no '+', the ID is hex; the base64 after them may itself contain '+'.
  const m = /^([^+]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+={0,2})$/.exec(text);
  if (!m) return null;
  const [, name, id, material] = m as unknown as [string, string, string, string];
  if (!validKeyName(name)) return null;
  const bytes = Buffer.from(material, 'base64');
  if (bytes.length !== 33) return null;
  const type = bytes[0]!;
  const publicKey = bytes.subarray(1);
  if (keyId(name, type, publicKey).toString('hex') !== id) return null;
  return { name, keyId: id, type, publicKey };
}

export interface NoteSignature {
  name: string;
  keyId: string;
  /** The signature bytes after the 4-byte key ID. */
  signature: Buffer;
}

export interface Note {
  text: string;
  signatures: NoteSignature[];
}

const SIG_LINE = /^\u2014 (\S+) ([A-Za-z0-9+/]+={0,2})$/u;
export const MAX_SIGNATURES = 64;

export function parseSignatureLine(line: string): NoteSignature | null {
  const m = SIG_LINE.exec(line);
  if (!m || m[1]!.includes('+')) return null;
  const raw = Buffer.from(m[2]!, 'base64');
  if (raw.length < 5) return null;
  return { name: m[1]!, keyId: raw.subarray(0, 4).toString('hex'), signature: raw.subarray(4) };
}

/** Splits a signed note into its text and signature lines; null when it is not a well-formed note. */
export function parseNote(note: string): Note | null {
  // No ASCII control characters other than newline.
  if ([...note].some((ch) => ch < ' ' && ch !== '\n') || !note.endsWith('\n')) return null;
  const cut = note.lastIndexOf('\n\n');
  if (cut < 0) return null;
  const text = note.slice(0, cut + 1);
  const lines = note.slice(cut + 2, -1).split('\n');
  if (lines.length === 0 || lines.length > MAX_SIGNATURES) return null;
  const signatures: NoteSignature[] = [];
  for (const line of lines) {
    const s = parseSignatureLine(line);
    if (!s) return null;
    signatures.push(s);
  }
  return { text, signatures };
}

export function signatureLine(name: string, id: Uint8Array, signature: Uint8Array): string {
  return `\u2014 ${name} ${Buffer.concat([id, signature]).toString('base64')}\n`;
}

/** Signs note text (ending in a newline) with an Ed25519 key: one signature line. */
export function signNoteText(text: string, name: string, publicKey: Uint8Array, privateKey: KeyObject): string {
  const sig = signEd25519(privateKey, Buffer.from(text, 'utf8'));
  return signatureLine(name, keyId(name, SIG_ED25519, publicKey), sig);
}

export const formatNote = (text: string, signatureLines: readonly string[]): string => `${text}\n${signatureLines.join('')}`;

/** True when the note carries a valid Ed25519 signature by this key (signature type 0x01). */
export function noteSignedBy(note: Note, key: VerifierKey, keyObject: KeyObject = publicKeyObject(key.publicKey)): boolean {
  if (key.type !== SIG_ED25519) return false;
  const mine = note.signatures.filter((s) => s.name === key.name && s.keyId === key.keyId);
  return mine.length > 0 && mine.every((s) => verifyEd25519(keyObject, Buffer.from(note.text, 'utf8'), s.signature));
}

// ---- checkpoints (c2sp.org/tlog-checkpoint) ---------------------------------------------------

export interface CheckpointBody {
  origin: string;
  size: number;
  root: Buffer;
  extensions: string[];
}

export const formatCheckpointBody = (origin: string, size: number, root: Uint8Array): string =>
  `${origin}\n${size}\n${Buffer.from(root).toString('base64')}\n`;

/** Parses checkpoint note text; null unless it has an origin, a decimal size and a 32-byte base64 root. */
export function parseCheckpointBody(text: string): CheckpointBody | null {
  if (!text.endsWith('\n')) return null;
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3 || lines.some((l) => l.length === 0)) return null;
  const [origin, size, root, ...extensions] = lines as [string, string, string, ...string[]];
  if (!/^(0|[1-9][0-9]{0,15})$/.test(size) || !Number.isSafeInteger(Number(size))) return null;
  if (!/^[A-Za-z0-9+/]{43}=$/.test(root)) return null;
  return { origin, size: Number(size), root: Buffer.from(root, 'base64'), extensions };
}
