/**
 * outdated-reference: a reference entry published more than `maxAge` years
 * before the article's own review date (JAMA benchmark: currency). The
 * article's date comes from its front matter or byline (rules/lib/review-info.ts),
 * otherwise from the `today` option or the day of the run.
 */
import { defineRule } from '../src/engine/types.js';
import { describeEntry, entryLineRange } from './lib/references-entries.js';
import { isoDay, resolveToday } from './lib/review-dates.js';
import { findReviewInfo } from './lib/review-info.js';

export interface OutdatedReferenceOptions {
  /** Years a source may be older than the article's date. */
  maxAge: number;
  /** `YYYY-MM-DD` to measure from when the article gives no date; empty means the day of the run. */
  today: string;
  /** Entries containing one of these (case-insensitive) are classics the article means to cite: "Framingham", "Hill, A. B. (1965)". */
  allow: string[];
}

export default defineRule<OutdatedReferenceOptions>({
  meta: {
    id: 'outdated-reference',
    description: 'Reference entries much older than the article’s review date.',
    defaultSeverity: 'warn',
    docs: 'docs/rules/outdated-reference.md',
    schema: {
      type: 'object',
      properties: {
        maxAge: { type: 'integer', minimum: 1 },
        today: { type: 'string', pattern: '^(?:\\d{4}-\\d{2}-\\d{2})?$' },
        allow: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { maxAge: 10, today: '', allow: [] },
  check(article, context) {
    const { maxAge, today, allow } = context.options;
    if (article.entries.length === 0) return;
    const reviewed = findReviewInfo(article).date;
    const asOf = reviewed?.date ?? resolveToday(today);
    const against = reviewed ? `the article's date (${reviewed.label}: ${isoDay(asOf)})` : `today (${isoDay(asOf)})`;
    const allowed = allow.map((text) => text.toLowerCase());
    for (const entry of article.entries) {
      if (entry.year === null) continue;
      const age = asOf.getUTCFullYear() - entry.year;
      if (age <= maxAge) continue;
      const text = entry.text.toLowerCase();
      if (allowed.some((phrase) => text.includes(phrase))) continue;
      context.report({
        message: `${describeEntry(entry)} is from ${entry.year}, ${age} years before ${against}: check for newer evidence, or keep it if it is a classic and say why.`,
        range: entryLineRange(entry),
      });
    }
  },
});
