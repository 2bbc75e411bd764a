/**
 * A "Who should not take …" section stub for missing-contraindications to
 * offer as a suggestion (never applied by --fix: the writer must fill it in).
 * In Markdown it is built as mdast and written by remark-stringify in the
 * document's heading style (ATX or setext, the depth its sections use); in
 * plain text it is two bare lines. It goes before the reference list, or at
 * the end when there is none.
 */
import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Article } from '../../src/article/types.js';
import type { Fix } from '../../src/engine/types.js';

export function safetySectionStub(article: Article, heading: string, subject: string): Fix {
  const several = subject.startsWith('these ');
  const todo = `TODO: who should not use ${subject} (conditions, pregnancy, age), ${several ? 'their' : 'its'} side effects, and the medicines ${several ? 'they interact' : 'it interacts'} with, each with a source.`;
  const source = article.source;
  const list = article.references.find((each) => each.kind === 'heading' || each.kind === 'trailing');
  const at = list ? lineStart(source, list.range.start) : source.length;
  const stub = article.format === 'text' ? `${heading}\n${todo}` : markdownStub(article, heading, todo);
  const blankLine = article.format === 'text' ? '\n' : '\n\n';
  if (list) return { range: [at, at], text: `${stub}${blankLine}` };
  const lead = source.length === 0 || source.endsWith('\n') ? '' : '\n';
  return { range: [at, at], text: `${lead}${article.format === 'text' ? '' : '\n'}${stub}\n` };
}

function markdownStub(article: Article, heading: string, todo: string): string {
  const depths = article.headings.filter((each) => each.range.start !== article.title?.range.start).map((each) => each.depth);
  const depth = (depths.length > 0 ? Math.min(...depths) : 2) as 1 | 2 | 3 | 4 | 5 | 6;
  const setext = article.headings.some((each) => each.depth <= 2 && !article.source.startsWith('#', each.range.start));
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth, children: [{ type: 'text', value: heading }] },
      { type: 'paragraph', children: [{ type: 'text', value: todo }] },
    ],
  };
  return unified().use(remarkStringify, { setext }).stringify(tree).replace(/\s+$/, '');
}

function lineStart(source: string, offset: number): number {
  let start = offset;
  while (start > 0 && source[start - 1] !== '\n' && source[start - 1] !== '\r') start--;
  return start;
}
