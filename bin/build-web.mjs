#!/usr/bin/env node
// Builds the web app (vite build -> dist/web) when the build is missing or older than any of its
// sources, so `npm start` and `npm test` on a fresh clone serve the current app, and a second run
// costs nothing. `--force` always builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(repo, 'dist/web/index.html');
const inputs = [join(repo, 'src/web'), join(repo, 'vite.config.ts'), join(repo, 'package-lock.json')];

function newest(path) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

const force = process.argv.includes('--force');
const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const latest = Math.max(...inputs.map(newest));
if (!force && built > latest) process.exit(0);

console.log(built ? 'web app: sources changed, rebuilding dist/web' : 'web app: building dist/web');
const vite = join(repo, 'node_modules/vite/bin/vite.js');
// A production build whoever calls (vitest sets NODE_ENV=test, which would give React's development build).
const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: repo, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
process.exit(r.status ?? 1);
