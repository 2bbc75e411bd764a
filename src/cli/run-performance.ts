/**
 * The CLI's speed options, turned into run options: --cache and
 * --cache-location, --concurrency, dropping sources no reporter reads, skipping
 * the evidence summary when the reporter does not print it, and
 * progress on stderr. MEDLINT_DEBUG_STATS=1 prints what the run did (files
 * linted or taken from the cache, threads, CPU, peak memory) as one JSON line
 * on stderr, for tests and the benchmark.
 */
import { resolveCacheLocation } from '../cache/lint-cache.js';
import { formatterNeedsEvidence, formatterNeedsSource } from '../format/index.js';
import type { LintRun, LintRunOptions } from '../runner/lint-files.js';
import type { ResolverSpec } from '../runner/lint-job.js';
import type { Concurrency } from '../runner/pool.js';
import { createProgress, type Progress } from '../runner/progress.js';
import { CliError, type CliIO } from './io.js';

export interface PerformanceFlags {
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: string;
  format: string;
  outputFile?: string;
}

export function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new CliError(`--concurrency expects a whole number of threads (the main thread included), auto or off, got "${value}"`);
  return count;
}

export interface PerformanceSetup {
  runOptions: Pick<LintRunOptions, 'resolverSpec' | 'concurrency' | 'keepSource' | 'evidence' | 'cacheLocation' | 'onProgress'>;
  progress: Progress;
}

/** `needSource`: something besides the reporter reads the flagged text (e.g. the suppressions baseline). */
export function performanceSetup(flags: PerformanceFlags, io: CliIO, resolverSpec: ResolverSpec, needSource: boolean): PerformanceSetup {
  const progress = createProgress({
    write: (text) => io.stderr(text),
    stderrIsTTY: io.stderrIsTTY === true,
    reportToPipe: flags.outputFile === undefined && !io.stdoutIsTTY,
    env: io.env,
  });
  return {
    runOptions: {
      resolverSpec,
      concurrency: parseConcurrency(flags.concurrency),
      keepSource: needSource || formatterNeedsSource(flags.format),
      evidence: formatterNeedsEvidence(flags.format),
      ...(flags.cache ? { cacheLocation: resolveCacheLocation(io.cwd, flags.cacheLocation) } : {}),
      onProgress: (done, total) => progress.update(done, total),
    },
    progress,
  };
}

export function printRunStats(run: LintRun, io: CliIO): void {
  if (!io.env.MEDLINT_DEBUG_STATS) return;
  const usage = process.resourceUsage();
  const stats = {
    ...run.stats,
    cpuUserMs: Math.round(usage.userCPUTime / 1000),
    cpuSystemMs: Math.round(usage.systemCPUTime / 1000),
    maxRssKb: usage.maxRSS,
  };
  io.stderr(`medlint-stats ${JSON.stringify(stats)}\n`);
}
