/**
 * Size and depth: every case finishes within a generous bound (shared CI
 * machines are slow; real figures belong in the benchmark). Pathological
 * nesting and bracket storms are refused by the parser guard with one fatal
 * message, fast. The 20 MB article runs with MEDLINT_SLOW_TESTS=1; by default
 * a 2 MB one stands in for it.
 */
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';
import { isSorted, linesOf, lintAll, positionProblem } from './lint-all.js';

const paragraph =
  'Magnesium may help some adults fall asleep [1]. A 2019 trial found small changes in sleep onset (Lee et al., 2019). ' +
  'Side effects include diarrhoea and nausea [2]. ';
const references = '## References\n\n1. Lee K. Magnesium and sleep. Nutrients. 2019.\n2. Park J. Side effects. BMJ. 2020.\n';

function article(bytes: number): string {
  const block = `${paragraph.repeat(4)}\n\n`;
  return `# Magnesium and sleep\n\n${block.repeat(Math.ceil(bytes / block.length))}${references}`;
}

function timed(run: () => LintResult): { result: LintResult; ms: number; heapMb: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started, heapMb: process.memoryUsage().heapUsed / 1e6 };
}

function expectValid(result: LintResult, source: string): void {
  const lines = linesOf(source);
  expect(result.messages.map((message) => positionProblem(message, lines)).filter(Boolean)).toEqual([]);
  expect(isSorted(result.messages)).toBe(true);
}

function expectRefused(result: LintResult, pattern: RegExp): void {
  expect(result.messages).toHaveLength(1);
  expect(result.messages[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true });
  expect(result.messages[0]?.message).toMatch(pattern);
}

describe('huge input finishes in bounded time and memory', () => {
  it('a single 200,000-character line', () => {
    const source = `# Magnesium\n\n${paragraph.repeat(Math.ceil(200_000 / paragraph.length))}\n\n${references}`;
    const { result, ms } = timed(() => lintAll(source, 'markdown'));
    expectValid(result, source);
    expect(ms).toBeLessThan(120_000);
  }, 300_000);

  it.each([
    ['10,000 nested blockquotes on one line', `${'> '.repeat(10_000)}deep\n`],
    // Line by line, 10,000 levels would be 50 MB of markers; 2,000 is deep enough.
    ['2,000 nested blockquote lines', Array.from({ length: 2_000 }, (_, depth) => `${'>'.repeat(depth + 1)} level`).join('\n')],
    ['10,000 nested list levels on one line', `${'- '.repeat(10_000)}deep\n`],
    ['2,000 nested list levels by indentation', Array.from({ length: 2_000 }, (_, depth) => `${'  '.repeat(depth)}- level`).join('\n')],
  ])('%s: refused with one fatal message, fast, in Markdown; linted as plain text', (_name, source) => {
    const markdown = timed(() => lintAll(source, 'markdown'));
    expectRefused(markdown.result, /nests more than 100 blockquote or list levels/);
    expect(markdown.ms).toBeLessThan(10_000);
    const text = timed(() => lintAll(source, 'text'));
    expectValid(text.result, source);
    expect(text.ms).toBeLessThan(120_000);
  }, 300_000);

  it('50,000 citation markers across paragraphs, with their reference list', () => {
    const count = 50_000;
    const body = Array.from({ length: count / 10 }, (_, block) =>
      Array.from({ length: 10 }, (_, index) => `Finding ${block * 10 + index} was reported [${(block * 10 + index) % 40 + 1}].`).join(' '),
    ).join('\n\n');
    const list = Array.from({ length: 40 }, (_, index) => `${index + 1}. Author ${index}. Title ${index}. Journal. 2020.`).join('\n');
    const source = `# Findings\n\n${body}\n\n## References\n\n${list}\n`;
    const { result, ms, heapMb } = timed(() => lintAll(source, 'markdown'));
    expectValid(result, source);
    expect(ms).toBeLessThan(300_000);
    expect(heapMb).toBeLessThan(3_000);
  }, 600_000);

  it('50,000 citation markers in one paragraph: refused with one fatal message, fast', () => {
    const source = `# Findings\n\n${Array.from({ length: 50_000 }, (_, index) => `[${index + 1}]`).join(' ')}\n`;
    const { result, ms } = timed(() => lintAll(source, 'markdown'));
    expectRefused(result, /more than 10000 link, emphasis, code or table marks/);
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  const slow = process.env.MEDLINT_SLOW_TESTS === '1';
  it(`a ${slow ? 20 : 2} MB article`, () => {
    const source = article(slow ? 20_000_000 : 2_000_000);
    const { result, ms, heapMb } = timed(() => lintAll(source, 'markdown'));
    expectValid(result, source);
    expect(ms).toBeLessThan(slow ? 900_000 : 300_000);
    expect(heapMb).toBeLessThan(slow ? 6_000 : 3_000);
  }, 1_000_000);
});
