/**
 * unhedged-efficacy: a body sentence that states a treatment's benefit,
 * efficacy or safety as certain, universal, superlative or established,
 * cited or not (rubric §2). One finding per sentence, on the phrase. The scan
 * lives in rules/lib/hedging-article.ts; this module reports.
 */
import { defineRule } from '../src/engine/types.js';
import type { Overstatement } from './lib/hedging.js';
import { findOverstatedSentences } from './lib/hedging-article.js';
import { messageFor, suggestionFor } from './lib/hedging-messages.js';

export interface UnhedgedEfficacyOptions {
  /** Phrases to accept (case-insensitive): a finding on one of them is not reported. */
  allow: string[];
}

function normalise(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLowerCase();
}

export default defineRule<UnhedgedEfficacyOptions>({
  meta: {
    id: 'unhedged-efficacy',
    description: 'Benefit, efficacy or safety stated as certain, universal or superlative ("cures", "completely safe", "the most effective").',
    defaultSeverity: 'warn',
    docs: 'docs/rules/unhedged-efficacy.md',
    schema: {
      type: 'object',
      properties: {
        allow: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
    hasSuggestions: true,
  },
  defaultOptions: { allow: [] },
  check(article, context) {
    const allowed = new Set(context.options.allow.map(normalise));
    const isAllowed = (item: Overstatement) => allowed.has(normalise(item.text)) || allowed.has(item.phrase);
    for (const { sentence, finding } of findOverstatedSentences(article, isAllowed)) {
      const start = sentence.range.start;
      const suggestion = suggestionFor(finding, sentence.text, start);
      context.report({
        message: messageFor(finding),
        range: { start: start + finding.start, end: start + finding.end },
        ...(suggestion ? { suggestions: [suggestion] } : {}),
      });
    }
  },
});
