import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ArticleLabels, checkLabels, checkQuotes } from '../../src/eval/labels.js';
import { projectRoot } from '../cli/run-cli.js';

const evalDir = join(projectRoot, 'fixtures', 'eval');
const labelFiles = readdirSync(evalDir).filter((name) => name.endsWith('.json'));

describe('the labelled evaluation set', () => {
  it('has at least 30 labelled articles', () => {
    expect(labelFiles.length).toBeGreaterThanOrEqual(30);
  });

  it.each(labelFiles)('%s is well-formed and its quotes occur exactly once', (labelFile) => {
    const data: unknown = JSON.parse(readFileSync(join(evalDir, labelFile), 'utf8'));
    expect(checkLabels(data)).toEqual([]);
    const labels = data as ArticleLabels;
    expect(`${labels.article}.json`).toBe(labelFile);
    const source = readFileSync(join(evalDir, labels.article), 'utf8');
    expect(checkQuotes(labels, source)).toEqual([]);
    for (const marker of labels.dangling) expect(source).toContain(marker);
    if (labels.safetySection !== null) expect(source).toContain(labels.safetySection);
  });
});
