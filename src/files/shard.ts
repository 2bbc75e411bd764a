/**
 * `--shard i/n`: split the file list for a CI matrix. A file's shard depends
 * only on its path relative to cwd (with / separators), so every machine
 * agrees, the shards together cover each file exactly once, and adding a file
 * never moves the others to another shard.
 */
import { relative, sep } from 'node:path';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export class ShardError extends Error {}

export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || index < 1 || count < 1 || index > count) {
    throw new ShardError(`--shard expects i/n with 1 <= i <= n (e.g. 2/4), got "${text}"`);
  }
  return { index, count };
}

/**
 * FNV-1a over UTF-16 code units, then MurmurHash3's finaliser so the low
 * bits (which `% count` keeps) are well mixed: tiny and the same everywhere.
 */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export function shardOf(relativePath: string, count: number): number {
  return (stableHash(relativePath) % count) + 1;
}

/** The files (absolute) that belong to `shard`, in their original order. */
export function selectShard(files: readonly string[], shard: Shard, cwd: string): string[] {
  return files.filter((file) => shardOf(relative(cwd, file).split(sep).join('/'), shard.count) === shard.index);
}
