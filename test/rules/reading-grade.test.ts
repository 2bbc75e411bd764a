import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaidGrade, statsOf } from '../../rules/lib/readability-grade.js';
import rule from '../../rules/reading-grade.js';
import { runRule, ruleFixtures } from '../helpers/rule-tester.js';

const plain = 'Zinc may help a cold end a day sooner. Start it on the first day. Take one every few hours. Stop after a week. Some people get a bad taste. Ask a pharmacist if you are not sure. It is sold in most shops.';
const dense =
  'Supplementation with zinc acetate lozenges, administered within twenty-four hours of symptom onset, has been associated in randomised controlled investigations with a statistically significant reduction in the duration of naturally acquired rhinovirus infections, although considerable heterogeneity in formulation complicates interpretation. Gastrointestinal disturbances and transient dysgeusia were reported by a substantial proportion of participants.';

describe('readability-grade', () => {
  it.each([
    ['cat', 1],
    ['water', 2],
    ['make', 1],
    ['anaesthetic', 4],
    ['medication', 4],
  ])('%s has about %i syllables', (word, syllables) => expect(countSyllables(word)).toBe(syllables));

  it('counts ASCII words on its fast path as the vowel-group regular expressions do', () => {
    // The estimate as first written, with regular expressions.
    const byRegExp = (word: string): number => {
      let letters = word.toLowerCase().replace(/[^a-z]/g, '');
      if (letters.length <= 3) return 1;
      letters = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (ending) => ending[0] as string).replace(/^y/, '');
      return Math.max(1, letters.match(/[aeiouy]{1,2}/g)?.length ?? 0);
    };
    for (const word of ['yes', 'eyes', 'lies', 'tides', 'freed', 'glee', 'queue', 'Yearly', "don't", 'well-being', 'ſe', 'KİLOS', 'x'.repeat(300)]) {
      expect(countSyllables(word)).toBe(byRegExp(word));
    }
    const letters = fc.constantFrom(...'aeiouylsdbcxYESDLAK-\'’éſKİ'.split(''));
    fc.assert(fc.property(fc.string({ unit: letters, maxLength: 12 }), (word) => countSyllables(word) === byRegExp(word)), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (word) => countSyllables(word) === byRegExp(word)), { numRuns: 1000 });
  });

  it('computes Flesch-Kincaid from words, sentences and syllables', () => {
    expect(statsOf(['The cat sat on the mat.'])).toEqual({ sentences: 1, words: 6, syllables: 6 });
    expect(fleschKincaidGrade({ sentences: 1, words: 6, syllables: 6 })).toBe(-1.4);
    expect(fleschKincaidGrade({ sentences: 0, words: 0, syllables: 0 })).toBeNull();
  });
});

describe('reading-grade', () => {
  it('stays quiet on plain writing', () => expect(runRule(rule, `# Zinc\n\n${plain}\n`)).toEqual([]));

  it('flags a dense paragraph and the article, with the grade and what raises it', () => {
    const reports = runRule(rule, `# Zinc\n\n${dense}\n`);
    expect(reports.map((report) => report.message)).toEqual([
      expect.stringMatching(/^The article reads at grade \d+(?:\.\d)? \(Flesch-Kincaid\), above 8: split long sentences \(they average \d+ words\) and prefer shorter, everyday words\.$/),
      expect.stringMatching(/^This paragraph reads at grade \d+(?:\.\d)? \(Flesch-Kincaid\), above 8: /),
    ]);
  });

  it('honours scope, max and minWords', () => {
    const source = `# Zinc\n\n${dense}\n\n${plain}\n`;
    expect(runRule(rule, source, { options: { scope: 'paragraph' } })).toHaveLength(1);
    expect(runRule(rule, source, { options: { scope: 'article' } })).toHaveLength(1);
    expect(runRule(rule, source, { options: { max: 40 } })).toEqual([]);
    expect(runRule(rule, source, { options: { minWords: 100, scope: 'paragraph' } })).toEqual([]);
  });

  it('does not grade list items or citation markers', () => {
    expect(runRule(rule, `# Zinc\n\n- ${dense}\n`)).toEqual([]);
    expect(statsOf(['Zinc helps.    '])).toEqual(statsOf(['Zinc helps.']));
  });

  describe('fixtures', () => {
    const options = { scope: 'paragraph' };
    it.each(ruleFixtures('reading-grade', 'flag'))('flag/%s is flagged once', (_file, source, format) =>
      expect(runRule(rule, source, { format, options })).toHaveLength(1),
    );
    it.each(ruleFixtures('reading-grade', 'quiet'))('quiet/%s stays quiet', (_file, source, format) =>
      expect(runRule(rule, source, { format, options })).toEqual([]),
    );
  });
});
