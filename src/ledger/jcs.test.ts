/**
 * Proves the RFC 8785 canonicalization on the published vectors (../shared/vectors/rfc8785: each
 * input canonicalizes to the exact bytes of its output file), and that values JSON cannot carry
 * canonically are refused rather than silently changed.
 */
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VECTORS_DIR, readVector, readVectorBytes, vectorFiles, vectorsAvailable } from '../../test/support/vectors.ts';
import { canonicalBytes, canonicalize } from './jcs.ts';

const inputs = vectorFiles('rfc8785/input', '.json');

describe.skipIf(!vectorsAvailable)('RFC 8785 vectors', () => {
  it('finds the vectors', () => expect(inputs.length).toBeGreaterThanOrEqual(6));
  it.each(inputs)('%s canonicalizes to the expected bytes', (_name, path) => {
    const expected = readVectorBytes(join(VECTORS_DIR, 'rfc8785/output', basename(path)));
    expect(canonicalBytes(JSON.parse(readVector(path))).equals(expected)).toBe(true);
    const hex = readVector(join(VECTORS_DIR, 'rfc8785/outhex', basename(path).replace(/\.json$/, '.txt'))).replace(/\s+/g, '');
    expect(canonicalBytes(JSON.parse(readVector(path))).toString('hex')).toBe(hex.toLowerCase());
  });
});

describe('canonicalize', () => {
  it('drops undefined members as JSON does, and writes undefined array items as null', () => {
    expect(canonicalize({ b: 1, a: undefined, c: [undefined, 2] })).toBe('{"b":1,"c":[null,2]}');
  });
  it.each([NaN, Infinity, 10n, () => 1, Symbol('x')])('refuses %s', (v) => {
    expect(() => canonicalize({ v })).toThrow(/JCS cannot represent/);
  });
});

describe('leaf data', () => {
  it('is exactly the RFC 8785 form of {event, signature, signer}', async () => {
    const { leafData } = await import('./leaf.ts');
    const event = { seq: 3, type: 'T', stream: 's', actorOrg: 'nl', actorUser: 'u\u00e9', recordedAt: '2025-01-01T00:00:00.000Z', command: 'c', idempotencyKey: null, requestHash: null, payload: { b: [1, { z: 'x', a: '\u20ac' }], a: 1e21 } };
    const s = { event, signer: 'k+00000000+AAAA', signature: Buffer.alloc(64, 9) };
    expect(leafData(s).toString('utf8')).toBe(canonicalize({ event, signer: s.signer, signature: s.signature.toString('base64') }));
  });
});
