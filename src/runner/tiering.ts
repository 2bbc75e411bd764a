/**
 * TurboFan only for long runs. A short CLI run (one article, a handful) ends
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

/** For bin/medlint.js, after it has compiled the bundle. */
export function startShortRun(): void {
  setFlagsFromString('--no-turbofan');
  budget = SHORT_RUN_CHARS;
}

/** Before this thread lints `chars` more characters; a long run gets TurboFan back first. */
export function noteLinting(chars: number): void {
  if (budget === null) return;
  budget -= chars;
  if (budget < 0) endShortRun();
}

/** The run is long, or worker threads are about to start: TurboFan back on (a no-op unless startShortRun was called). */
export function endShortRun(): void {
  if (budget === null) return;
  budget = null;
  setFlagsFromString('--turbofan');
}
