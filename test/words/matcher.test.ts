import { describe, expect, it } from 'vitest';
import { compilePhrases } from '../../src/words/matcher.js';
import { parseWordList } from '../../src/words/wordlist.js';

describe('compilePhrases', () => {
  const matcher = compilePhrases(['cures', 'no side effects', 'no side effects at all', 'eliminat*', 'is proven to']);

  it('finds whole words and phrases, case-insensitively, with offsets', () => {
    const text = 'It Cures colds and has no side effects at all.';
    expect(matcher.matchAll(text)).toEqual([
      { phrase: 'cures', text: 'Cures', start: 3, end: 8 },
      { phrase: 'no side effects at all', text: 'no side effects at all', start: 23, end: 45 },
    ]);
  });

  it('does not match inside words', () => {
    expect(matcher.test('The curesome secures nothing')).toBe(false);
  });

  it('lets a space match any whitespace and * any ending', () => {
    expect(matcher.matchAll('it is\nproven  to work and eliminates pain').map((m) => m.phrase)).toEqual([
      'is proven to',
      'eliminat*',
    ]);
  });

  it('reads Markdown emphasis marks beside a space as spacing, but never a mark alone', () => {
    expect(matcher.matchAll('It has **no side** effects.').map((m) => m.text)).toEqual(['no side** effects']);
    expect(matcher.test('It has no side*effects.')).toBe(false);
  });

  it('reads typographic apostrophes as plain ones, in lists and in text', () => {
    expect(compilePhrases(["doesn't"]).matchAll('it doesn’t help').map((m) => m.text)).toEqual(['doesn’t']);
    expect(compilePhrases(['doesn’t']).test("it doesn't help")).toBe(true);
    // A list with a phrase that starts with punctuation takes the other path, with the same reading.
    expect(compilePhrases(['(rare)', "won't help"]).matchAll('It won’t help (rare).').map((m) => m.text)).toEqual(['won’t help', '(rare)']);
  });

  it('finds phrases by any first word: one letter, a one-letter stem, non-ASCII, digits', () => {
    const mixed = compilePhrases(['a cure', 'x*', 'ça ira', 'éliminat*', 'zö', '5 a day', 'vitamin d']);
    const text = 'A cure, Xylitol and xa; ça ira, Éliminate it, zö, 5 a day of Vitamin D, not zoo or éa.';
    expect(mixed.matchAll(text).map((m) => m.text)).toEqual(['A cure', 'Xylitol', 'xa', 'ça ira', 'Éliminate', 'zö', '5 a day', 'Vitamin D']);
  });

  it('an empty list matches nothing', () => {
    expect(compilePhrases([]).test('anything')).toBe(false);
  });
});

describe('parseWordList', () => {
  it('reads phrases, skips comments and keeps the source header', () => {
    const list = parseWordList('demo', '# source: Hyland (2005)\n# a note\ncures\n\nis proven to  # booster\n');
    expect(list).toEqual({ name: 'demo', source: 'Hyland (2005)', phrases: ['cures', 'is proven to'] });
  });
});
