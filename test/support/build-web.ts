/** Vitest global setup: build the web app when its build is missing or stale, so browser tests always test the current app. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [resolve(import.meta.dirname, '../../bin/build-web.mjs')], { stdio: 'inherit' });
}
