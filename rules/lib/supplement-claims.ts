/**
 * Disease claims for supplements (FDA 21 CFR 101.93(g); FTC Health Products
 * Compliance Guidance): a supplement, herb or food said to treat, cure,
 * prevent or diagnose a disease, as opposed to a structure/function claim
 * ("supports immune health"). Pure: prose in, the claim's verb and disease
 * with offsets out.
 */
import type { Range } from '../../src/article/types.js';
import { compilePhrases, type PhraseMatcher } from '../../src/words/matcher.js';
import { loadWordList } from '../../src/words/wordlist.js';
import { mapClauses } from './hedging-clauses.js';
import { governingCues, insideQuotation } from './hype-qualifiers.js';

const productMatcher = compilePhrases(loadWordList('supplement-products').phrases);
const verbMatcher = compilePhrases(loadWordList('supplement-disease-verbs').phrases);
const diseaseMatcher = compilePhrases(loadWordList('supplement-diseases').phrases);

/** "people using CBD to treat ...", "those who take zinc to prevent colds": how people use it, not what it does. */
const describesUse = /\b(?:us(?:e|es|ed|ing)|tak(?:e|es|ing)|took|tri(?:es|ed)|try|trying|turn(?:s|ed|ing)? to)\s+(?:[\p{L}'’-]+\s+){0,4}to\s+$/iu;

/** How many words after the verb the disease must start: "fights off winter colds and flu". */
const diseaseReach = 6;
/** A pronoun or product word standing for the article's supplement: "It prevents colds", "Each capsule fights flu". */
const standInSubject =
  /(?:^|[\s(])(?:it|it also|this|these|our|each|every|the formula|the blend|the product)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

export interface DiseaseClaim extends Range {
  /** The verb as written ("cures", "helps prevent"). */
  verb: string;
  /** The disease as written ("arthritis"). */
  disease: string;
  /** The supplement the sentence names before the verb, or null when it stands in for the article's. */
  product: string | null;
}

const extraMatchers = new Map<string, PhraseMatcher>();

/** The built-in list, or a matcher for it plus a site's own product names (compiled once per list). */
function productsMatcher(extraProducts: readonly string[]): PhraseMatcher {
  if (extraProducts.length === 0) return productMatcher;
  const key = extraProducts.join('\n');
  let matcher = extraMatchers.get(key);
  if (!matcher) {
    matcher = compilePhrases([...loadWordList('supplement-products').phrases, ...extraProducts]);
    if (extraMatchers.size > 32) extraMatchers.clear();
    extraMatchers.set(key, matcher);
  }
  return matcher;
}

/** True when the text names a supplement, herb or food from the list (or the extra names). */
export function namesSupplement(text: string, extraProducts: readonly string[] = []): boolean {
  return productsMatcher(extraProducts).test(text);
}

/** The first supplement, herb or food the text names, as written. */
export function firstSupplement(text: string, extraProducts: readonly string[] = []): string | null {
  return productsMatcher(extraProducts).matchAll(text)[0]?.text ?? null;
}

/**
 * Not a claim of the writer's own: denied ("no supplement cures cancer"),
 * reported ("sellers claim it cures"), conditional ("may prevent") or under a
 * hedging frame ("studies suggest"), or in quotation marks.
 */
function isQualified(prose: string, verb: Range): boolean {
  if (insideQuotation(prose, verb.start)) return true;
  return governingCues(prose, verb).some(
    (cue) =>
      cue.kind === 'negation' ||
      cue.kind === 'distancing' ||
      cue.kind === 'hedge' ||
      (cue.kind === 'modal' && ['may', 'might', 'could', 'would'].includes(cue.phrase)),
  );
}

/** Whether the prose has a disease verb at all ("cures", "fights"): without one, findDiseaseClaim finds nothing. */
export function hasDiseaseVerb(prose: string): boolean {
  return verbMatcher.test(prose);
}

const NON_SPACE = /\S+/g;

/**
 * The first `count` words of prose[start, end), joined by single spaces: what
 * `slice().trim().split(/\s+/).slice(0, count).join(' ')` gives, without
 * splitting the whole rest of a long clause for every verb (quadratic on a
 * 100,000-character line of verbs).
 */
function firstWords(prose: string, start: number, end: number, count: number): string {
  const words: string[] = [];
  NON_SPACE.lastIndex = start;
  for (let match = NON_SPACE.exec(prose); match && words.length < count; match = NON_SPACE.exec(prose)) {
    if (match.index >= end) break;
    words.push(match.index + match[0].length > end ? match[0].slice(0, end - match.index) : match[0]);
  }
  return words.join(' ');
}

/**
 * The first disease claim in the prose. The subject is a supplement named
 * before the verb in the same clause group, or, when `articleSupplement` is
 * set, a pronoun or product word standing for it ("It fights flu") or
 * nothing at all (a bullet: "- Prevents colds").
 */
export function findDiseaseClaim(prose: string, articleSupplement: boolean, extraProducts: readonly string[] = []): DiseaseClaim | null {
  const verbs = verbMatcher.matchAll(prose);
  if (verbs.length === 0) return null;
  const clauses = mapClauses(prose);
  for (const verb of verbs) {
    const clause = clauses.clauseAround(verb);
    const after = firstWords(prose, verb.end, Math.max(verb.end, clause.end), diseaseReach);
    const disease = diseaseMatcher.matchAll(after)[0];
    if (disease === undefined) continue;
    const group = clauses.groupAround(verb);
    const before = prose.slice(group.start, verb.start);
    const product = firstSupplement(before, extraProducts);
    const opensSentence = before.replace(/[^\p{L}]/gu, '') === '';
    const standsIn = articleSupplement && (opensSentence || standInSubject.test(before));
    if (product === null && !standsIn) continue;
    if (describesUse.test(before)) continue;
    if (isQualified(prose, verb)) continue;
    return { start: verb.start, end: verb.end, verb: verb.text, disease: disease.text, product };
  }
  return null;
}
