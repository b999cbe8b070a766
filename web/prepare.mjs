#!/usr/bin/env node
// npm's "prepare" step (runs on `npm ci` / `npm install`): builds the web app into web/dist.
// When the build tools are not installed (a production install without devDependencies) it says
// so and leaves the API-only server working instead of failing the install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (!existsSync(vite)) {
  console.warn('sitrep: vite is not installed, so the web app was not built; `sitrep serve` will serve the API only. Run `npm install` then `npm run build:web`.');
  process.exit(0);
}
const r = spawnSync(process.execPath, [vite, 'build', 'web', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
