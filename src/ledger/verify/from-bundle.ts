/**
 * `purl verify FILE`: an export bundle checked on its own, on any machine: its events' shapes (as
 * import checks them), then every leaf, signature and checkpoint by the LogVerifier against the keys
 * the bundle publishes (or only trusted log keys, when given), every cosignature, and a replay of
 * the events into fresh projections. A truncated or corrupted bundle fails with the place named.
 */
import { DomainError } from '../../domain/errors.ts';
import { parseExportText } from '../../store/import.ts';
import type { LedgerExport } from '../../store/export.ts';
import { checkCosignatures } from './cosignatures.ts';
import type { VerifyOptions, VerifyReport } from './from-store.ts';
import { replayProjections } from './replay.ts';
import { LogVerifier, VerifyFailure } from './verifier.ts';

function parseBundle(text: string): LedgerExport {
  try {
    return parseExportText(text);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const m = /^events\[\d+\] \(seq (\d+)\): (.*)$/s.exec(err.message);
    throw m ? new VerifyFailure(`entry ${m[1]}`, `is not well-formed: ${m[2]}`) : new VerifyFailure('bundle', err.message);
  }
}

export async function verifyBundle(text: string, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const file = parseBundle(text);
  if (!file.log) throw new VerifyFailure('bundle', 'carries no transparency log (it was exported before the log existed): there is nothing to verify it against');
  const log = file.log;
  const verifier = new LogVerifier(log.keys, log.checkpoints, { trustedLogKeys: opts.trustedLogKeys });
  file.events.forEach((e, i) => {
    const leaf = log.leaves[i];
    if (!leaf || leaf.seq !== e.seq) throw new VerifyFailure(`entry ${e.seq}`, 'has no leaf in the bundle');
    const salts = new Map(Object.entries(leaf.salts ?? {}).map(([path, salt]) => [path, Buffer.from(salt, 'base64')]));
    verifier.entry({ event: e, salts, signer: leaf.signer, signature: Buffer.from(leaf.signature, 'base64') });
  });
  const extra = log.leaves[file.events.length];
  if (extra) throw new VerifyFailure(`entry ${extra.seq}`, 'has a leaf in the bundle but no event');
  const summary = verifier.finish();
  const notes = new Map(log.checkpoints.map((c) => [c.treeSize, c.note]));
  const cosignatures = checkCosignatures(
    notes,
    log.checkpoints.flatMap((c) => c.cosignatures.map((s) => ({ treeSize: c.treeSize, witnessKey: s.witnessKey, line: s.line }))),
    opts.trustedWitnesses,
  );
  if (opts.replay === false) return { ...summary, cosignatures, projections: 'not checked' };
  await replayProjections(async (take) => {
    for (let i = 0; i < file.events.length; i += 1000) await take(file.events.slice(i, i + 1000));
  });
  return { ...summary, cosignatures, projections: 'replayed' };
}
