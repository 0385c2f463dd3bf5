/**
 * RFC 8785 JSON Canonicalization Scheme. JCS is defined in terms of ECMAScript's own JSON
 * serialization of primitives (numbers as Number.prototype.toString, strings with JSON.stringify's
 * escaping), so in JavaScript it is: primitives through JSON.stringify, object keys sorted by their
 * UTF-16 code units (the default string sort), no whitespace. The well-known `canonicalize` package
 * does exactly this, but its current releases require Node 22; these few lines are proved against
 * the RFC's published vectors instead (src/ledger/jcs.test.ts reads ../shared/vectors/rfc8785).
 */
export function canonicalize(value: unknown): string {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return canonicalize((value as { toJSON(): unknown }).toJSON());
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalize(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalize(obj[k])}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`JCS cannot represent the number ${value}`);
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol' || value === undefined) {
    throw new TypeError(`JCS cannot represent a value of type ${typeof value}`);
  }
  return JSON.stringify(value);
}

/** The canonical form as UTF-8 bytes: what is hashed and signed. */
export const canonicalBytes = (value: unknown): Buffer => Buffer.from(canonicalize(value), 'utf8');
