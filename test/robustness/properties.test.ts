/**
 * Properties that hold for any input: linting returns, positions are valid
 * and sorted, fixing is stable, and the Article's ranges are exact.
 * Seeds are fixed (MEDLINT_FC_SEED overrides) so a failure reproduces;
 * fast-check prints the seed and the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Format } from '../../src/article/types.js';
import { analyse } from '../../src/engine/lint.js';
import { applyFixes } from '../../src/engine/fix.js';
import { allRules, fixableRuleIds, isSorted, linesOf, lintAll, positionProblem } from './lint-all.js';
import { anyText, markdownArticle, markupSoup } from './markdown-arbitrary.js';
import { runRules } from '../../src/engine/run-rules.js';

const seed = Number(process.env.MEDLINT_FC_SEED ?? 20240611);
const runs = (numRuns: number) => ({ seed, numRuns });
const formats: Format[] = ['markdown', 'text'];
const inputs = { 'arbitrary strings': anyText, 'markup soup': markupSoup, 'generated articles': markdownArticle };

function checkMessages(source: string, format: Format): void {
  const result = lintAll(source, format);
  const lines = linesOf(source);
  for (const message of result.messages) {
    const problem = positionProblem(message, lines);
    if (problem) throw new Error(`${message.ruleId ?? 'file'}: ${problem} (${message.message})`);
  }
  expect(isSorted(result.messages)).toBe(true);
}

describe.each(formats)('linting %s never throws and positions are valid and sorted', (format) => {
  for (const [name, arbitrary] of Object.entries(inputs)) {
    it(name, () => {
      fc.assert(
        fc.property(arbitrary, (source) => checkMessages(source, format)),
        runs(format === 'markdown' && name === 'generated articles' ? 150 : 100),
      );
    });
  }
});

describe('--fix is stable', () => {
  it(`fixes from every fixable rule (${fixableRuleIds.join(', ') || 'none yet'}) apply cleanly`, () => {
    fc.assert(
      fc.property(markdownArticle, (source) => {
        const fixed = lintAll(source, 'markdown', true);
        const output = fixed.output ?? source;
        // Fixing twice equals fixing once.
        expect(lintAll(output, 'markdown', true).output ?? output).toBe(output);
        // The fixed file still parses and no rule fails on it.
        expect(fixed.messages.filter((message) => message.fatal)).toEqual([]);
        expect(() => analyse(output, 'article.md', 'markdown')).not.toThrow();
      }),
      runs(150),
    );
  });

  it('text outside the fix ranges of one pass is unchanged', () => {
    fc.assert(
      fc.property(markdownArticle, (source) => {
        const article = analyse(source, 'article.md', 'markdown');
        const fixes = runRules(article, allRules).flatMap((message) => (message.fix ? [message.fix] : []));
        for (const fix of fixes) {
          expect(0 <= fix.range[0] && fix.range[0] <= fix.range[1] && fix.range[1] <= source.length).toBe(true);
        }
        const { output } = applyFixes(source, fixes);
        if (fixes.length === 0) {
          expect(output).toBe(source);
          return;
        }
        const first = Math.min(...fixes.map((fix) => fix.range[0]));
        const last = Math.max(...fixes.map((fix) => fix.range[1]));
        expect(output.startsWith(source.slice(0, first))).toBe(true);
        expect(output.endsWith(source.slice(last))).toBe(true);
      }),
      runs(150),
    );
  });

  it('generated articles do produce fixes, so the properties above are not vacuous', () => {
    if (fixableRuleIds.length === 0) return;
    const samples = fc.sample(markdownArticle, { seed, numRuns: 150 });
    expect(samples.some((source) => lintAll(source, 'markdown', true).output !== undefined)).toBe(true);
  });
});

describe.each(formats)('Article ranges in %s slice the source exactly', (format) => {
  for (const [name, arbitrary] of Object.entries(inputs)) {
    it(name, () => {
      fc.assert(
        fc.property(arbitrary, (source) => {
          const article = analyse(source, format === 'text' ? 'a.txt' : 'a.md', format);
          for (const sentence of article.sentences) {
            const { start, end } = sentence.range;
            expect(0 <= start && start < end && end <= source.length, `sentence ${start}-${end}`).toBe(true);
            expect(sentence.text).toBe(source.slice(start, end));
            expect(sentence.prose.length).toBe(sentence.text.length);
          }
          for (const marker of article.markers) {
            const { start, end } = marker.range;
            expect(0 <= start && start < end && end <= source.length, `marker ${start}-${end}`).toBe(true);
            expect(marker.text).toBe(source.slice(start, end));
          }
        }),
        runs(100),
      );
    });
  }
});
