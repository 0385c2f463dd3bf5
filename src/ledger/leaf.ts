/**
 * What one log entry is. The event envelope (every column of its row in `events`) is canonicalized
 * with RFC 8785; the acting organization's Ed25519 key signs those bytes; the leaf data is the
 * canonical JSON of {event, signer, signature}, where signer is the signing key as a C2SP verifier
 * key (name+keyID+base64(0x01||public key)), so the tree commits to the key as well as to the event.
 * The leaf hash is RFC 9162's SHA-256(0x00 || leaf data).
 */
import { canonicalBytes } from './jcs.ts';
import { hashLeaf, type Hash } from './merkle.ts';

/** An event as the log row holds it (src/store/migrations/0001-create-events.sql). */
export interface LogEvent {
  seq: number;
  type: string;
  stream: string;
  actorOrg: string;
  actorUser: string;
  recordedAt: string;
  command: string;
  idempotencyKey: string | null;
  requestHash: string | null;
  payload: unknown;
}

/** Exactly the envelope fields, whatever else the object carries. */
export const envelopeOf = (e: LogEvent): LogEvent => ({
  seq: e.seq,
  type: e.type,
  stream: e.stream,
  actorOrg: e.actorOrg,
  actorUser: e.actorUser,
  recordedAt: e.recordedAt,
  command: e.command,
  idempotencyKey: e.idempotencyKey,
  requestHash: e.requestHash,
  payload: e.payload,
});

/** The bytes an organization signs: RFC 8785 JSON of the envelope. */
export const eventBytes = (e: LogEvent): Buffer => canonicalBytes(envelopeOf(e));

export interface SignedEntry {
  event: LogEvent;
  /** The signing key as a vkey. */
  signer: string;
  /** 64-byte Ed25519 signature over eventBytes(event). */
  signature: Uint8Array;
}

/**
 * The leaf data: RFC 8785 JSON of {event, signature, signer}. Those keys are already in canonical
 * order, so the event's canonical bytes (computed once for the signature) are reused verbatim.
 */
export function leafData(s: SignedEntry, canonicalEvent: Buffer = eventBytes(s.event)): Buffer {
  const tail = `,"signature":${JSON.stringify(Buffer.from(s.signature).toString('base64'))},"signer":${JSON.stringify(s.signer)}}`;
  return Buffer.concat([Buffer.from('{"event":'), canonicalEvent, Buffer.from(tail)]);
}

export const leafHashOf = (s: SignedEntry, canonicalEvent?: Buffer): Hash => hashLeaf(leafData(s, canonicalEvent));
