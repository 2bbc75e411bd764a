import { describe, expect, it } from 'vitest';
import { createProgress, progressEnabled, PROGRESS_DELAY_MS } from '../../src/runner/progress.js';

const terminal = { stderrIsTTY: true, reportToPipe: false, env: {} };

describe('progressEnabled', () => {
  it('is on only for a terminal stderr, outside CI, with the report not piped', () => {
    expect(progressEnabled(terminal)).toBe(true);
    expect(progressEnabled({ ...terminal, stderrIsTTY: false })).toBe(false);
    expect(progressEnabled({ ...terminal, reportToPipe: true })).toBe(false);
    expect(progressEnabled({ ...terminal, env: { CI: 'true' } })).toBe(false);
    expect(progressEnabled({ ...terminal, env: { CI: '1' } })).toBe(false);
    expect(progressEnabled({ ...terminal, env: { CI: 'false' } })).toBe(true);
  });
});

describe('createProgress', () => {
  function recorder(enabled = terminal) {
    const written: string[] = [];
    let time = 0;
    const progress = createProgress({ ...enabled, write: (text) => written.push(text) }, () => time);
    return { written, progress, advance: (ms: number) => (time += ms) };
  }

  it('stays quiet for quick runs', () => {
    const { written, progress } = recorder();
    progress.update(1, 2);
    progress.update(2, 2);
    progress.end();
    expect(written).toEqual([]);
  });

  it('shows files done/total after the delay, at most every 100 ms, and erases itself at the end', () => {
    const { written, progress, advance } = recorder();
    advance(PROGRESS_DELAY_MS);
    progress.update(10, 100);
    advance(10);
    progress.update(11, 100);
    advance(100);
    progress.update(30, 100);
    progress.update(100, 100);
    progress.end();
    expect(written).toEqual([
      '\r\x1b[Kmedlint: 10/100 files',
      '\r\x1b[Kmedlint: 30/100 files',
      '\r\x1b[Kmedlint: 100/100 files',
      '\r\x1b[K',
    ]);
  });

  it('writes nothing at all when disabled', () => {
    const { written, progress, advance } = recorder({ ...terminal, stderrIsTTY: false });
    advance(5000);
    progress.update(1, 1);
    progress.end();
    expect(written).toEqual([]);
  });
});
