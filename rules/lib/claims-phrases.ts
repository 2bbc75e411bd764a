/**
 * One matcher over several word lists that reports which list (category)
 * each match came from. The phrases are found by src/words/matcher.ts (a
 * space matches any whitespace, a trailing `*` any word ending, longest
 * phrase first); the category is looked up from the matched text (a Map, or
 * one anchored pattern per category for wildcard phrases), so a phrase listed
 * in two lists keeps the higher-ranked list's category.
 */
import { compilePhrases, escapeRegExp, lowerCaseInPlace, type PhraseMatch } from '../../src/words/matcher.js';

export interface CategorisedMatch<Category extends string> {
  category: Category;
  text: string;
  start: number;
}

export interface CategorisedMatcher<Category extends string> {
  matchAll(text: string): CategorisedMatch<Category>[];
}


/**
 * Letters without the \`u\` flag: case-insensitive Unicode regular expressions
 * are several times slower in V8, and Latin script is what the lists hold.
 */
const LETTER = String.raw`A-Za-z0-9\u00C0-\u024F`;
const WORD_ENDING = `[${LETTER}'’-]*`;
const APOSTROPHE = `['‘’]`;

/** A phrase's own characters, with any apostrophe matching the typographic ones too. */
function literal(word: string): string {
  return escapeRegExp(word).replace(/['‘’]/g, APOSTROPHE);
}

function phraseToPattern(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((word) => (word.endsWith('*') ? literal(word.slice(0, -1)) + WORD_ENDING : literal(word)))
    .join(String.raw`\s+`);
}

/** As the matcher compares: lower case, typographic apostrophes as plain ones, one space between words. */
function normalise(text: string): string {
  return lowerCaseInPlace(text).replace(/\s+/g, ' ');
}

/** `lists` in priority order: a phrase listed twice keeps its first category. */
export function compileCategorisedPhrases<Category extends string>(
  lists: ReadonlyArray<readonly [Category, readonly string[]]>,
): CategorisedMatcher<Category> {
  /** Phrases without a wildcard, by their lower-case text, with their list's rank: the fast path. */
  const exact = new Map<string, { category: Category; rank: number }>();
  /** Per list, an anchored pattern of its wildcard phrases ("reduc*", "speed* up"), in rank order. */
  const wildcards: Array<{ category: Category; rank: number; pattern: RegExp }> = [];
  const phrases = new Set<string>();
  for (const [rank, [category, list]] of lists.entries()) {
    const patterns: string[] = [];
    for (const raw of list) {
      const phrase = raw.trim().replace(/\s+/g, ' ');
      if (phrase === '') continue;
      phrases.add(phrase);
      if (phrase.includes('*')) patterns.push(phraseToPattern(phrase));
      else if (!exact.has(normalise(phrase))) exact.set(normalise(phrase), { category, rank });
    }
    if (patterns.length > 0) wildcards.push({ category, rank, pattern: new RegExp(`^(?:${patterns.join('|')})$`, 'i') });
  }
  // The longest phrase at each word start, found through the shared word index.
  const matcher = compilePhrases([...phrases]);

  function categoryOf(matched: string): Category | undefined {
    const found = exact.get(normalise(matched));
    // One test per list (not per phrase), and only for lists that outrank an exact hit.
    const rankLimit = found?.rank ?? lists.length;
    for (const wildcard of wildcards) {
      if (wildcard.rank >= rankLimit) break;
      if (wildcard.pattern.test(matched)) return wildcard.category;
    }
    return found?.category;
  }

  /**
   * A phrase without a wildcard matches only its own words (up to case, whitespace and apostrophes, which
   * categoryOf reads alike), so its category is worked out once, from the phrase, the first time it matches.
   * Not for text with the Kelvin sign: the matcher reads it as "k", the wildcard patterns (no `u` flag) do not.
   */
  const categoryByPhrase = new Map<string, Category | undefined>();
  function categoryOfMatch(match: PhraseMatch): Category | undefined {
    if (match.phrase.includes('*') || match.text.includes('\u212A')) return categoryOf(match.text);
    if (categoryByPhrase.has(match.phrase)) return categoryByPhrase.get(match.phrase);
    const category = categoryOf(match.phrase);
    categoryByPhrase.set(match.phrase, category);
    return category;
  }

  return {
    matchAll(text) {
      const found: CategorisedMatch<Category>[] = [];
      for (const match of matcher.matchAll(text)) {
        const category = categoryOfMatch(match);
        if (category !== undefined) found.push({ category, text: match.text, start: match.start });
      }
      return found;
    },
  };
}
