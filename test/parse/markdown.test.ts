import type { FootnoteDefinition, List, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { expectConsistentPositions, sliceOf } from './tree-checks.js';

describe('parseMarkdown', () => {
  const source = [
    '---',
    'title: Light therapy',
    '---',
    '# Light Therapy',
    '',
    'Bright light may help [^1].',
    '',
    '| Dose | Time |',
    '| --- | --- |',
    '| 10,000 lux | 30 min |',
    '',
    '- [x] Buy a lamp',
    '- [ ] Use it daily',
    '',
    '<!-- medlint-disable -->',
    '',
    '[^1]: Example, A. (2020). A made-up study.',
    '',
  ].join('\n');
  const tree = parseMarkdown(source);

  it('reads front matter, GFM tables, task lists, footnotes and comments', () => {
    expect(tree.children.map((node) => node.type)).toEqual([
      'yaml',
      'heading',
      'paragraph',
      'table',
      'list',
      'html',
      'footnoteDefinition',
    ]);
    expect((tree.children[3] as Table).children).toHaveLength(2);
    expect((tree.children[4] as List).children.map((item) => item.checked)).toEqual([true, false]);
    expect((tree.children[6] as FootnoteDefinition).identifier).toBe('1');
  });

  it('positions nodes by offsets into the source', () => {
    expectConsistentPositions(tree, source);
    expect(sliceOf(source, tree.children[1] as never)).toBe('# Light Therapy');
  });

  it('keeps offsets on the original text after a byte order mark', () => {
    const withMark = '\uFEFF# Title\n\nText.';
    const marked = parseMarkdown(withMark);
    expectConsistentPositions(marked, withMark);
    expect(sliceOf(withMark, marked.children[1] as never)).toBe('Text.');
    expect(marked.position?.start.offset).toBe(0);
    expect(marked.position?.end.offset).toBe(withMark.length);
  });

  it('counts CRLF and lone CR line endings', () => {
    for (const ending of ['\r\n', '\r']) {
      const text = ['# Title', '', 'One line', 'and another.', '', '- item'].join(ending);
      expectConsistentPositions(parseMarkdown(text), text);
    }
  });
});
