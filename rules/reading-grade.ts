/**
 * reading-grade: a paragraph, or the article as a whole, above a
 * Flesch-Kincaid grade of `max` (plain-language guidance for health
 * information asks for grade 6 to 8: NIH, AMA, CDC Clear Communication Index).
 * The arithmetic lives in rules/lib/readability-grade.ts.
 */
import { defineRule } from '../src/engine/types.js';
import { articleGrade, blockStats, fleschKincaidGrade, proseParagraphs, type TextStats } from './lib/readability-grade.js';
import { articleRange } from './lib/review-report-range.js';

export interface ReadingGradeOptions {
  /** Highest acceptable grade. */
  max: number;
  /** Paragraphs shorter than this are not graded alone: a grade over two sentences says little. */
  minWords: number;
  scope: 'paragraph' | 'article' | 'both';
}

/** Long sentences past this many words, and words past this many syllables, are what raise the grade. */
const LONG_SENTENCE = 15;
const LONG_WORDS = 1.5;

function advice(stats: TextStats): string {
  const perSentence = stats.words / stats.sentences;
  const perWord = stats.syllables / stats.words;
  const fixes: string[] = [];
  if (perSentence > LONG_SENTENCE) fixes.push(`split long sentences (they average ${Math.round(perSentence)} words)`);
  if (perWord > LONG_WORDS) fixes.push('prefer shorter, everyday words');
  return fixes.length > 0 ? fixes.join(' and ') : 'shorten sentences and words';
}

export default defineRule<ReadingGradeOptions>({
  meta: {
    id: 'reading-grade',
    description: 'Paragraphs or articles above a Flesch-Kincaid reading grade (default 8).',
    defaultSeverity: 'warn',
    docs: 'docs/rules/reading-grade.md',
    schema: {
      type: 'object',
      properties: {
        max: { type: 'number', minimum: 1 },
        minWords: { type: 'integer', minimum: 1 },
        scope: { enum: ['paragraph', 'article', 'both'] },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { max: 8, minWords: 40, scope: 'both' },
  check(article, context) {
    const { max, minWords, scope } = context.options;
    if (scope !== 'paragraph') {
      const { grade, stats } = articleGrade(article);
      if (grade !== null && grade > max && stats.words >= minWords) {
        context.report({
          message: `The article reads at grade ${grade} (Flesch-Kincaid), above ${max}: ${advice(stats)}.`,
          range: articleRange(article),
        });
      }
    }
    if (scope === 'article') return;
    for (const block of proseParagraphs(article)) {
      const stats = blockStats(block);
      const grade = fleschKincaidGrade(stats);
      if (grade === null || grade <= max || stats.words < minWords) continue;
      context.report({
        message: `This paragraph reads at grade ${grade} (Flesch-Kincaid), above ${max}: ${advice(stats)}.`,
        range: { ...block.range },
      });
    }
  },
});
