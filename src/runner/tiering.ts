/**
 * The V8 flags of medlint's own process: regular expressions compiled once
 * (PROCESS_V8_FLAGS), and TurboFan only for long runs. A short CLI run (one article, a handful) ends
 * before V8's optimising compiler pays for itself: its compiles run on other
 * threads but count as CPU time (and compete for the cores), and the code they
 * make is used for a few milliseconds. bin/medlint.js turns TurboFan off once
 * the bundle is compiled (the code cache is checked against V8's flags); it
 * comes back on before worker threads start (they share the process's flags)
 * and once this thread has linted more than a short run's worth of text.
 * Measured alternating on a loaded machine (load 9-11): one file 394 -> 297 ms
 * CPU, 5 files 908 -> 689 ms, 15 files 1.59 -> 1.34 s, 39 files (325 KB)
 * 3.61 -> 3.49 s. Findings are the same either way: only how fast code runs.
 */
import { setFlagsFromString } from 'node:v8';

/** Characters this thread lints without TurboFan before turning it back on: ~30 typical articles. */
const SHORT_RUN_CHARS = 256 * 1024;

let budget: number | null = null;
/** Set by bin/medlint.js: the process is medlint's, so its V8 flags are medlint's to set. */
let ownProcess = false;

/**
 * How far V8 lets the old generation grow past the live data after a full
 * collection, in a long run. With the default heap cap (gigabytes) it picks up
 * to 4x; this thread lints too (the main thread is a lane, lint-files.ts) and
 * keeps ~35 MB live, so its heap swung between ~60 and ~160 MB. The flag is
 * read at every collection, and by the workers too (their 1 GB cap already
 * gave ~1.5x). Measured at 1,000 files in one thread (load 7-10, alternating):
 * peak RSS 221-241 MB unset, 181/181 MB at 100 % (CPU 17.5-20.2 s, as unset:
 * 17.8-19.7 s), 162-165 MB at 50 % but ~2 s more CPU (21.0-22.1 s). 10,000
 * files with one worker (one run each, load 6-12): unset 338 MB, 100 % 283 MB,
 * 50 % 257 MB; the limit is 300 MB and quiet runs have peaked higher than
 * loaded ones (session 5: 308 MB quiet), so 50 %, for the margin.
 */
const LONG_RUN_HEAP_GROWING_PERCENT = 50;

/**
 * The V8 flags a long run sets in medlint's own process, so also the flags its worker threads compile their
 * bundle under. V8 takes a code cache only under the flags it was made with, so scripts/code-cache.mjs makes
 * the worker bundle's cache under these (until it did, every worker compiled its bundle from source).
 */
export const LONG_RUN_V8_FLAGS = `--heap-growing-percent=${LONG_RUN_HEAP_GROWING_PERCENT}`;

/**
 * Every regular expression straight to native code. By default V8 first runs a new expression in its bytecode
 * interpreter and compiles it again to native code on its second use; the rules' expressions (hundreds, several
 * large alternations of listed words) run on every sentence, so nearly all are compiled twice. Set after the
 * bundle is compiled, as V8 checks the CLI's code cache against its flags. Measured alternating (load ~1,
 * 2 cores): one article 0.47-0.55 -> 0.35-0.41 s wall; 1,000 files in one thread 9.8-10.2 -> 8.9-9.0 s wall,
 * 14.3-14.6 -> 12.8-13.0 s user CPU. Findings are the same: only how the expressions run.
 */
export const PROCESS_V8_FLAGS = '--no-regexp-tier-up';

/** The flags worker threads compile their bundle under (they share the process's): scripts/code-cache.mjs makes their cache under these. */
export const WORKER_V8_FLAGS = `${PROCESS_V8_FLAGS} ${LONG_RUN_V8_FLAGS}`;

/** For bin/medlint.js, after it has compiled the bundle. */
export function startShortRun(): void {
  ownProcess = true;
  setFlagsFromString(`--no-turbofan ${PROCESS_V8_FLAGS}`);
  budget = SHORT_RUN_CHARS;
}

/** Before this thread lints `chars` more characters; a long run gets TurboFan back first. */
export function noteLinting(chars: number): void {
  if (budget === null) return;
  budget -= chars;
  if (budget < 0) endShortRun();
}

/** The run is long (worker threads may start): TurboFan, and in medlint's own process a heap kept near its live data. */
export function startLongRun(): void {
  endShortRun();
  if (ownProcess) setFlagsFromString(LONG_RUN_V8_FLAGS);
}

/** The run is long, or worker threads are about to start: TurboFan back on (a no-op unless startShortRun was called). */
export function endShortRun(): void {
  if (budget === null) return;
  budget = null;
  setFlagsFromString('--turbofan');
}
