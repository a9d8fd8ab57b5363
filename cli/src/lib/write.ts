/**
 * Every file the CLI writes goes through here: written to a temporary file beside its target, then
 * renamed over it (a rename is atomic on one file system), and only when its bytes change, so a
 * re-run leaves unchanged files — and their modification times, ETags and CDN caches — alone. On
 * Ctrl-C the temporary files in flight are removed: no half-written output, ever.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const inFlight = new Set<string>();
let interrupted = false;

/** A temporary name in the target's folder (same file system, so the rename is atomic). */
export function temporaryPath(target: string): string {
  const path = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  inFlight.add(path);
  return path;
}

/** Renames a finished temporary file over its target. */
export async function commit(temporary: string, target: string): Promise<void> {
  if (interrupted) throw new InterruptedError();
  await rename(temporary, target);
  inFlight.delete(temporary);
}

/** Removes a temporary file that will not be committed (its work failed). */
export async function discard(temporary: string): Promise<void> {
  inFlight.delete(temporary);
  await rm(temporary, { force: true });
}

export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
  constructor() {
    super('Interrupted');
  }
}

async function sameBytes(path: string, data: Uint8Array): Promise<boolean> {
  try {
    const existing = await readFile(path);
    return existing.equals(data);
  } catch {
    return false;
  }
}

/**
 * Writes `data` to `path` atomically, creating folders, unless the file already holds exactly these
 * bytes. Resolves with whether it wrote.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<boolean> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (await sameBytes(path, bytes)) return false;
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryPath(path);
  try {
    await writeFile(temporary, bytes);
    await commit(temporary, path);
  } catch (error) {
    await discard(temporary);
    throw error;
  }
  return true;
}

/**
 * On SIGINT / SIGTERM: remove every temporary file in flight, say so, and exit 130 (143): the
 * output folder holds the files of before the run, or whole new ones, never a partial one.
 */
export function removeTemporariesOnInterrupt(log: (message: string) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      for (const path of inFlight) rmSync(path, { force: true });
      log(`\nInterrupted: no file was left half-written (${inFlight.size} unfinished removed).`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
