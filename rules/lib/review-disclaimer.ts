/**
 * Does an article say, anywhere, that it does not replace professional
 * medical advice (HONcode principle 2; FDA's structure/function disclaimer)?
 * Looks at the whole text, footers and fine print included, and at a
 * `disclaimer` front matter key. Pure.
 */
import type { Article } from '../../src/article/types.js';
import { compilePhrases, type PhraseMatcher } from '../../src/words/matcher.js';
import { loadWordList } from '../../src/words/wordlist.js';

const builtInPhrases = loadWordList('review-disclaimer-phrases').phrases;

export function createDisclaimerMatcher(extraPhrases: readonly string[] = []): PhraseMatcher {
  return compilePhrases([...builtInPhrases, ...extraPhrases]);
}

export const builtInDisclaimerMatcher = createDisclaimerMatcher();

function hasDisclaimerKey(article: Article): boolean {
  return Object.entries(article.frontMatter?.data ?? {}).some(
    ([key, value]) => /disclaimer/i.test(key) && (value === true || (typeof value === 'string' && value.trim() !== '')),
  );
}

export function hasDisclaimer(article: Article, matcher: PhraseMatcher = builtInDisclaimerMatcher): boolean {
  if (hasDisclaimerKey(article)) return true;
  // Markup and curly quotes must not hide a phrase: "**not** a substitute", "doesn’t replace".
  const text = article.source.replace(/[*_`]/g, '').replace(/[’‘]/g, "'");
  return matcher.test(text);
}
