/**
 * The run: which files, each file's config, read, lint, and (with --fix)
 * write back. I/O lives here so the engine stays pure. Big runs lint in
 * worker threads and in this thread, which also reads the files and feeds the
 * workers; results come back in file order and keep only messages (and the
 * source when a reporter needs it), never trees.
 */
import { open } from 'node:fs/promises';
import { configFingerprint, hashText } from '../cache/fingerprint.js';
import { LintCache } from '../cache/lint-cache.js';
import type { ConfigResolver } from '../config/index.js';
import { findFiles, readSourceFile } from '../files/index.js';
import { selectShard, type Shard } from '../files/shard.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import type { FixType, LintMessage, LintResult, Rule } from '../engine/types.js';
import { packageVersion } from '../package-info.js';
import type { LintJobFile, LintJobOptions, ResolverSpec } from './lint-job.js';
import { createPool, isWorkerOutOfMemory, threadCount, type Concurrency, type LintPool } from './pool.js';
import { noteLinting, startLongRun } from './tiering.js';

export interface LintRunOptions {
  cwd: string;
  resolver: ConfigResolver;
  ignorePatterns?: string[];
  useIgnoreFile?: boolean;
  fix?: 'write' | 'dry-run' | false;
  fixTypes?: FixType[];
  reportUnusedDirectives?: 'warn' | 'error' | 'off';
  /** --changed: lint only these (absolute) paths among the files the patterns select. */
  onlyFiles?: ReadonlySet<string>;
  /** --shard: lint only this part of the final file list. */
  shard?: Shard;
  /** How worker threads rebuild `resolver`; without it the run stays in this thread. */
  resolverSpec?: ResolverSpec;
  /** Threads that lint, this one included: a count, `auto` (the default: the cores, for big runs) or `off` (this one only). */
  concurrency?: Concurrency;
  /** Keep `LintResult.source` (default true); reporters without context don't need it. */
  keepSource?: boolean;
  /** Compute `LintResult.evidence` (default true); only the json and html reporters print it. */
  evidence?: boolean;
  /** --cache: the cache file's absolute path. */
  cacheLocation?: string;
  /** Called after each file, in file order. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Takes each result, in file order, as the run finishes it; the run then
   * keeps none (`LintRun.results` stays empty), so a reporter can write as it goes.
   */
  onResult?: (result: LintResult) => void;
}

/** What the run did, for --debug-stats, tests and the benchmark. */
export interface RunStats {
  files: number;
  /** Files parsed and linted in this run (the rest came from the cache). */
  linted: number;
  fromCache: number;
  /** Worker threads started; this thread lints too. */
  threads: number;
  /** Of `linted`, the files this thread linted. */
  lintedHere: number;
}

export interface LintRun {
  results: LintResult[];
  /** Trouble that makes the run exit 2: missing files, unreadable files, bad config. */
  problems: string[];
  /** Worth saying on stderr but not failing: skipped binary files, decoding repairs. */
  warnings: string[];
  stats?: RunStats;
}

/**
 * The engine and the parser, loaded when this thread first lints: a run whose
 * files go to worker threads never needs them here.
 */
let engine: Promise<{ lintText: typeof import('../engine/lint.js').lintText; formatFromPath: typeof import('../parse/index.js').formatFromPath }> | null = null;

function loadEngine(): NonNullable<typeof engine> {
  engine ??= Promise.all([import('../engine/lint.js'), import('../parse/index.js')]).then(([lint, parse]) => ({
    lintText: lint.lintText,
    formatFromPath: parse.formatFromPath,
  }));
  return engine;
}


function fixFilter(options: Pick<LintRunOptions, 'fix' | 'fixTypes'>, rulesById: Map<string, Rule>): ((m: LintMessage) => boolean) | false {
  if (!options.fix) return false;
  const types = options.fixTypes;
  if (!types || types.length === 0) return () => true;
  return (message) => {
    const kind = message.ruleId ? rulesById.get(message.ruleId)?.meta.fixable : undefined;
    return kind !== undefined && types.includes(kind);
  };
}

export async function lintSource(
  source: string,
  filePath: string,
  options: Pick<LintRunOptions, 'resolver' | 'fix' | 'fixTypes' | 'reportUnusedDirectives' | 'evidence'>,
): Promise<LintResult> {
  const config = await options.resolver.forFile(filePath);
  const rulesById = new Map(config.rules.map((configured) => [configured.rule.meta.id, configured.rule]));
  const { lintText, formatFromPath } = await loadEngine();
  noteLinting(source.length);
  return lintText(source, {
    filePath,
    format: formatFromPath(filePath) ?? 'markdown',
    rules: config.rules,
    fix: fixFilter(options, rulesById),
    reportUnusedDirectives: options.reportUnusedDirectives ?? 'off',
    evidence: options.evidence !== false,
  });
}

