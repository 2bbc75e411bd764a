/**
 * Write a file whole or not at all: a temp file in the same directory,
 * flushed to disk, then renamed over the target (rename is atomic on one
 * filesystem). The target's mode is kept. Writes in flight are tracked so an
 * interrupted run can abandon them: no rename after that, temp files removed.
 */
import { closeSync, fchmodSync, fchownSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from '../lazy-builtins.js';

/** Temp file → the write using it. */
const pendingWrites = new Map<string, Promise<void>>();
let abandoned = false;

export class WriteAbandonedError extends Error {}

/**
 * Where a write really goes: through a symbolic link to the file it names, so
 * the rename replaces that file and the link stays a link.
 */
function realTarget(filePath: string): string {
  try {
    return realpathSync(filePath);
  } catch {
    return filePath;
  }
}

/** Where a target's replacement is written first: beside it, so the rename stays on one filesystem. */
function tempPathFor(filePath: string): string {
  return join(dirname(filePath), `.${basename(filePath)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
}

interface Ownership {
  mode: number;
  uid: number;
  gid: number;
}

/** The mode and owner a rewritten file keeps; null for a new file (default mode, less the umask). */
function ownershipOf(filePath: string): Ownership | null {
  try {
    const stats = statSync(filePath);
    return { mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid };
  } catch {
    return null;
  }
}

export function writeFileAtomic(givenPath: string, text: string): Promise<void> {
  const filePath = realTarget(givenPath);
  // /dev/null, a FIFO, /dev/stdout: renaming a temp file over it would replace the device with a regular file.
  if (isSpecialFile(filePath)) return writeSpecial(filePath, text);
  if (abandoned) return Promise.reject(new WriteAbandonedError(`not written, the run was interrupted: ${filePath}`));
  const temp = tempPathFor(filePath);
  const write = writeThroughTemp(filePath, temp, text).finally(() => pendingWrites.delete(temp));
  pendingWrites.set(temp, write);
  return write;
}

async function writeThroughTemp(filePath: string, temp: string, text: string): Promise<void> {
  const existing = ownershipOf(filePath);
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

/** An existing target that is not a regular file (a device, a FIFO): written in place, never replaced. */
function isSpecialFile(filePath: string): boolean {
  try {
    const stats = statSync(filePath);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}

async function writeSpecial(filePath: string, text: string): Promise<void> {
  const handle = await open(filePath, 'w');
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

/** A file written piece by piece and put in place whole at `commit()`, or not at all. */
export interface AtomicStream {
  write(text: string): void;
  /** Flush, sync and rename over the target. */
  commit(): void;
  /** Drop the temp file; the target is left as it was. */
  discard(): void;
}

/**
 * writeFileAtomic for a text made in pieces (a report written as a run goes):
 * synchronous writes to a temp file next to the target, renamed over it at
 * commit(). A target that is a device or a FIFO is written in place. An
 * interrupted run discards the temp file like any pending write.
 */
export function openAtomicStream(givenPath: string): AtomicStream {
  const filePath = realTarget(givenPath);
  if (abandoned) throw new WriteAbandonedError(`not written, the run was interrupted: ${filePath}`);
  if (isSpecialFile(filePath)) {
    const fd = openSync(filePath, 'w');
    let open = true;
    const close = () => {
      if (open) closeSync(fd);
      open = false;
    };
    return { write: (text) => writeAll(fd, text), commit: close, discard: close };
  }
  const existing = ownershipOf(filePath);
  const temp = tempPathFor(filePath);
  const fd = openSync(temp, 'wx', existing?.mode ?? 0o644);
  let settle: () => void = () => {};
  // Registered like writeFileAtomic's writes, so abandonPendingWrites() removes the temp file.
  pendingWrites.set(temp, new Promise<void>((resolve) => (settle = resolve)));
  let closed = false;
  const finish = (): void => {
    if (!closed) closeSync(fd);
    closed = true;
    pendingWrites.delete(temp);
    settle();
  };
  return {
    write: (text) => {
      if (abandoned) throw new WriteAbandonedError(`not written, the run was interrupted: ${filePath}`);
      writeAll(fd, text);
    },
    commit: () => {
      try {
        if (existing) {
          fchmodSync(fd, existing.mode);
          try {
            fchownSync(fd, existing.uid, existing.gid);
          } catch {
            // Not allowed: the owner stays the writer.
          }
        }
        fsyncSync(fd);
        closeSync(fd);
        closed = true;
        if (abandoned) throw new WriteAbandonedError(`not written, the run was interrupted: ${filePath}`);
        renameSync(temp, filePath);
      } catch (error) {
        try {
          unlinkSync(temp);
        } catch {
          // Already gone.
        }
        throw error;
      } finally {
        finish();
      }
    },
    discard: () => {
      finish();
      try {
        unlinkSync(temp);
      } catch {
        // Already gone.
      }
    },
  };
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
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
