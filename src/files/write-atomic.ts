/**
 * Write a file whole or not at all: a temp file in the same directory,
 * flushed to disk, then renamed over the target (rename is atomic on one
 * filesystem). The target's mode is kept.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(filePath: string, text: string): Promise<void> {
  let mode = 0o644;
  try {
    mode = (await stat(filePath)).mode & 0o7777;
  } catch {
    // A new file: default mode.
  }
  const temp = join(dirname(filePath), `.${basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(text, 'utf8');
    // open()'s mode passes through the umask; set it outright so the file keeps exactly the mode it had.
    await handle.chmod(mode);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => {});
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, filePath);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}