const UTF8_BOM = '\xef\xbb\xbf';

/** The file's first bytes as latin1, to see its byte-order mark. */
async function readHead(filePath: string): Promise<string> {
  try {
    const handle = await open(filePath, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(3), 0, 3, 0);
      return buffer.subarray(0, bytesRead).toString('latin1');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

/**
 * Why fixed text must not replace the file, or null. A file counts as failed
 * to parse when a rule failed on it (a fatal message): its findings, and so
 * its fixes, are incomplete. A file whose bytes were repaired on reading, or
 * one in UTF-16, would come back different in more than the fixes.
 */
function fixRefusal(result: LintResult, readWarnings: string[], head: string): string | null {
  if (result.messages.some((message) => message.fatal)) return 'a rule failed on it';
  if (readWarnings.length > 0) return 'it has bytes that are not valid text, which writing would replace';
  if (head.startsWith('\xff\xfe') || head.startsWith('\xfe\xff')) return 'it is UTF-16, and medlint writes UTF-8';
  return null;
}

/** From this many files to lint, the run is long from the start (tiering.ts). */
const LONG_RUN_FILES = 40;

export async function lintFiles(patterns: string[], options: LintRunOptions): Promise<LintRun> {
  const run: LintRun = { results: [], problems: [], warnings: [] };
  const found = await findFiles(patterns, {
    cwd: options.cwd,
    ignorePatterns: options.ignorePatterns ?? [],
    ignoreFile: options.useIgnoreFile === false ? false : '.medlintignore',
  });
  for (const problem of found.problems) {
    if (problem.message.startsWith('File ignored')) run.warnings.push(problem.message);
    else run.problems.push(problem.message);
  }

  const selected: string[] = [];
  for (const filePath of found.files) {
    if (options.onlyFiles && !options.onlyFiles.has(filePath)) continue;
    // Configs may carry their own ignorePatterns, relative to their folder.
    if (!(await options.resolver.isIgnored(filePath))) selected.push(filePath);
  }
  const files = options.shard ? selectShard(selected, options.shard, options.cwd) : selected;
  run.stats = { files: files.length, linted: 0, fromCache: 0, threads: 0, lintedHere: 0 };
  let cache: LintCache | null = null;
  if (options.cacheLocation !== undefined) {
    const loaded = await LintCache.load(options.cacheLocation, packageVersion());
    if (loaded.warning) run.warnings.push(loaded.warning);
    cache = loaded.cache;
  }
  // With a cache, look every file up first: only what is left to lint decides whether workers pay off.
  const items: Array<string | PendingFile | null> = cache ? await lookUpAll(files, options, run, cache) : files;
  const toLint = cache ? items.filter((item) => item !== null && typeof item !== 'string' && item.result === null).length : files.length;
  const threads = options.resolverSpec ? threadCount(options.concurrency ?? 'auto', toLint) : 0;
  // Workers share this process's V8 flags; a long run wants TurboFan from the start, and a heap that stays small.
  if (threads > 0 || toLint >= LONG_RUN_FILES) startLongRun();
  const pool = threads > 0 ? await createPool(threads) : null;
  run.stats.threads = pool?.threads ?? 0;
  try {
    await lintInOrder(items, options, run, cache, pool, toLint);
  } finally {
    await pool?.close();
  }
  if (cache) {
    try {
      await cache.save();
    } catch (error) {
      run.warnings.push(`could not write the cache ${cache.location}: ${(error as Error).message}`);
    }
  }
  return run;
}

/** One file on its way through the run: read, maybe cached, linted, finished. */
interface PendingFile {
  filePath: string;
  /** null while the file waits its turn after a cache look-up (texts are not held for the whole run). */
  text: string | null;
  readWarnings: string[];
  textHash: string | null;
  configHash: string | null;
  result: LintResult | null;
}

/** Cached files ride along in batches too; this keeps progress and finishing moving through a cached run. */
const MAX_BATCH_LENGTH = 64;

/** The most files (to lint) in one worker task. */
const MAX_WORKER_BATCH = 16;

/**
 * Files per worker task: enough to make messaging cheap, few enough that the
 * lanes finish together (the batch shrinks as the run nears its end).
 */
function workerBatchSize(remaining: number, lanes: number): number {
  return Math.max(1, Math.min(MAX_WORKER_BATCH, Math.ceil(remaining / (lanes * 4))));
}

/** Back to the event loop once, where finished worker tasks are taken in and new ones sent. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Files handed to a lane together; finished in file order once `done`. */
interface Slot {
  files: PendingFile[];
  done: boolean;
  promise: Promise<unknown>;
}

/** Read and look up every file; cached results are kept (messages only), texts are dropped. */
async function lookUpAll(files: string[], options: LintRunOptions, run: LintRun, cache: LintCache): Promise<Array<PendingFile | null>> {
  const items: Array<PendingFile | null> = [];
  for (const filePath of files) {
    const pending = await readPending(filePath, options, run, cache);
    if (pending) pending.text = null;
    items.push(pending);
  }
  return items;
}

/** A pending file with its text, reading it (again) if a look-up let it go; null when it can no longer be read. */
async function withText(item: string | PendingFile, options: LintRunOptions, run: LintRun, cache: LintCache | null): Promise<PendingFile | null> {
  if (typeof item === 'string') return readPending(item, options, run, cache);
  if (item.text !== null || item.result !== null) return item;
  const read = await readSourceFile(item.filePath);
  if ('error' in read) {
    run.problems.push(read.error.includes(item.filePath) ? read.error : `${item.filePath}: ${read.error}`);
    return null;
  }
  item.text = read.text;
  // The file may have changed since the look-up: the cache must describe what is linted now.
  item.textHash = hashText(read.text);
  return item;
}

/**
 * The lanes: each worker thread, and this thread. Workers take batches from
 * the front of the file list (two each, so one waits in the worker while it
 * lints the other); this thread reads the files, keeps the workers supplied,
 * lints one file itself whenever nothing else is to do, and finishes results
 * in file order. Only a window of files is in flight, so the run never holds
 * more than a few dozen results or texts.
 */
async function lintInOrder(
  items: Array<string | PendingFile | null>,
  options: LintRunOptions,
  run: LintRun,
  cache: LintCache | null,
  pool: LintPool | null,
  toLint: number,
): Promise<void> {
  const jobOptions: LintJobOptions = {
    fix: options.fix ?? false,
    ...(options.fixTypes ? { fixTypes: options.fixTypes } : {}),
    reportUnusedDirectives: options.reportUnusedDirectives ?? 'off',
    keepSource: options.keepSource !== false,
    evidence: options.evidence !== false,
  };
  const total = items.length;
  const lanes = (pool?.threads ?? 0) + 1;
  const maxWorkerTasks = pool ? pool.threads * 2 : 0;
  // Files read but not yet finished: the workers' tasks, and what this thread lints while the oldest is out.
  const maxWindowFiles = maxWorkerTasks * MAX_BATCH_LENGTH + MAX_BATCH_LENGTH;
  const window: Slot[] = [];
  let windowFiles = 0;
  let workerTasks = 0;
  let cursor = 0;
  let left = toLint;
  let done = 0;

  /** The next files in list order, up to `uncachedWanted` to lint; null at the end of the list. */
  const take = async (uncachedWanted: number): Promise<PendingFile[] | null> => {
    const batch: PendingFile[] = [];
    let uncached = 0;
    while (cursor < items.length && uncached < uncachedWanted && batch.length < MAX_BATCH_LENGTH) {
      const item = items[cursor++]!;
      const pending = item === null ? null : await withText(item, options, run, cache);
      if (pending) {
        batch.push(pending);
        if (pending.result === null) uncached++;
      } else {
        options.onProgress?.(++done, total);
      }
    }
    left -= uncached;
    if (batch.length === 0) return null;
    windowFiles += batch.length;
    return batch;
  };
  const finishReady = async () => {
    while (window.length > 0 && window[0]!.done) {
      const slot = window.shift()!;
      // A worker's failure (other than running out of memory) fails the run here.
      await slot.promise;
      windowFiles -= slot.files.length;
      for (const pending of slot.files) {
        await finishFile(pending, options, run, cache);
        options.onProgress?.(++done, total);
      }
    }
  };
  try {
    for (;;) {
      await finishReady();
      // Workers first: each keeps a task waiting, so it never waits for this thread.
      while (pool !== null && workerTasks < maxWorkerTasks && windowFiles < maxWindowFiles && cursor < items.length) {
        const files = await take(workerBatchSize(left, lanes));
        if (files === null) break;
        const slot: Slot = { files, done: false, promise: lintBatch(files, options, jobOptions, pool, run) };
        workerTasks++;
        const settle = () => {
          slot.done = true;
          workerTasks--;
        };
        slot.promise.then(settle, settle);
        window.push(slot);
      }
      if (cursor < items.length && windowFiles < maxWindowFiles) {
        // This thread's lane: one file, then back to the event loop, where finished worker tasks come in.
        const files = await take(1);
        if (files !== null) {
          const slot: Slot = { files, done: false, promise: Promise.resolve() };
          window.push(slot);
          await lintBatch(files, options, jobOptions, null, run);
          slot.done = true;
          if (pool !== null) await yieldToEventLoop();
        }
        continue;
      }
      const oldest = window[0];
      if (oldest === undefined) break;
      await oldest.promise.catch(() => {});
    }
  } finally {
    // On failure, let the workers' tasks settle before the pool closes under them.
    await Promise.allSettled(window.map((slot) => slot.promise));
  }
}

/** Read a file and look it up in the cache; null when it cannot be linted (the reason is on the run). */
async function readPending(
  filePath: string,
  options: LintRunOptions,
  run: LintRun,
  cache: LintCache | null,
): Promise<PendingFile | null> {
  const read = await readSourceFile(filePath);
  if ('error' in read) {
    // A binary file is skipped with a warning; anything else is an I/O problem.
    if (/binary/i.test(read.error)) run.warnings.push(`${filePath}: ${read.error}`);
    else run.problems.push(read.error.includes(filePath) ? read.error : `${filePath}: ${read.error}`);
    return null;
  }
  for (const warning of read.warnings) run.warnings.push(`${filePath}: ${warning}`);
  const pending: PendingFile = { filePath, text: read.text, readWarnings: read.warnings, textHash: null, configHash: null, result: null };
  if (cache) {
    const config = await options.resolver.forFile(filePath);
    pending.textHash = hashText(read.text);
    pending.configHash = configFingerprint(config, {
      version: packageVersion(),
      reportUnusedDirectives: options.reportUnusedDirectives ?? 'off',
    });
    const cached = cache.get(filePath, pending.textHash, pending.configHash, options.evidence !== false);
    // With --fix, a file with fixable findings is linted again so its fixes can be applied.
    if (cached && !(options.fix && cached.messages.some((message) => message.fix))) {
      if (options.keepSource !== false) cached.source = read.text;
      pending.text = null;
      pending.result = cached;
      run.stats!.fromCache++;
    }
  }
  return pending;
}

async function lintBatch(
  batch: PendingFile[],
  options: LintRunOptions,
  jobOptions: LintJobOptions,
  pool: LintPool | null,
  run: LintRun,
): Promise<PendingFile[]> {
  const toLint = batch.filter((pending) => pending.result === null);
  run.stats!.linted += toLint.length;
  if (toLint.length === 0) return batch;
  if (pool && options.resolverSpec) {
    const files: LintJobFile[] = toLint.map(({ filePath, text }) => ({ filePath, text: text ?? '' }));
    const results = await pool.run({ resolver: options.resolverSpec, options: jobOptions, files }).catch((error: unknown) => {
      // A file too big for a worker's heap: this thread, with the default heap limit, lints the batch instead.
      if (isWorkerOutOfMemory(error)) return null;
      throw error;
    });
    if (results !== null) {
      toLint.forEach((pending, index) => {
        pending.result = results[index] ?? null;
      });
      return batch;
    }
  }
  run.stats!.lintedHere += toLint.length;
  for (const pending of toLint) {
    const result = await lintSource(pending.text ?? '', pending.filePath, options);
    if (!jobOptions.keepSource) delete result.source;
    pending.result = result;
  }
  return batch;
}

/** Write fixes, update the cache and keep the result (messages only: the text is let go here). */
async function finishFile(pending: PendingFile, options: LintRunOptions, run: LintRun, cache: LintCache | null): Promise<void> {
  const { filePath, result } = pending;
  pending.text = null;
  if (result === null) return;
  let rewritten = false;
  if (options.fix === 'write' && result.output !== undefined) {
    const head = await readHead(filePath);
    const refusal = fixRefusal(result, pending.readWarnings, head);
    if (refusal) run.warnings.push(`${filePath}: fixes not written: ${refusal}`);
    else {
      try {
        await writeFileAtomic(filePath, head.startsWith(UTF8_BOM) ? `\uFEFF${result.output}` : result.output);
        rewritten = true;
      } catch (error) {
        run.problems.push(`${filePath}: could not write fixes: ${(error as Error).message}`);
      }
    }
  }
  if (cache && pending.textHash !== null && pending.configHash !== null) {
    // Only results that describe the file as it is on disk are kept; a fixed file is linted afresh next time.
    if (result.output === undefined && !rewritten) cache.set(filePath, pending.textHash, pending.configHash, result, options.evidence !== false);
    else cache.delete(filePath);
  }
  if (options.onResult) options.onResult(result);
  else run.results.push(result);
}
