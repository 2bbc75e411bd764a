import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/article/types.js';
import { build, sliceOf } from './build-helper.js';

describe('title, front matter and sections', () => {
  it('takes the title from front matter, then the first depth-1 heading', () => {
    const withFrontMatter = build('---\ntitle: "Cold water"\ntags: [a, b]\n---\n\n# Heading one\n\nText.\n');
    expect(withFrontMatter.title?.text).toBe('Cold water');
    expect(sliceOf(withFrontMatter, withFrontMatter.title?.range ?? { start: 0, end: 0 })).toBe('"Cold water"');
    expect(withFrontMatter.frontMatter?.data).toEqual({ title: 'Cold water', tags: ['a', 'b'] });
    expect(withFrontMatter.frontMatter?.error).toBeNull();

    expect(build('Intro.\n\n## Two\n\n# One\n').title?.text).toBe('One');
    expect(build('## First *thing*\n\nText.\n').title?.text).toBe('First thing');
    expect(build('Intro.\n\n## Two\n').title).toBeNull();
  });

  it('skips an empty heading left behind by a web export', () => {
    expect(build('# \n\nText.\n\n# Real title\n').title?.text).toBe('Real title');
    expect(build('# \n\nText.\n').title).toBeNull();
  });

  it('reports front matter errors at their line in the article', () => {
    const article = build('---\ntitle: ok\nbad: [unclosed\n---\n\nText.\n');
    expect(article.frontMatter?.data).toEqual({});
    expect(article.frontMatter?.error?.line).toBeGreaterThanOrEqual(3);
    expect(article.frontMatter?.error?.message).toBeTruthy();
  });

  it('reads TOML front matter (Hugo), its title in place and dates as written', () => {
    const article = build('+++\ndate = 2024-03-01\ntitle = "Cold water"\n[medlint]\ntreatment = false\n+++\n\nText.\n');
    expect(article.frontMatter?.language).toBe('toml');
    expect(article.frontMatter?.data).toEqual({ date: '2024-03-01', title: 'Cold water', medlint: { treatment: false } });
    expect(article.title?.text).toBe('Cold water');
    expect(sliceOf(article, article.title?.range ?? { start: 0, end: 0 })).toBe('Cold water');
    expect(article.blocks.map((block) => block.sentences.map((sentence) => sentence.text).join(' '))).toEqual(['Text.']);

    const broken = build('+++\ntitle = "Cold\n+++\n\nText.\n');
    expect(broken.frontMatter?.data).toEqual({});
    expect(broken.frontMatter?.error?.line).toBe(2);
  });

  it('keeps front matter safe: no custom tags, non-objects give {}', () => {
    expect(build('---\n- a\n- b\n---\n\nText.\n').frontMatter?.data).toEqual({});
    const tagged = build('---\nx: !!js/function "f() {}"\n---\n\nText.\n');
    expect(typeof tagged.frontMatter?.data.x).not.toBe('function');
  });

  it('places front matter title ranges exactly in CRLF sources', () => {
    const article = build('---\r\nauthor: me\r\ntitle: Cold water\r\n---\r\n\r\nText.\r\n');
    expect(sliceOf(article, article.title?.range ?? { start: 0, end: 0 })).toBe('Cold water');
  });

  it('builds the section tree by depth', () => {
    const article = build('Lead.\n\n# A\n\n## B\n\nb text\n\n### C\n\n## D\n\n# E\n');
    const describeSection = (section: Section): unknown => [
      section.heading?.text ?? null,
      section.children.map(describeSection),
    ];
    expect(article.sections.map(describeSection)).toEqual([
      [null, []],
      ['A', [['B', [['C', []]]], ['D', []]]],
      ['E', []],
    ]);
    const b = article.sections[1]?.children[0];
    expect(sliceOf(article, b?.range ?? { start: 0, end: 0 })).toBe('## B\n\nb text\n\n### C\n\n');
    expect(b?.parent?.heading?.text).toBe('A');
    expect(article.blocks.find((block) => sliceOf(article, block.range) === 'b text')?.section).toBe(b);
    expect(article.blocks[0]?.section?.heading).toBeNull();
  });

  it('reads plain-text headings into sections', () => {
    const article = build('Cold Water Swimming\nIs It Safe?\nIt can be [1].\n', 'text');
    expect(article.title?.text).toBe('Cold Water Swimming');
    expect(article.headings.map((heading) => [heading.depth, heading.text])).toEqual([
      [1, 'Cold Water Swimming'],
      [2, 'Is It Safe?'],
    ]);
    expect(article.blocks[0]?.section?.heading?.text).toBe('Is It Safe?');
  });
});

describe('blocks', () => {
  it('collects paragraphs, list items, nested items, table cells (not headings), quoted paragraphs and text in HTML blocks', () => {
    const source = [
      'A paragraph.',
      '',
      '- Item one',
      '  - Nested item',
      '',
      '| Drug | Effect |',
      '| --- | --- |',
      '| Oats | Calm |',
      '| Kava | Relaxes the muscles. |',
      '',
      '| Claim | Verdict |',
      '| --- | --- |',
      '| Turmeric cures arthritis in a week. | False |',
      '',
      '> Quoted line one',
      '> continues here.',
      '',
      '```',
      'code. Not prose.',
      '```',
      '',
      '<div>Text in a div.</div>',
      '',
      '<script>var note = "not prose.";</script>',
      '',
    ].join('\n');
    const article = build(source);
    expect(article.blocks.map((block) => [block.kind, sliceOf(article, block.range), block.inBlockquote])).toEqual([
      ['paragraph', 'A paragraph.', false],
      ['listItem', 'Item one', false],
      ['listItem', 'Nested item', false],
      // Column headings, and a first column of short row names, are headings, not body text.
      ['tableCell', 'Calm', false],
      ['tableCell', 'Relaxes the muscles.', false],
      // A first column of sentences is body text.
      ['tableCell', 'Turmeric cures arthritis in a week.', false],
      ['tableCell', 'False', false],
      ['paragraph', 'Quoted line one\n> continues here.', true],
      ['paragraph', 'Text in a div.', false],
    ]);
    const quoted = article.sentences.at(-2);
    expect(quoted?.text).toBe('Quoted line one\n> continues here.');
    expect(quoted?.prose).toBe('Quoted line one\n  continues here.');
    expect(article.blocks.every((block) => block.sentences.every((sentence) => sentence.block === block))).toBe(true);
  });
});

describe('comments', () => {
  it('collects block and inline comments with their trimmed value and whether they stand alone', () => {
    const article = build('<!-- medlint-disable unsourced -->\n\nText <!-- inline --> here.\n\n<!--a--><!--b-->\n');
    expect(article.comments.map((comment) => [comment.value, sliceOf(article, comment.range), comment.ownLine])).toEqual([
      ['medlint-disable unsourced', '<!-- medlint-disable unsourced -->', true],
      ['inline', '<!-- inline -->', false],
      ['a', '<!--a-->', false],
      ['b', '<!--b-->', false],
    ]);
  });

  it('collects comment lines in plain text', () => {
    const article = build('Title\n<!-- medlint-disable-next-line -->\nA claim.\n', 'text');
    expect(article.comments.map((comment) => [comment.value, comment.ownLine])).toEqual([['medlint-disable-next-line', true]]);
  });
});
