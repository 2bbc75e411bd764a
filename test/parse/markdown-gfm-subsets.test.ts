/**
 * parseMarkdown leaves out a GFM construct when the text cannot contain its
 * syntax (a speed-up): the tree must be the one remark-gfm gives, always.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { expandHtmlBlocks } from '../../src/parse/html-blocks.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { anyText, markdownArticle, markupSoup } from '../robustness/markdown-arbitrary.js';

const withEveryConstruct = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
/** remark-gfm's tree, then medlint's own reading of HTML blocks (src/parse/html-blocks.ts), as parseMarkdown does. */
const everyConstruct = {
  parse(source: string): Root {
    const tree = withEveryConstruct.parse(source);
    expandHtmlBlocks(tree, source);
    return tree;
  },
};

/** As plain data, so undefined properties count as absent (as in JSON). */
const plain = (tree: unknown): unknown => JSON.parse(JSON.stringify(tree));

/** Whether both parsers give the same tree (a leading byte order mark is parseMarkdown's own business: the offsets move past it). */
function sameTree(source: string): boolean {
  if (source.charCodeAt(0) === 0xfeff) return true;
  return isDeepStrictEqual(plain(parseMarkdown(source)), plain(everyConstruct.parse(source)));
}

function expectSameTree(source: string): void {
  if (!sameTree(source)) expect(plain(parseMarkdown(source))).toEqual(plain(everyConstruct.parse(source)));
}

function articlesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return articlesUnder(path);
    return /\.(md|txt)$/.test(name) ? [path] : [];
  });
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const articles = [...articlesUnder(join(root, 'fixtures')), ...articlesUnder(join(root, '../shared/corpus')), ...articlesUnder(join(root, '../shared/seeds'))];

describe('parseMarkdown with only the GFM constructs a text can use', () => {
  it('gives remark-gfm’s tree for every fixture and corpus article', () => {
    expect(articles.length).toBeGreaterThan(100);
    const differing = articles.filter((path) => !sameTree(readFileSync(path, 'utf8')));
    expect(differing).toEqual([]);
  });

  it.each([
    ['a one-column table with an aligned delimiter', 'a\n:--\n\nb\n--:'],
    ['a thematic break or setext underline, not a table', 'a\n---\n\nb\n- -'],
    ['a pipe table', 'a | b\n-- | --\n1 | 2'],
    ['autolinks of every kind', 'see www.x.com, WWW.Y.ORG, https://a.b/c, HTTP://d.e and me@x.org.'],
    ['no autolink trigger', 'visit www dot com or http at x dot y'],
    ['footnotes', 'x[^1] and [ ^1] [^a]\n\n[^1]: y'],
    ['a label that looks like a footnote with none defined', 'x [ ^1] [^b]'],
    ['strikethrough', 'a ~~b~~ ~c~ d'],
    ['task items', '- [ ] x\n- [x] y\n- [X]\tz\n> - [ ] q'],
    ['front matter', '---\ntitle: a@b.c\n---\n# T'],
    ['URLs and no e-mail address', 'see www.x.com, WWW.Y.ORG, https://a.b/c and HTTP://d.e (http://f.g/h).'],
    ['an e-mail address only', 'write to me@x.org or a.b+c@d-e.co.uk.'],
    ['a mailto URL', 'mailto:me@x.org and xmpp:a@b.c/d'],
    ['pipes without a delimiter row', 'a | b\nc | d\n\n---\n\n| x |\n- y'],
    ['a table in a blockquote', '> a | b\n> --|--\n> 1 | 2'],
    ['a table in a list item', '- a | b\n  :-|-:\n  1 | 2'],
    ['a delimiter row after a list marker', 'a | b\n- --|--'],
    ['pipes and a long line of spaces (the delimiter-row check stays linear)', `a | b\n${' '.repeat(100_000)}x\n-|-`],
    ['a delimiter row with tabs and CR line endings', 'a\t|\tb\r\n\t-\t|\t-\t\r\n1|2'],
  ])('gives remark-gfm’s tree for %s', (_case, source) => {
    expectSameTree(source);
  });

  it('gives remark-gfm’s tree for generated near-tables and near-autolinks', () => {
    const prefix = fc.constantFrom('', '', '> ', '>', '- ', '  ', '\t', '1. ', '> - ', '    ');
    const cell = fc.constantFrom('a', ' b ', '-', '--', ' --- ', ':-', '-:', ':-:', ' ', '', 'www.x.org', 'http://a.b', 'c@d.org', '~x~');
    const row = fc.tuple(prefix, fc.boolean(), fc.array(cell, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.constantFrom('|', '|', ' | ', ':', '-'));
    const line = row.map(([before, lead, cells, trail, separator]) => `${before}${lead ? '|' : ''}${cells.join(separator)}${trail ? '|' : ''}`);
    const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\n\n')).map(([lines, end]) => lines.join(end));
    fc.assert(fc.property(text, (source) => sameTree(source)), { numRuns: 2000 });
  });

  it('gives remark-gfm’s tree for generated articles, markup soup and any text', () => {
    fc.assert(fc.property(fc.oneof(markdownArticle, markupSoup, anyText), (source) => sameTree(source)), { numRuns: 1000 });
  });
});
