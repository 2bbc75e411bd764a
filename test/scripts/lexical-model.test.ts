/**
 * scripts/lexical-model.mjs (docs/models/lexical.md) stays usable as the labelled pool grows: it runs on
 * fixtures/eval cut into four sets, and its "rule" column is what `npm run eval` scores for the rule.
 * Like the CLI tests, it runs the tsc output in dist/ (npm run build).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { projectRoot } from '../cli/run-cli.js';

interface Score {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
}
interface Fold {
  set: string;
  scores: Record<string, Score>;
}

function run(rule: string, extra: string[] = ['--quick']): Fold[] {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'scripts', 'lexical-model.mjs'), '--rule', rule, ...extra, '--lambdas', '3', '--json', 'eval*4=fixtures/eval'],
    { cwd: projectRoot, encoding: 'utf8', timeout: 120_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Fold[];
}

describe('scripts/lexical-model.mjs', () => {
  const evaluation = evaluate(join(projectRoot, 'fixtures/eval'));

  it.each(['unsourced-claim', 'unhedged-efficacy'] as const)('scores %s by leave-one-set-out on fixtures/eval', (rule) => {
    const folds = run(rule);
    expect(folds.map((fold) => fold.set)).toEqual(['eval-1', 'eval-2', 'eval-3', 'eval-4']);
    const total = (variant: string, key: 'tp' | 'fp' | 'fn') => folds.reduce((n, fold) => n + (fold.scores[variant]?.[key] ?? 0), 0);
    const { tp, fp, fn } = evaluation.scores[rule];
    expect({ tp: total('rule', 'tp'), fp: total('rule', 'fp'), fn: total('rule', 'fn') }).toEqual({ tp, fp, fn });
    for (const fold of folds) {
      for (const variant of ['model', 'rule OR model-high', 'rule AND NOT model-low']) {
        const score = fold.scores[variant];
        expect(score, variant).toBeDefined();
        expect(score!.tp + score!.fn, `${fold.set} ${variant}`).toBe(fold.scores.rule!.tp + fold.scores.rule!.fn);
      }
    }
  });

  it('scores sets given with --holdout after choosing on the others', () => {
    const [fold, ...rest] = run('unsourced-claim', ['--drop', 'rule:,claim:', '--holdout', 'again=fixtures/eval']);
    expect(rest).toEqual([]);
    expect(fold?.set).toBe('again');
    const { tp, fp, fn } = evaluation.scores['unsourced-claim'];
    expect(fold?.scores.rule).toMatchObject({ tp, fp, fn });
    expect(fold?.scores.model).toBeDefined();
  });
});
