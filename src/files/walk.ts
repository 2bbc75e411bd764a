/**
 * Walking a directory for files with the linted extensions, in a stable
 * order, skipping node_modules, .git and ignored paths, following symbolic
 * links but not around loops. Problems are collected, never thrown.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { IgnorePredicate } from './ignore-filter.js';
import { describeIoError } from './read.js';

export const neverWalked = new Set(['node_modules', '.git']);

export interface WalkResult {
  files: string[];
  /** Files and directories dropped by the ignore rules. */
  ignoredCount: number;
  problems: string[];
}

export async function walkDirectory(
  directory: string,
  extensions: string[],
  isIgnored: IgnorePredicate,
): Promise<WalkResult> {
  const result: WalkResult = { files: [], ignoredCount: 0, problems: [] };
  const wanted = new Set(extensions.map((extension) => extension.toLowerCase()));
  const visit = async (path: string, ancestors: Set<string>): Promise<void> => {
    let entries: Dirent[];
    let real: string;
    try {
      real = await realpath(path);
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      result.problems.push(`Cannot read directory ${path}: ${describeIoError(error)}`);
      return;
    }
    if (ancestors.has(real)) {
      result.problems.push(`Symbolic link loop at ${path} (back to ${real}), not followed`);
      return;
    }
    const inside = new Set(ancestors).add(real);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const entryPath = join(path, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(entryPath);
          [isDirectory, isFile] = [target.isDirectory(), target.isFile()];
        } catch (error) {
          if (wanted.has(extname(entry.name).toLowerCase())) {
            result.problems.push(`Cannot read ${entryPath}: ${describeIoError(error)}`);
          }
          continue;
        }
      }
      if (isDirectory) {
        if (neverWalked.has(entry.name)) continue;
        if (isIgnored(entryPath, true)) {
          result.ignoredCount++; // Counted once, so "all ignored" can be told from "nothing there".
          continue;
        }
        await visit(entryPath, inside);
      } else if (isFile && wanted.has(extname(entry.name).toLowerCase())) {
        if (isIgnored(entryPath, false)) result.ignoredCount++;
        else result.files.push(entryPath);
      }
    }
  };
  await visit(directory, new Set());
  return result;
}
