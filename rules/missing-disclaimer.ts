/**
 * missing-disclaimer: an article with no "this is not a substitute for
 * professional medical advice" style statement anywhere (HONcode principle 2).
 * One finding per article, at the title.
 */
import { defineRule } from '../src/engine/types.js';
import { builtInDisclaimerMatcher, createDisclaimerMatcher, hasDisclaimer } from './lib/review-disclaimer.js';
import { articleRange } from './lib/review-report-range.js';

export interface MissingDisclaimerOptions {
  /** House wording that counts as a disclaimer, besides the built-in phrases. */
  phrases: string[];
}

export default defineRule<MissingDisclaimerOptions>({
  meta: {
    id: 'missing-disclaimer',
    description: 'Articles that never say they are not a substitute for professional medical advice.',
    defaultSeverity: 'warn',
    docs: 'docs/rules/missing-disclaimer.md',
    schema: {
      type: 'object',
      properties: { phrases: { type: 'array', items: { type: 'string', minLength: 1 } } },
      additionalProperties: false,
    },
  },
  defaultOptions: { phrases: [] },
  check(article, context) {
    const matcher = context.options.phrases.length > 0 ? createDisclaimerMatcher(context.options.phrases) : builtInDisclaimerMatcher;
    if (article.sentences.length === 0 || hasDisclaimer(article, matcher)) return;
    context.report({
      message:
        'No disclaimer: say that the article is general information and not a substitute for advice from a doctor or pharmacist (e.g. "This article is for information only and does not replace professional medical advice").',
      range: articleRange(article),
    });
  },
});
