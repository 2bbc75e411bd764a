/**
 * Where an article-level finding points: the title, or the first line of the
 * body when there is no title. Pure.
 */
import type { Article, Range } from '../../src/article/types.js';

export function articleRange(article: Article): Range {
  if (article.title && article.title.range.end > article.title.range.start) return { ...article.title.range };
  const start = article.frontMatter ? article.frontMatter.range.end : 0;
  const rest = article.source.slice(start);
  const leading = rest.length - rest.trimStart().length;
  const lineEnd = rest.slice(leading).search(/\r?\n|\r/);
  return { start: start + leading, end: lineEnd === -1 ? article.source.length : start + leading + lineEnd };
}
