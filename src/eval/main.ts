/**
 * `npm run eval [-- DIR] [--articles DIR] [--against DIR] [--verbose] [--json]`:
 * precision, recall and F1 per rule on a labelled directory (default
 * fixtures/eval). With `--against OTHER`, OTHER's labels are scored in
 * medlint's place: how far two labellers agree.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../package-info.js';
import { compareLabellers } from './agreement.js';
import { evaluate } from './evaluate.js';
import { SCORED_RULES } from './score.js';

function percent(value: number): string {
  return value.toFixed(2);
}

function run(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      articles: { type: 'string' },
      against: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const labelDir = resolve(positionals[0] ?? join(packageRoot, 'fixtures', 'eval'));
  const articleDir = values.articles ? resolve(values.articles) : labelDir;
  const evaluation = values.against
    ? compareLabellers(labelDir, resolve(values.against), articleDir)
    : evaluate(labelDir, articleDir);

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ articles: evaluation.articles, scores: evaluation.scores }, null, 2)}\n`);
    return 0;
  }
  for (const problem of evaluation.problems) process.stderr.write(`label problem: ${problem}\n`);
  const scored = values.against ? `the labels in ${resolve(values.against)}` : 'medlint';
  const lines = [`${evaluation.articles} labelled articles in ${labelDir}, scoring ${scored}`, ''];
  lines.push(`${'rule'.padEnd(27)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall  F1`);
  for (const rule of SCORED_RULES) {
    const s = evaluation.scores[rule];
    lines.push(
      `${rule.padEnd(27)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${percent(s.precision).padStart(9)}  ${percent(s.recall).padStart(6)}  ${percent(s.f1)}`,
    );
  }
  if (values.verbose) {
    for (const kind of ['fp', 'fn'] as const) {
      lines.push('', kind === 'fp' ? 'False alarms:' : 'Missed:');
      for (const item of evaluation.cases.filter((c) => c.kind === kind)) {
        lines.push(`  [${item.rule}] ${item.article}: ${item.text.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

try {
  process.exitCode = run();
} catch (error) {
  process.stderr.write(`medlint eval: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
