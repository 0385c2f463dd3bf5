/**
 * Proves the C2SP signed-note, checkpoint and cosignature formats: the worked example of
 * signed-note.md (a verifier key and a note it must verify, read from ../shared/vectors/signed-note)
 * verifies, and fails when one byte of text changes; key IDs follow the spec's formula; notes and
 * checkpoints we sign parse back; cosignatures we make verify against the witness key and not
 * against another key, another time or another checkpoint; malformed notes are refused.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { VECTORS_DIR, readVector, vectorsAvailable } from '../../test/support/vectors.ts';
import { cosign, verifyCosignature } from './cosignature.ts';
import { generateEd25519 } from './ed25519.ts';
import { EMPTY_ROOT } from './merkle.ts';
import {
  encodeVkey,
  formatCheckpointBody,
  formatNote,
  noteSignedBy,
  parseCheckpointBody,
  parseNote,
  parseVkey,
  SIG_COSIGNATURE_V1,
  SIG_ED25519,
  signNoteText,
} from './note.ts';

/** The example of signed-note.md: the vkey on its own indented line and the fenced note after it. */
function specExample(): { vkey: string; note: string } {
  const md = readVector(join(VECTORS_DIR, 'signed-note/signed-note.md'));
  const section = md.split('### Example')[1]!;
  const vkey = /^ {4}(\S+\+[0-9a-f]{8}\+\S+)$/m.exec(section)![1]!;
  const note = /```\n([\s\S]*?)```/.exec(section)![1]!;
  return { vkey, note };
}

describe.skipIf(!vectorsAvailable)('the signed-note specification example', () => {
  it('verifies with the published verifier key, and fails on changed text', () => {
    const { vkey, note } = specExample();
    const key = parseVkey(vkey);
    expect(key).not.toBeNull();
    const parsed = parseNote(note)!;
    expect(parsed.text).toBe('This is an example message.\n');
    expect(noteSignedBy(parsed, key!)).toBe(true);
    expect(noteSignedBy(parseNote(note.replace('example message', 'example massage'))!, key!)).toBe(false);
  });
});

describe('signed notes and checkpoints', () => {
  const pair = generateEd25519();
  const name = 'example.org/log';

  it('encodes a vkey whose ID is SHA-256(name || 0x0A || type || key)[:4], and refuses a wrong ID', () => {
    const vkey = encodeVkey(name, SIG_ED25519, pair.publicKey);
    const k = parseVkey(vkey)!;
    expect(k).toMatchObject({ name, type: SIG_ED25519 });
    expect(k.publicKey.equals(pair.publicKey)).toBe(true);
    expect(parseVkey(vkey.replace(/\+([0-9a-f]{8})\+/, '+00000000+'))).toBeNull();
    expect(parseVkey('no plus signs')).toBeNull();
    // The base64 key material may itself hold '+': parsing must not split on it.
    for (let i = 0; i < 40; i++) expect(parseVkey(encodeVkey(name, SIG_ED25519, generateEd25519().publicKey))).not.toBeNull();
  });

  it('signs a checkpoint that parses back, verifies, and names origin, size and root', () => {
    const text = formatCheckpointBody(name, 0, EMPTY_ROOT);
    const note = formatNote(text, [signNoteText(text, name, pair.publicKey, pair.privateKey)]);
    const parsed = parseNote(note)!;
    expect(noteSignedBy(parsed, parseVkey(encodeVkey(name, SIG_ED25519, pair.publicKey))!)).toBe(true);
    expect(parseCheckpointBody(parsed.text)).toMatchObject({ origin: name, size: 0, extensions: [] });
    const other = generateEd25519();
    expect(noteSignedBy(parsed, parseVkey(encodeVkey(name, SIG_ED25519, other.publicKey))!)).toBe(false);
  });

  it.each([
    ['no blank line', 'a\nb\n'],
    ['a control character', 'a\tb\n\n\u2014 k AAAAAAA=\n'],
    ['no final newline', 'a\n\n\u2014 k AAAAAAAA'],
    ['a bad signature line', 'a\n\n- k AAAAAAAA\n'],
  ])('refuses a note with %s', (_what, note) => expect(parseNote(note)).toBeNull());

  it.each([
    ['a leading zero in the size', 'o\n01\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n'],
    ['a short root', 'o\n1\nAAAA\n'],
    ['a missing line', 'o\n1\n'],
    ['an empty extension line', 'o\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n'],
  ])('refuses a checkpoint with %s', (_what, text) => expect(parseCheckpointBody(text)).toBeNull());
});

describe('cosignatures (tlog-cosignature v1, Ed25519)', () => {
  const witness = generateEd25519();
  const wname = 'witness.example/w1';
  const wkey = parseVkey(encodeVkey(wname, SIG_COSIGNATURE_V1, witness.publicKey))!;
  const text = formatCheckpointBody('example.org/log', 5, EMPTY_ROOT);

  it('verifies against the witness key with its timestamp', () => {
    const line = cosign(text, wname, witness.publicKey, witness.privateKey, 1_700_000_000);
    expect(verifyCosignature(text, line, wkey)).toEqual({ time: 1_700_000_000 });
  });

  it('fails for another checkpoint, another key, or a changed timestamp', () => {
    const line = cosign(text, wname, witness.publicKey, witness.privateKey, 1_700_000_000);
    expect(verifyCosignature(formatCheckpointBody('example.org/log', 6, EMPTY_ROOT), line, wkey)).toBeNull();
    const other = generateEd25519();
    expect(verifyCosignature(text, line, parseVkey(encodeVkey(wname, SIG_COSIGNATURE_V1, other.publicKey))!)).toBeNull();
    const raw = Buffer.from(line.split(' ')[2]!.trim(), 'base64');
    raw[11]! ^= 1;
    expect(verifyCosignature(text, `\u2014 ${wname} ${raw.toString('base64')}\n`, wkey)).toBeNull();
    expect(verifyCosignature(text, line, parseVkey(encodeVkey(wname, SIG_ED25519, witness.publicKey))!)).toBeNull();
  });
});
