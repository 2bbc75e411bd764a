/**
 * Worker threads for big runs. The main thread is a lane too (it lints files
 * between feeding the workers, lint-files.ts), so N lanes are N - 1 workers.
 * Each worker pays for loading the rules and warming its own copy of the code
 * (a cold pass over 1,000 articles costs ~1.5x a warm one), so small runs stay
 * in the main thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LintResult } from '../engine/types.js';
import { importExternal } from '../engine/import-external.js';
import type { LintBatch } from './worker.js';

/**
 * Below this many files, a worker costs more than it saves: it warms its own
 * copy of the code (~6 s of wall time before it lints at full speed), while
 * one lane already gets the other cores' help for free (V8 compiles and
 * collects garbage on background threads). Measured on 2 cores, quiet
 * (session 7, after the worker's code cache was fixed; wall s, auto vs off):
 * 1,000 files 8.5-9.3 vs 8.2-8.9 (CPU 16.5-17.9 vs 12.2-12.9), 2,000 files
 * 15.2-16.6 vs 15.1-16.0, 4,000 files 26.6-27.1 vs 28.3-29.4, 10,000 files
 * 51.7 vs 70.6: about 5.2 ms a file plus ~6 s with a worker against 7.1 ms a
 * file without, even at ~3,000 files. With more cores each extra lane takes a
 * larger share, so by the same figures workers pay from ~1,300 files at 4
 * cores (not measured here). Under heavy load from other processes, more
 * threads win a larger share of the machine (session 6: 500 files 17.9 s in
 * one lane, 11.6 s in two, at load 5-6); `--concurrency` sets it by hand.
 */
export function minFilesForWorkers(cores: number): number {
  return cores <= 2 ? 3000 : 1200;
}

/**
 * Each worker's heap. V8 grows the old generation by a factor it picks from
 * the cap: up to 4x the live data after each full collection with the default
 * cap (gigabytes), ~1.5x with 1 GB. A worker's live data is ~20 MB (rules,
 * word lists, the article in hand), but with the default cap its old
 * generation reached 80-100 MB of dead trees between collections. With the cap
 * it stays ~40-60 MB; a larger young generation than the old 12 MB lets fewer
 * trees be promoted, so the tighter old generation is collected less often.
 * Measured over 1,000 files with two workers (loaded machine, medians of
 * alternating runs): 12 MB young + default cap ~300 MB peak RSS, 20.0 s CPU;
 * 12 MB + 512 MB cap ~203 MB, 22.3 s; 24 MB + 1 GB cap (these) ~238 MB, 20.9 s.
 * Not a hard limit in practice: an article too big for the cap (tens of MB of
 * text) kills only its worker, and the run lints that batch again in the main
 * thread, whose heap has the default limit (lint-files.ts).
 */
const WORKER_YOUNG_GENERATION_MB = 24;
const WORKER_OLD_GENERATION_MB = 1024;

/** The error a batch fails with when its worker ran out of heap. */
export function isWorkerOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** `--concurrency`: how many threads lint (the main thread included), `auto` (the cores, for big runs) or `off` (1). */
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

/** Worker threads to start: the lanes besides the main thread. */
export function threadCount(concurrency: Concurrency, fileCount: number): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') {
    const cores = availableParallelism();
    return cores >= 2 && fileCount >= minFilesForWorkers(cores) ? Math.min(cores, Math.ceil(fileCount / 20)) - 1 : 0;
  }
  return Math.max(0, Math.min(concurrency, fileCount) - 1);
}

export async function createPool(threads: number): Promise<LintPool | null> {
  const filename = workerFile();
  if (threads < 1 || filename === null) return null;
  const { Tinypool } = await importExternal<typeof import('tinypool')>('tinypool');
  const pool = new Tinypool({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 0,
    // A second task waits inside the worker, so it goes on without waiting for the (busy) main thread to send one.
    concurrentTasksPerWorker: 2,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
  });
  return {
    threads,
    run: (batch) => pool.run(batch) as Promise<LintResult[]>,
    close: () => pool.destroy(),
  };
}
