import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { SCORED_RULES } from '../../src/eval/score.js';
import { projectRoot } from '../cli/run-cli.js';

const floors = JSON.parse(readFileSync(join(projectRoot, 'test/eval/floors.json'), 'utf8')) as Record<
  string,
  { precision: number; recall: number }
>;

describe('accuracy on fixtures/eval', () => {
  const evaluation = evaluate(join(projectRoot, 'fixtures', 'eval'));

  it('reads every labelled article', () => {
    expect(evaluation.problems).toEqual([]);
    expect(evaluation.articles).toBeGreaterThanOrEqual(30);
  });

  it.each(SCORED_RULES)('%s holds its precision and recall floors', (rule) => {
    const scores = evaluation.scores[rule];
    const floor = floors[rule];
    expect(floor, `no floor for ${rule}`).toBeDefined();
    expect(scores.precision, `${rule} precision`).toBeGreaterThanOrEqual(floor?.precision ?? 1);
    expect(scores.recall, `${rule} recall`).toBeGreaterThanOrEqual(floor?.recall ?? 1);
  });
});
