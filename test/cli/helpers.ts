/** Runs `node bin/sitrep.js` as a child process, for end-to-end tests of the command line. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(REPO, 'bin', 'sitrep.js');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  uid?: number;
  gid?: number;
  cwd?: string;
  /** Called once the child is running (to kill it, say); stdin stays open unless `input` is given. */
  onStart?: (child: ChildProcess) => void;
}

/** Runs sitrep with arguments and collects its exit status and output. */
export function sitrep(args: string[], opts: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? REPO,
      uid: opts.uid,
      gid: opts.gid,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    else if (!opts.onStart) child.stdin!.end();
    opts.onStart?.(child);
  });
}

/** A fresh temporary directory (world-writable, so a child running as another user can use it). */
export function tempDir(prefix = 'sitrep-cli-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(d, 0o777);
  return d;
}

/** Writes files (name → content) under a directory, creating subdirectories. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
}
