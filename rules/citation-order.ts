/**
 * citation-order: numeric citations first cited out of order. Vancouver and
 * AMA style number sources by first citation (1, 2, 3, ...), so a reader
 * meeting [5] right after [1] wonders what happened to 2-4. One finding per
 * article, at the first marker that breaks the order; the fix renumbers.
 */
import { defineRule } from '../src/engine/types.js';
import { findCitationOrderProblem } from './lib/citation-fix-renumber.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function ordinal(n: number): string {
  const word = ORDINALS[n - 1];
  if (word) return word;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'citation-order',
    description: 'Numeric citations not numbered in order of first citation (Vancouver/AMA); the fix renumbers.',
    defaultSeverity: 'warn',
    docs: 'docs/rules/citation-order.md',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    fixable: 'citation',
  },
  defaultOptions: {},
  check(article, context) {
    const problem = findCitationOrderProblem(article);
    if (!problem) return;
    const { marker, written, expected, fix } = problem;
    context.report({
      message:
        `Source ${written} is the ${ordinal(expected)} source cited, so in citation order it would be ${expected}: ` +
        `number sources in the order the text first cites them${fix ? ' (--fix renumbers the citations and the reference list)' : ''}.`,
      range: { start: marker.range.start, end: marker.range.end },
      ...(fix ? { fix } : {}),
    });
  },
});
