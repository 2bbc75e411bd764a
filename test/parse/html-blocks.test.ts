import type { Heading, Html, Link, List, ListItem, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { expectConsistentPositions, outline, sliceOf } from './tree-checks.js';

describe('block-level HTML inside Markdown', () => {
  it('reads a CMS export as the paragraphs, headings and lists it marks up', () => {
    const source = [
      '<!-- wp:paragraph -->',
      '<p>Tart cherry juice eases gout.</p>',
      '<!-- /wp:paragraph -->',
      '',
      '<h2 class="wp-block-heading">Who should not drink it</h2>',
      '<ul>',
      '  <li>People taking warfarin.</li>',
      '  <li>People with diabetes.</li>',
      '</ul>',
      '',
    ].join('\n');
    const tree = parseMarkdown(source);
    expectConsistentPositions(tree, source);
    expect(outline(tree, source)).toEqual(['html', 'paragraph', 'html', 'h2 Who should not drink it', 'ul 2']);
    expect(sliceOf(source, tree.children[1] as Paragraph)).toBe('Tart cherry juice eases gout.');
    const items = (tree.children[4] as List).children.map((item) => sliceOf(source, (item as ListItem).children[0] as Paragraph));
    expect(items).toEqual(['People taking warfarin.', 'People with diabetes.']);
    // The comments stay html nodes of their own: inline directives are read from them.
    expect((tree.children[0] as Html).value).toBe('<!-- wp:paragraph -->');
  });

  it('keeps inline tags as html, reads links, and leaves code and scripts whole', () => {
    const source = '<p>Flares fell by 35% <a href="https://example.org/trial">(Lin 2019)</a>.<sup>[1]</sup></p>\n<pre><code>not <p>prose</p></code></pre>\n<script>var p = "<p>";</script>\n';
    const tree = parseMarkdown(source);
    expectConsistentPositions(tree, source);
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'link', 'text', 'html', 'text', 'html']);
    expect((paragraph.children[1] as Link).url).toBe('https://example.org/trial');
    expect(tree.children.slice(1).map((node) => [node.type, sliceOf(source, node)])).toEqual([
      ['html', '<pre><code>not <p>prose</p></code></pre>'],
      ['html', '<script>var p = "<p>";</script>'],
    ]);
  });

  it('nests lists and quotes, numbers ordered lists from their start, and forgives unclosed tags', () => {
    const source = '<blockquote><p>Quoted.</p></blockquote>\n<ol start="3"><li>Three<ul><li>inner</li></ul></li><li>Four</ol>\n<p>One<p>Two\n<li>Loose item\n';
    const tree = parseMarkdown(source);
    expectConsistentPositions(tree, source);
    expect(outline(tree, source)).toEqual(['blockquote', 'ol(3) 2', 'paragraph', 'paragraph', 'ul 1']);
    const outer = tree.children[1] as List;
    expect((outer.children[0] as ListItem).children.map((node) => node.type)).toEqual(['paragraph', 'list']);
  });

  it('decodes entities in text values, keeping positions on the source', () => {
    const source = '<h2>Dos &amp; don&rsquo;ts</h2>\n';
    const tree = parseMarkdown(source);
    const heading = tree.children[0] as Heading;
    expect(heading.children.map((node) => ('value' in node ? node.value : ''))).toEqual(['Dos & don\u2019ts']);
    expect(sliceOf(source, heading)).toBe('Dos &amp; don&rsquo;ts');
  });

  it('leaves stray inline tags, comments alone, and HTML in blockquotes as they are', () => {
    for (const source of ['<br>\n\nText.\n', '<!-- medlint-disable -->\n\nText.\n', '> <p>Quoted HTML.</p>\n', '<img src="a.png">\n']) {
      const tree = parseMarkdown(source);
      expect(tree.children.some((node) => node.type === 'html' || node.type === 'blockquote')).toBe(true);
      expect(JSON.stringify(tree)).not.toContain('"type":"heading"');
    }
    expect(parseMarkdown('> <p>Quoted HTML.</p>\n').children[0]?.type).toBe('blockquote');
  });

  it('stays linear on a text full of stray angle brackets', () => {
    const source = `<div>${'<a'.repeat(20_000)}</div>\n`;
    const tree = parseMarkdown(source);
    expectConsistentPositions(tree, source);
  });
});
