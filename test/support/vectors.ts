/**
 * The public test vectors in ../shared/vectors (RFC 9162 proofs, RFC 8785 canonicalization, C2SP
 * signed notes), read at run time and never copied into code. PURL_VECTORS_DIR overrides the folder;
 * when it is absent, the suites that need it say so and are skipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VECTORS_DIR = process.env.PURL_VECTORS_DIR ?? fileURLToPath(new URL('../../../shared/vectors', import.meta.url));
export const vectorsAvailable = existsSync(join(VECTORS_DIR, 'README.md'));

if (!vectorsAvailable) console.warn(`public test vectors not found in ${VECTORS_DIR}: the vector suites are skipped (set PURL_VECTORS_DIR)`);

/** Every file under `sub`, as [path relative to sub, absolute path], sorted. */
export function vectorFiles(sub: string, ext: string): [string, string][] {
  const root = join(VECTORS_DIR, sub);
  if (!existsSync(root)) return [];
  const out: [string, string][] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(ext)) out.push([relative(root, p), p]);
    }
  };
  walk(root);
  return out;
}

export const readVector = (path: string): string => readFileSync(path, 'utf8');
export const readVectorBytes = (path: string): Buffer => readFileSync(path);
