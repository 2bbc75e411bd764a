/**
 * Worker threads for big runs. Each worker pays for loading the rules once
 * (a few hundred ms), so small runs stay in the main thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LintResult } from '../engine/types.js';
import type { LintBatch } from './worker.js';

/** Below this many files, starting workers costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 40;

/**
 * Each worker's young generation (V8's default is ~48 MB on 64-bit machines).
 * A lint makes mostly short-lived garbage, and a smaller nursery is scavenged
 * more often at about the same cost: ~60 MB less peak RSS over 1,000 files with
 * two workers, no measurable CPU cost. Not a hard limit: survivors move to the
 * old generation, so a huge article cannot make a worker run out of memory.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/**
 * Each worker's old generation cap. V8 grows a heap by a factor it picks from
 * the cap: up to 4x the live data after each full collection with the default
 * cap (gigabytes), ~1.4x with 512 MB. A worker's live data is ~20 MB (rules,
 * word lists, the article in hand) but its old generation used to reach
 * 80-100 MB of dead trees between collections; with this cap it stays ~30-50
 * MB, ~120 MB less peak RSS with two workers. An article too big for the cap
 * (tens of MB of text) kills only its worker: the run lints that batch again
 * in the main thread, whose heap has the default limit (lint-files.ts).
 */
const WORKER_OLD_GENERATION_MB = 512;

/** The error a batch fails with when its worker ran out of heap. */
export function isWorkerOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** `--concurrency`: a thread count, `auto` (cores, for big runs) or `off`. */
export type Concurrency = number | 'auto' | 'off';

export interface LintPool {
  threads: number;
  run(batch: LintBatch): Promise<LintResult[]>;
  close(): Promise<void>;
}

/**
 * The compiled worker next to this module. Under vitest this module is the
 * TypeScript source, which a worker thread cannot load: no pool then.
 */
function workerFile(): string | null {
  const path = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(path) ? path : null;
}

export function threadCount(concurrency: Concurrency, fileCount: number): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') {
    const cores = availableParallelism();
    return cores >= 2 && fileCount >= MIN_FILES_FOR_WORKERS ? Math.min(cores, Math.ceil(fileCount / 20)) : 0;
  }
  return concurrency <= 1 ? 0 : Math.min(concurrency, fileCount);
}

export async function createPool(threads: number): Promise<LintPool | null> {
  const filename = workerFile();
  if (threads < 1 || filename === null) return null;
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 0,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
  });
  return {
    threads,
    run: (batch) => pool.run(batch) as Promise<LintResult[]>,
    close: () => pool.destroy(),
  };
}
