/** Checks stored or exported cosignatures against the checkpoints they sign, and counts those by trusted witnesses. */
import { verifyCosignature } from '../cosignature.ts';
import { parseNote, parseVkey } from '../note.ts';
import { VerifyFailure } from './verifier.ts';

export interface CosignatureInput {
  treeSize: number;
  witnessKey: string;
  line: string;
}

/** Every cosignature must verify against the key it names; returns how many are by `trusted` witness keys (all, when none are given). */
export function checkCosignatures(notes: ReadonlyMap<number, string>, cosignatures: readonly CosignatureInput[], trusted?: readonly string[]): number {
  let count = 0;
  for (const c of cosignatures) {
    const at = `checkpoint at size ${c.treeSize}`;
    const note = notes.get(c.treeSize);
    if (note === undefined) throw new VerifyFailure(at, 'has a cosignature but no such checkpoint');
    const key = parseVkey(c.witnessKey);
    if (!key || !verifyCosignature(parseNote(note)!.text, c.line, key)) throw new VerifyFailure(at, `the cosignature by ${c.witnessKey.split('+')[0]} does not verify`);
    if (!trusted || trusted.includes(c.witnessKey)) count += 1;
  }
  return count;
}
