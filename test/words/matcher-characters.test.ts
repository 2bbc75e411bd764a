import { describe, expect, it } from 'vitest';
import { compilePhrases, lowerCaseInPlace } from '../../src/words/matcher.js';

/**
 * The matcher reads text a code unit at a time; these check its character classes against the regular
 * expressions they stand for, over every code unit of the Basic Multilingual Plane and some astral code points.
 */
const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
const astral = ['𝒜', '𝟘', '😀', '𐐀', '𠀀', '\u{1F600}x', 'x\u{1D7D8}'];
const characters = [...units, ...astral];

describe('matcher characters', () => {
  it('a word is a run of [\\p{L}\\p{N}_], after lower-casing', () => {
    const matcher = compilePhrases(['ab']);
    const wrong = characters.filter((c) => {
      const word = /^[\p{L}\p{N}_]/u.test(lowerCaseInPlace(c));
      return matcher.test(`ab${c}`) === word || matcher.test(`${c}ab`) === /[\p{L}\p{N}_]$/u.test(lowerCaseInPlace(c));
    });
    expect(wrong.map((c) => c.codePointAt(0)?.toString(16))).toEqual([]);
  });

  it('a space in a phrase is \\s+', () => {
    const matcher = compilePhrases(['ab cd']);
    const wrong = units.filter((c) => matcher.test(`ab${c}cd`) !== /^\s$/.test(c));
    expect(wrong.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
  });

  it("a trailing * is [\\p{L}\\p{N}'’-]*, after lower-casing", () => {
    const matcher = compilePhrases(['ab*']);
    const wrong = characters.filter((c) => {
      const lower = lowerCaseInPlace(`ab${c}.`);
      const expected = /^ab[\p{L}\p{N}'’-]*/u.exec(lower)![0].length;
      const end = matcher.matchAll(`ab${c}.`)[0]?.end ?? -1;
      // Where the ending stops at a word character (`_`), there is no match at all.
      return end === -1 ? !/[\p{L}\p{N}_]/u.test(lower.charAt(expected)) : end !== expected;
    });
    expect(wrong.map((c) => c.codePointAt(0)?.toString(16))).toEqual([]);
  });
});
