/**
 * Write a file whole or not at all: a temp file in the same directory,
 * flushed to disk, then renamed over the target (rename is atomic on one
 * filesystem). The target's mode is kept. Temp files still being written are
 * tracked so an interrupted run can remove them before it exits.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const pendingTempFiles = new Set<string>();

export async function writeFileAtomic(filePath: string, text: string): Promise<void> {
  let existing: { mode: number; uid: number; gid: number } | null = null;
  try {
    const stats = await stat(filePath);
    existing = { mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid };
  } catch {
    // A new file: default mode, less the umask.
  }
  const temp = join(dirname(filePath), `.${basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pendingTempFiles.add(temp);
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
    await rename(temp, filePath);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  } finally {
    pendingTempFiles.delete(temp);
  }
}

/**
 * Abandon every write in flight: delete its temp file, leaving the target as
 * it was. Synchronous, for a signal handler that exits right after.
 */
export function removePendingTempFiles(): string[] {
  const removed: string[] = [];
  for (const temp of pendingTempFiles) {
    try {
      unlinkSync(temp);
      removed.push(temp);
    } catch {
      // Already renamed into place or never created: nothing to clean.
    }
  }
  pendingTempFiles.clear();
  return removed;
}
