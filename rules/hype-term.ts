/**
 * hype-term: "miracle", "breakthrough", "game-changer", "revolutionary",
 * "superfood", "wonder drug", "detox" used of a treatment (HealthNewsReview's
 * criterion on sensational language), with plainer wording as a suggestion.
 * The title counts too: a headline is where hype does the most work.
 */
import type { Article, Range } from '../src/article/types.js';
import { defineRule, type Suggestion } from '../src/engine/types.js';
import { isFirstPersonNarrative } from './lib/hedging.js';
import { findHypeTerms, type HypeFinding } from './lib/hype-terms.js';
import { articleTreatmentSubject, findTreatmentMentions, namesManyOptions } from './lib/treatment.js';

export interface HypeTermOptions {
  /** Words to accept (case-insensitive), as written or as listed. */
  allow: string[];
  /** Also check the article's title. */
  title: boolean;
}

/** Words that name a treatment or a product in any article: hype next to them is said of a treatment. */
const treatmentNoun =
  /\b(?:treatments?|therap(?:y|ies)|drugs?|medicines?|medications?|remed(?:y|ies)|cures?|supplements?|pills?|capsules?|tablets?|gummies|herbs?|herbal|foods?|diets?|teas?|juices?|cleanses?|products?|formulas?|procedures?|vaccines?|injections?|infusions?|devices?|oils?|extracts?|powders?|compounds?|creams?|lotions?|patch(?:es)?|sprays?|drops|drips?|shots?|jabs?|glasses|lenses|lamps?|apps?|gadgets?|wearables?|programmes?|programs?)\b/i;

const detoxWords = /^detox/;

function messageFor(finding: HypeFinding): string {
  const word = `"${finding.text.replace(/\s+/g, ' ')}"`;
  if (detoxWords.test(finding.phrase)) {
    return `${word} sells the idea that the body needs help to clear toxins (the liver and kidneys do that): say what the product does and what evidence there is.`;
  }
  const base = `${word} is hype: say what the treatment does and how well it works`;
  if (finding.plainer === null) return `${base}.`;
  if (finding.plainer === '') return `${base}, or drop the word.`;
  return `${base}, or say "${finding.plainer}".`;
}

function suggestionFor(finding: HypeFinding, offset: number, prose: string): Suggestion | null {
  if (finding.edit === null) return null;
  const { range, text } = finding.edit;
  const before = prose.slice(range.start, range.end).replace(/\s+/g, ' ');
  return {
    desc: text === '' || finding.plainer === '' ? `Remove "${finding.text}"` : `Replace "${before}" with "${text}"`,
    fix: { range: [offset + range.start, offset + range.end], text },
  };
}

/** Hype words that name a product themselves: "superfood", "wonder drug", "detox". */
const namesProduct = /^(?:super-?foods?|wonder |miracle (?:cure|drug|pill)|cure-all|panacea|detox)/;

function namesTreatment(prose: string): boolean {
  return treatmentNoun.test(prose) || findTreatmentMentions(prose).length > 0 || namesManyOptions(prose);
}

/** "It is a miracle for stiff joints." after a sentence about the paste: the pronoun carries the treatment over. */
const opensWithPronoun = /^[^\p{L}]*(?:it|this|they|these|that)\b/iu;

function saidOfTreatment(text: Text, finding: HypeFinding, treatmentArticle: boolean): boolean {
  if (treatmentArticle || namesProduct.test(finding.phrase) || namesTreatment(text.prose)) return true;
  return text.previous !== null && opensWithPronoun.test(text.prose) && namesTreatment(text.previous);
}

interface Text {
  prose: string;
  /** Where the prose starts in the source. */
  offset: number;
  /** The sentence before in the same block, whose subject a pronoun may stand for. */
  previous: string | null;
}

function textsToCheck(article: Article, withTitle: boolean): Text[] {
  const texts: Text[] = [];
  const title = article.title;
  // A front-matter title may be quoted YAML: find the text inside its range so offsets hold.
  const inRange = title === null ? -1 : article.source.slice(title.range.start, title.range.end).indexOf(title.text);
  if (withTitle && title !== null && inRange !== -1) texts.push({ prose: title.text, offset: title.range.start + inRange, previous: null });
  for (const sentence of article.sentences) {
    if (sentence.isQuestion || isFirstPersonNarrative(sentence.prose)) continue;
    const siblings = sentence.block.sentences;
    const previous = siblings[siblings.indexOf(sentence) - 1]?.prose ?? null;
    texts.push({ prose: sentence.prose, offset: sentence.range.start, previous });
  }
  return texts;
}

export default defineRule<HypeTermOptions>({
  meta: {
    id: 'hype-term',
    description: 'Hype words used of a treatment ("miracle", "breakthrough", "superfood", "detox"), with plainer wording.',
    defaultSeverity: 'warn',
    docs: 'docs/rules/hype-term.md',
    schema: {
      type: 'object',
      properties: {
        allow: { type: 'array', items: { type: 'string' } },
        title: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    hasSuggestions: true,
  },
  defaultOptions: { allow: [], title: true },
  check(article, context) {
    const allowed = new Set(context.options.allow.map((word) => word.trim().toLowerCase()));
    const treatmentArticle = articleTreatmentSubject(article).treatment;
    for (const text of textsToCheck(article, context.options.title)) {
      const { prose, offset } = text;
      const findings = findHypeTerms(prose).filter(
        (finding) =>
          !allowed.has(finding.phrase) && !allowed.has(finding.text.toLowerCase()) && saidOfTreatment(text, finding, treatmentArticle),
      );
      for (const finding of findings) {
        const range: Range = { start: offset + finding.start, end: offset + finding.end };
        const suggestion = suggestionFor(finding, offset, prose);
        context.report({ message: messageFor(finding), range, ...(suggestion ? { suggestions: [suggestion] } : {}) });
      }
    }
  },
});
