/**
 * unhedged-efficacy: a body sentence that states a treatment's benefit,
 * efficacy or safety as certain, universal, superlative or established,
 * cited or not (rubric §2). One finding per sentence, on the phrase.
 */
import type { Article, Block, Sentence } from '../src/article/types.js';
import { defineRule } from '../src/engine/types.js';
import { listContexts as claimListContexts, type ListContext } from './lib/claims.js';
import { findOverstatements, type Overstatement } from './lib/hedging.js';
import { findPlainBenefit, type ArticleTreatment } from './lib/hedging-benefits.js';
import { listItemContexts } from './lib/hedging-lists.js';
import { messageFor, suggestionFor } from './lib/hedging-messages.js';
import { detectTreatmentSubject, subjectPattern } from './lib/treatment.js';

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

/** What a pronoun in the sentence may stand for: the sentence before it (in its block or the block before) and its heading. */
function antecedentsOf(sentence: Sentence, previous: Sentence | null): string[] {
  const heading = sentence.block.section?.heading?.text;
  return [previous?.prose ?? '', heading ?? ''].filter((text) => text !== '');
}

/** What the whole article tells the plain-benefit check: its treatment, if it has one. */
function treatmentOf(article: Article): ArticleTreatment {
  const decision = detectTreatmentSubject({
    title: article.title?.text ?? null,
    headings: article.headings.map((heading) => heading.text),
    frontMatter: article.frontMatter?.data ?? null,
    sentences: article.sentences.map((sentence) => sentence.prose),
  });
  return { isTreatmentArticle: decision.treatment, subject: decision.subject ? subjectPattern(decision.subject) : null };
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
    // What the claim classifier makes of each list, worked out at the first list item.
    let claimLists: Map<Block, ListContext> | null = null;
    const claimListOf = (block: Block) => (block.kind === 'listItem' ? (claimLists ??= claimListContexts(article)).get(block) : undefined);
    let treatment: ArticleTreatment | null = null;
    const articleTreatment = () => (treatment ??= treatmentOf(article));
    let previous: Sentence | null = null;
    let leadIn: Sentence | null = null;
    for (const sentence of article.sentences) {
      const before = previous;
      previous = sentence;
      if (sentence.block.kind !== 'listItem') leadIn = sentence;
      if (sentence.isQuestion) continue;
      const listContext = listContexts.get(sentence.block);
      if (listContext === 'hedged') continue;
      const claimList = claimListOf(sentence.block);
      const benefitList = listContext === 'benefits' || claimList?.topic === 'benefits';
      const findings = findOverstatements(sentence.prose, { citedSources: citedSources(sentence), benefitList });
      const isAllowed = (item: Overstatement) => allowed.has(normalise(item.text)) || allowed.has(item.phrase);
      let finding = findings.find((item) => !isAllowed(item));
      if (findings.length === 0) {
        // No stock phrase: a benefit the claim classifier sees, said plainly of the treatment.
        const inListItem = sentence.block.kind === 'listItem';
        const plain = findPlainBenefit(sentence.prose, {
          list: claimList,
          benefitList,
          inListItem,
          treatment: articleTreatment,
          leadIn: inListItem ? (leadIn?.prose ?? null) : null,
          antecedents: antecedentsOf(sentence, before),
        });
        if (plain && !isAllowed(plain)) finding = plain;
      }
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
