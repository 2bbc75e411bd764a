import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { SCORED_RULES } from '../../src/eval/score.js';
import { projectRoot } from '../cli/run-cli.js';

type Floors = Record<string, { precision: number; recall: number }>;

/** The tuned set, and the blind one written by people who never saw the rules (fixtures/eval-blind/README.md). */
const SETS: Array<{ dir: string; floors: string; minimumArticles: number }> = [
  { dir: 'fixtures/eval', floors: 'test/eval/floors.json', minimumArticles: 30 },
  { dir: 'fixtures/eval-blind', floors: 'test/eval/floors-blind.json', minimumArticles: 184 },
];

describe.each(SETS)('accuracy on $dir', ({ dir, floors: floorsFile, minimumArticles }) => {
  const floors = JSON.parse(readFileSync(join(projectRoot, floorsFile), 'utf8')) as Floors;
  const evaluation = evaluate(join(projectRoot, dir));

  it('reads every labelled article', () => {
    expect(evaluation.problems).toEqual([]);
    expect(evaluation.articles).toBeGreaterThanOrEqual(minimumArticles);
  });

  it.each(SCORED_RULES)('%s holds its precision and recall floors', (rule) => {
    const scores = evaluation.scores[rule];
    const floor = floors[rule];
    expect(floor, `no floor for ${rule}`).toBeDefined();
    expect(scores.precision, `${rule} precision`).toBeGreaterThanOrEqual(floor?.precision ?? 1);
    expect(scores.recall, `${rule} recall`).toBeGreaterThanOrEqual(floor?.recall ?? 1);
  });
});
