import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { minFilesForWorkers, threadCount } from '../../src/runner/pool.js';

describe('threadCount', () => {
  it('uses no workers for small runs, off, or one thread', () => {
    expect(threadCount('auto', minFilesForWorkers(availableParallelism()) - 1)).toBe(0);
    expect(threadCount('off', 10_000)).toBe(0);
    expect(threadCount(1, 10_000)).toBe(0);
  });

  it('counts the main thread as a lane: a worker per other core for big runs, never more lanes than files', () => {
    const cores = availableParallelism();
    expect(threadCount('auto', 10_000)).toBe(cores >= 2 ? cores - 1 : 0);
    expect(threadCount(4, 3)).toBe(2);
    expect(threadCount(3, 100)).toBe(2);
    expect(threadCount(2, 100)).toBe(1);
  });

  it('waits for more files on two cores, where one lane already gets the other core for compiling and collecting', () => {
    expect(minFilesForWorkers(2)).toBeGreaterThan(minFilesForWorkers(8));
  });
});
