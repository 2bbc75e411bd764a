/**
 * "files done/total" on stderr for long runs in a terminal, erased when the
 * run ends. Silent in CI, when stderr is not a terminal, and when the report
 * goes to a piped stdout (a pipeline is reading; keep the terminal quiet).
 */
export interface ProgressTarget {
  write(text: string): void;
  stderrIsTTY: boolean;
  /** True when the report is printed to a stdout that is not a terminal. */
  reportToPipe: boolean;
  env: NodeJS.ProcessEnv;
}

export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

/** Nothing shows before this much of the run has passed, so quick runs never flicker. */
export const PROGRESS_DELAY_MS = 1000;
const REDRAW_INTERVAL_MS = 100;

const silent: Progress = { update: () => {}, end: () => {} };

export function progressEnabled(target: Omit<ProgressTarget, 'write'>): boolean {
  const ci = target.env.CI;
  return target.stderrIsTTY && !target.reportToPipe && (ci === undefined || ci === '' || ci === 'false' || ci === '0');
}

export function createProgress(target: ProgressTarget, now: () => number = Date.now): Progress {
  if (!progressEnabled(target)) return silent;
  const startedAt = now();
  let lastDrawn = 0;
  let shown = false;
  return {
    update(done, total) {
      const time = now();
      if (time - startedAt < PROGRESS_DELAY_MS || (time - lastDrawn < REDRAW_INTERVAL_MS && done < total)) return;
      lastDrawn = time;
      shown = true;
      target.write(`\r\x1b[Kmedlint: ${done}/${total} files`);
    },
    end() {
      if (shown) target.write('\r\x1b[K');
      shown = false;
    },
  };
}
