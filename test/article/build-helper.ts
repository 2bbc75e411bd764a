/** Builds an Article from a string for the Article unit tests. */
import type { Article, Format, Range } from '../../src/article/types.js';
import { buildArticle } from '../../src/article/build.js';
import { parse } from '../../src/parse/index.js';

export function build(source: string, format: Format = 'markdown'): Article {
  return buildArticle({ path: format === 'markdown' ? 'test.md' : 'test.txt', format, source, tree: parse(source, format) });
}

export function sliceOf(article: Article, range: Range): string {
  return article.source.slice(range.start, range.end);
}

/** Sentence texts, each checked to be the exact source slice of its range. */
export function sentenceTexts(article: Article): string[] {
  return article.sentences.map((sentence) => {
    if (sliceOf(article, sentence.range) !== sentence.text) throw new Error(`range/text mismatch: ${sentence.text}`);
    if (sentence.prose.length !== sentence.text.length) throw new Error(`prose length differs: ${sentence.text}`);
    return sentence.text;
  });
}

export function markerTexts(article: Article): string[] {
  return article.markers.map((marker) => {
    if (sliceOf(article, marker.range) !== marker.text) throw new Error(`range/text mismatch: ${marker.text}`);
    return marker.text;
  });
}
