/**
 * missing-review-info: an article that does not say who wrote it, who
 * reviewed it medically, or when it was last reviewed or updated, or whose
 * review date is older than `maxMonths` (JAMA benchmarks: authorship and
 * currency; HONcode principles 1 and 4). What counts as each lives in
 * rules/lib/review-info.ts.
 */
import { defineRule } from '../src/engine/types.js';
import { isoDay, monthsBetween, resolveToday } from './lib/review-dates.js';
import { findReviewInfo } from './lib/review-info.js';
import { articleRange } from './lib/review-report-range.js';

export interface MissingReviewInfoOptions {
  requireAuthor: boolean;
  requireReviewer: boolean;
  requireDate: boolean;
  /** Months after which a review or update date is stale. */
  maxMonths: number;
  /** `YYYY-MM-DD` to measure the date against; empty means the day of the run. */
  today: string;
}

export default defineRule<MissingReviewInfoOptions>({
  meta: {
    id: 'missing-review-info',
    description: 'Articles with no author, no medical reviewer or no review date, or a review date that is too old.',
    defaultSeverity: 'warn',
    docs: 'docs/rules/missing-review-info.md',
    schema: {
      type: 'object',
      properties: {
        requireAuthor: { type: 'boolean' },
        requireReviewer: { type: 'boolean' },
        requireDate: { type: 'boolean' },
        maxMonths: { type: 'integer', minimum: 1 },
        today: { type: 'string', pattern: '^(?:\\d{4}-\\d{2}-\\d{2})?$' },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { requireAuthor: true, requireReviewer: true, requireDate: true, maxMonths: 24, today: '' },
  check(article, context) {
    const options = context.options;
    if (article.sentences.length === 0) return;
    const info = findReviewInfo(article);
    const missing: string[] = [];
    if (options.requireAuthor && info.author === null) missing.push('who wrote it');
    if (options.requireReviewer && info.reviewer === null) missing.push('who reviewed it medically');
    if (options.requireDate && info.date === null) missing.push('when it was last reviewed or updated');
    if (missing.length > 0) {
      const what = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}`;
      context.report({
        message: `The article does not say ${what}: add a byline or front matter (author, reviewedBy, lastReviewed) so readers can judge it.`,
        range: articleRange(article),
      });
    }
    if (info.date === null) return;
    const today = resolveToday(options.today);
    const age = monthsBetween(info.date.date, today);
    if (age <= options.maxMonths) return;
    const was = info.date.kind === 'published' ? 'published' : `last ${info.date.kind}`;
    context.report({
      message: `The article was ${was} on ${isoDay(info.date.date)}, ${age} months before ${isoDay(today)} (more than ${options.maxMonths}): review it against current evidence and update the date.`,
      range: { ...info.date.range },
    });
  },
});
