/**
 * purl witness --server URL --state FILE [--key FILE]: follows a log from another machine. Each
 * round fetches the latest checkpoint, verifies it against the last one this witness saw, keeps it in
 * the state file, cosigns it and posts the cosignature back. A fork or a rollback stops the witness
 * with exit 4 and a clear message. --once runs one round (for scripts and tests); otherwise it
 * repeats every --interval seconds.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { invalid } from '../../domain/errors.ts';
import { generateEd25519, privateKeyFromDer, privateKeyToDer, rawPublicKey } from '../../ledger/ed25519.ts';
import { encodeVkey, SIG_COSIGNATURE_V1 } from '../../ledger/note.ts';
import { getJson } from '../../ledger/verify/from-server.ts';
import { VerifyFailure } from '../../ledger/verify/verifier.ts';
import { WitnessAlarm, witnessOnce, type LogClient, type WitnessIdentity, type WitnessState } from '../../ledger/witness.ts';
import { z } from 'zod';
import { EXIT } from '../exit-codes.ts';

interface Opts {
  server: string;
  state: string;
  key?: string;
  name?: string;
  logKey?: string;
  once?: boolean;
  interval: string;
}

const keyFile = z.object({ name: z.string().min(1), privateKey: z.string() });

/** Loads the witness key, or makes one (file mode 0600) on first run. */
async function identity(path: string, name: string | undefined): Promise<WitnessIdentity> {
  if (!existsSync(path)) {
    const pair = generateEd25519();
    const keyName = name ?? `witness-${randomBytes(4).toString('hex')}`;
    await writeFile(path, `${JSON.stringify({ name: keyName, privateKey: privateKeyToDer(pair.privateKey).toString('base64') })}\n`, { mode: 0o600, flag: 'wx' });
    console.log(`created witness key ${path} (mode 0600) for ${encodeVkey(keyName, SIG_COSIGNATURE_V1, pair.publicKey)}`);
  }
  let parsed: z.infer<typeof keyFile>;
  try {
    parsed = keyFile.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    throw invalid('--key', `${path} is not a witness key file`);
  }
  const privateKey = privateKeyFromDer(Buffer.from(parsed.privateKey, 'base64'));
  const { createPublicKey } = await import('node:crypto');
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  return { name: parsed.name, vkey: encodeVkey(parsed.name, SIG_COSIGNATURE_V1, publicKey), publicKey, privateKey };
}

const stateFile = z.object({ origin: z.string(), logKey: z.string(), treeSize: z.number().int().nonnegative(), rootHash: z.string(), note: z.string(), cosignedAt: z.number() });

async function loadState(path: string): Promise<WitnessState | null> {
  if (!existsSync(path)) return null;
  try {
    return stateFile.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    throw invalid('--state', `${path} is not a witness state file; move it away to start afresh`);
  }
}

async function saveState(path: string, s: WitnessState): Promise<void> {
  await writeFile(`${path}.partial`, `${JSON.stringify(s, null, 2)}\n`);
  await rename(`${path}.partial`, path);
}

function client(base: string): LogClient {
  return {
    async checkpoint() {
      const res = await fetch(new URL('/log/checkpoint', base)).catch((err: Error) => {
        throw new VerifyFailure('server', `cannot reach ${base}: ${err.cause instanceof Error ? err.cause.message : err.message}`);
      });
      if (res.status === 404) return null;
      if (!res.ok) throw new VerifyFailure('server', `GET /log/checkpoint answered ${res.status}`);
      return res.text();
    },
    async logKeys() {
      const k = await getJson(base, '/log/keys', z.object({ keys: z.array(z.object({ purpose: z.string(), vkey: z.string() })) }));
      return k.keys.filter((x) => x.purpose === 'log').map((x) => x.vkey);
    },
    async consistency(first, second) {
      const p = await getJson(base, `/log/proof/consistency?first=${first}&second=${second}`, z.object({ proof: z.array(z.string()) }));
      return p.proof.map((h) => Buffer.from(h, 'base64'));
    },
    async submit(treeSize, witnessKey, cosignature) {
      const res = await fetch(new URL('/log/cosignatures', base), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ treeSize, witnessKey, cosignature }),
      });
      if (!res.ok) throw new VerifyFailure('server', `the log refused the cosignature: ${res.status} ${(await res.text()).slice(0, 200)}`);
    },
  };
}

export function witnessCommand(program: Command): void {
  program
    .command('witness')
    .description('follow a log from another machine: verify each new checkpoint is consistent with the last one seen, cosign it (C2SP tlog-cosignature), alarm (exit 4) on a fork or rollback')
    .requiredOption('--server <url>', 'the log server, e.g. http://ledger.example:8080')
    .requiredOption('--state <file>', 'where the witness keeps the last checkpoint it saw (created on first run)')
    .option('--key <file>', 'the witness signing key (created with mode 0600 on first run; default: <state>.key)')
    .option('--name <name>', 'the witness key name for a new key, e.g. witness.example.org/w1')
    .option('--log-key <vkey>', 'the log key to trust (default on the first run: the key the log publishes, trusted on first use; later: the key kept in the state; naming a new one accepts a log moved to a server with a new key, still checked for consistency)')
    .option('--once', 'run one round and exit')
    .option('--interval <seconds>', 'seconds between rounds', '60')
    .action(async (opts: Opts) => {
      const interval = Number(opts.interval);
      if (!Number.isFinite(interval) || interval < 1) throw invalid('--interval', 'must be a number of seconds, 1 or more');
      const me = await identity(opts.key ?? `${opts.state}.key`, opts.name);
      const log = client(opts.server);
      for (;;) {
        try {
          const out = await witnessOnce(log, me, await loadState(opts.state), { logKey: opts.logKey, save: (s) => saveState(opts.state, s) });
          if (out.kind === 'empty') console.log('the log is empty: nothing to witness yet');
          else if (out.kind === 'unchanged') console.log(`no new checkpoint: still size ${out.state.treeSize}`);
          else {
            if (out.trusted) console.log(out.previous === null ? `trusting log key ${out.trusted} (first use)` : `accepting the new log key ${out.trusted}, as --log-key says`);
            console.log(`cosigned checkpoint of size ${out.state.treeSize}, root ${out.state.rootHash}${out.previous !== null ? `, consistent with size ${out.previous}` : ''}`);
          }
        } catch (err) {
          if (err instanceof WitnessAlarm) {
            console.error(`purl witness: ALARM: ${err.message}`);
            process.exit(EXIT.verifyFailed);
          }
          if (!(err instanceof VerifyFailure) || opts.once) throw err instanceof VerifyFailure ? invalid('--server', err.message.replace(/^server: /, '')) : err;
          console.error(`purl witness: ${err.message} (retrying)`);
        }
        if (opts.once) return;
        await new Promise((r) => setTimeout(r, interval * 1000));
      }
    });
}
