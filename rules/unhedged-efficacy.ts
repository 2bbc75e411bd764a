/**
 * unhedged-efficacy: a body sentence that states a treatment's benefit,
 * efficacy or safety as certain, universal, superlative or established,
 * cited or not (rubric §2). One finding per sentence, on the phrase.
 */
import type { Sentence } from '../src/article/types.js';
import { defineRule } from '../src/engine/types.js';
import { findOverstatements } from './lib/hedging.js';
import { listItemContexts } from './lib/hedging-lists.js';
import { messageFor, suggestionFor } from './lib/hedging-messages.js';

export interface UnhedgedEfficacyOptions {
  /** Phrases to accept (case-insensitive): a finding on one of them is not reported. */
  allow: string[];
}

function normalise(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Works the sentence itself cites: each marker target, plus links to sources. */
function citedSources(sentence: Sentence): number {
  const targets = sentence.markers.reduce((sum, marker) => sum + marker.targets.length, 0);
  return targets + sentence.links.filter((link) => link.external).length;
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
    const listContexts = listItemContexts(article);
    for (const sentence of article.sentences) {
      if (sentence.isQuestion) continue;
      const findings = findOverstatements(sentence.prose, {
        citedSources: citedSources(sentence),
        benefitList: listContexts.get(sentence.block) === 'benefits',
        hedgedByLeadIn: listContexts.get(sentence.block) === 'hedged',
      });
      const finding = findings.find((item) => !allowed.has(normalise(item.text)) && !allowed.has(item.phrase));
      if (!finding) continue;
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
