import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ArticleLabels, checkLabels, checkQuotes } from '../../src/eval/labels.js';
import { projectRoot } from '../cli/run-cli.js';

const labelledSets = ['eval', 'eval-blind'].flatMap((set) => {
  const dir = join(projectRoot, 'fixtures', set);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((labelFile) => ({ set, dir, labelFile }));
});

describe('the labelled evaluation sets', () => {
  it('have at least 30 tuned and 40 blind labelled articles', () => {
    expect(labelledSets.filter((item) => item.set === 'eval').length).toBeGreaterThanOrEqual(30);
    expect(labelledSets.filter((item) => item.set === 'eval-blind').length).toBeGreaterThanOrEqual(40);
  });

  it.each(labelledSets)('$set/$labelFile is well-formed and its quotes occur exactly once', ({ dir, labelFile }) => {
    const data: unknown = JSON.parse(readFileSync(join(dir, labelFile), 'utf8'));
    expect(checkLabels(data)).toEqual([]);
    const labels = data as ArticleLabels;
    expect(`${labels.article}.json`).toBe(labelFile);
    const source = readFileSync(join(dir, labels.article), 'utf8');
    expect(checkQuotes(labels, source)).toEqual([]);
    for (const marker of labels.dangling) expect(source).toContain(marker);
    if (labels.safetySection !== null) expect(source).toContain(labels.safetySection);
  });
});
