/**
 * relative-risk-without-baseline: a relative change in risk ("cuts the risk
 * by 50%", "twice as likely") with no absolute figure nearby ("from 2 in 100
 * to 1 in 100"), so a reader cannot tell a big effect from a tiny one
 * (HealthNewsReview criterion 2: "Does the story adequately quantify the
 * benefits?"). "Nearby" is the sentence and its neighbours in the same paragraph.
 */
import type { Sentence } from '../src/article/types.js';
import { defineRule } from '../src/engine/types.js';
import { findRelativeRisks, hasAbsoluteFigure } from './lib/risk-figures.js';

export interface RelativeRiskWithoutBaselineOptions {
  /** How many sentences before and after, in the same paragraph or list item, may hold the absolute figure. */
  window: number;
}

function neighbourhood(sentence: Sentence, window: number): string {
  const siblings = sentence.block.sentences;
  const index = siblings.indexOf(sentence);
  return siblings
    .slice(Math.max(0, index - window), index + window + 1)
    .map((item) => item.prose)
    .join(' ');
}

export default defineRule<RelativeRiskWithoutBaselineOptions>({
  meta: {
    id: 'relative-risk-without-baseline',
    description: 'A relative change in risk ("cuts the risk by 50%", "twice as likely") with no absolute figure nearby.',
    defaultSeverity: 'warn',
    docs: 'docs/rules/relative-risk-without-baseline.md',
    schema: {
      type: 'object',
      properties: { window: { type: 'integer', minimum: 0, maximum: 5 } },
      additionalProperties: false,
    },
  },
  defaultOptions: { window: 1 },
  check(article, context) {
    for (const sentence of article.sentences) {
      if (sentence.isQuestion) continue;
      const [figure] = findRelativeRisks(sentence.prose);
      if (figure === undefined) continue;
      if (hasAbsoluteFigure(neighbourhood(sentence, context.options.window))) continue;
      context.report({
        message:
          `"${figure.text.replace(/\s+/g, ' ')}" is a relative change: give the absolute risk it changes ` +
          '(e.g. "from 4 in 100 to 2 in 100") so readers can judge how big the effect is.',
        range: { start: sentence.range.start + figure.start, end: sentence.range.start + figure.end },
      });
    }
  },
});
