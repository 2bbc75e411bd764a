/**
 * Write a file whole or not at all: a temp file in the same directory,
 * flushed to disk, then renamed over the target (rename is atomic on one
 * filesystem). The target's mode is kept. Writes in flight are tracked so an
 * interrupted run can abandon them: no rename after that, temp files removed.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp file → the write using it. */
const pendingWrites = new Map<string, Promise<void>>();
let abandoned = false;

export class WriteAbandonedError extends Error {}

export function writeFileAtomic(filePath: string, text: string): Promise<void> {
  if (abandoned) return Promise.reject(new WriteAbandonedError(`not written, the run was interrupted: ${filePath}`));
  const temp = join(dirname(filePath), `.${basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const write = writeThroughTemp(filePath, temp, text).finally(() => pendingWrites.delete(temp));
  pendingWrites.set(temp, write);
  return write;
}

async function writeThroughTemp(filePath: string, temp: string, text: string): Promise<void> {
  let existing: { mode: number; uid: number; gid: number } | null = null;
  try {
    const stats = await stat(filePath);
    existing = { mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid };
  } catch {
    // A new file: default mode, less the umask.
  }
  try {
    const handle = await open(temp, 'wx', existing?.mode ?? 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      if (existing) {
        // open() applies the umask; a rewritten file keeps its mode exactly, and its owner when allowed.
        await handle.chmod(existing.mode);
        await handle.chown(existing.uid, existing.gid).catch(() => {});
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (abandoned) throw new WriteAbandonedError(`not written, the run was interrupted: ${filePath}`);
    await rename(temp, filePath);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/**
 * Stop writing: writes in flight finish their current step but never rename,
 * new writes are refused, and every temp file is gone when this resolves
 * (each target is left old, or new if its rename had already happened).
 */
export async function abandonPendingWrites(): Promise<void> {
  abandoned = true;
  const temps = [...pendingWrites.keys()];
  await Promise.allSettled([...pendingWrites.values()]);
  for (const temp of temps) {
    try {
      unlinkSync(temp);
    } catch {
      // Renamed into place before the interruption, or already cleaned.
    }
  }
}
