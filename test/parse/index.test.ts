import { describe, expect, it } from 'vitest';
import { formatFromPath, parse } from '../../src/parse/index.js';

describe('formatFromPath', () => {
  it.each([
    ['article.md', 'markdown'],
    ['docs/Article.MARKDOWN', 'markdown'],
    ['a.mdown', 'markdown'],
    ['a.mkd', 'markdown'],
    ['C:\\posts\\seed.txt', 'text'],
    ['notes.text', 'text'],
    ['page.html', null],
    ['README', null],
    ['.md', null],
    ['dir.md/file', null],
  ])('%s → %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });
});

describe('parse', () => {
  it('reads the same words differently by format', () => {
    const source = 'A Title\nWhat Is It?\nText.';
    expect(parse(source, 'markdown').children.map((node) => node.type)).toEqual(['paragraph']);
    expect(parse(source, 'text').children.map((node) => node.type)).toEqual(['heading', 'heading', 'paragraph']);
  });
});
