/**
 * Runs the real `purl` binary (node bin/purl.mjs) as a child process, as a user would, with an
 * environment of the test's choosing: DATABASE_URL is removed unless the test passes one.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/purl.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface PurlRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runPurl(args: readonly string[], env: Record<string, string | undefined> = {}, input?: string): Promise<PurlRun> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...inherited, LOG_LEVEL: 'silent', ...env })) if (v !== undefined) childEnv[k] = v;
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: childEnv, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
    // Standard input, for commands that read a secret from it (--password-stdin); closed at once otherwise.
    child.stdin?.end(input ?? '');
  });
}

/** A PostgreSQL URL whose connections work in `schema` (pg passes `options` to the server). */
export function urlWithSchema(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}
