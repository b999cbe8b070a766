/**
 * A fingerprint of the code and data that build a situation. The situation cache is keyed by it,
 * so a new release (or a local edit) never serves a situation built by older rules, even when
 * no stage version was bumped. Computed once per process from the files under src/ and data/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let memo: string | null = null;

/** Hash of every source and data file that shapes the situation (tests excluded). */
export function codeVersion(root = ROOT): string {
  if (memo && root === ROOT) return memo;
  const hash = createHash('sha1');
  for (const dir of ['src', 'data']) {
    for (const file of listFiles(join(root, dir))) {
      if (file.endsWith('.test.ts')) continue;
      hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  const v = hash.digest('hex').slice(0, 12);
  if (root === ROOT) memo = v;
  return v;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}
